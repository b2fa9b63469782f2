import { Show } from 'solid-js';
import type { VersionSummary } from '../../shared/api.js';
import type { Traceability } from '../../shared/traceability.js';
import { errorWords } from '../sync/error-words.js';
import { t, tn } from '../i18n/i18n.js';
import { GapList } from './GapList.jsx';

/**
 * Before a version goes to the stakeholders: the gaps in its chain from findings to targets, as the
 * Trace tab would show them for that version. A warning the facilitator may go past, not a block.
 */
export function EndorsementGapCheck(props: {
  version: VersionSummary;
  /** The version's traceability, or why it could not be read. */
  trace: Traceability | Error;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const found = () => (props.trace instanceof Error ? undefined : props.trace);
  return (
    <div
      class="gap-check"
      role="alertdialog"
      aria-label={t('versions.gaps.label', { number: String(props.version.number) })}
    >
      <Show
        when={found()}
        fallback={
          <p class="error">
            {t('versions.gaps.failed', {
              number: String(props.version.number),
              reason: errorWords(props.trace),
            })}
          </p>
        }
      >
        {(trace) => (
          <>
            <p>
              <strong data-testid="gap-check-count">
                {tn('versions.gaps.count', trace().gaps.length, { number: String(props.version.number) })}
              </strong>{' '}
              {t('versions.gaps.explain')}
            </p>
            <GapList trace={trace()} />
          </>
        )}
      </Show>
      <div class="version-actions">
        <button type="button" class="primary" onClick={() => props.onConfirm()}>
          {t('versions.gaps.openAnyway')}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
