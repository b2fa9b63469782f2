import { Show } from 'solid-js';
import type { VersionSummary } from '../../shared/api.js';
import type { Traceability } from '../../shared/traceability.js';
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
    <div class="gap-check" role="alertdialog" aria-label={`Gaps in v${props.version.number}`}>
      <Show
        when={found()}
        fallback={
          <p class="error">
            Could not check v{props.version.number} for gaps: {(props.trace as Error).message}
          </p>
        }
      >
        {(trace) => (
          <>
            <p>
              <strong data-testid="gap-check-count">
                v{props.version.number} has {trace().gaps.length} {trace().gaps.length === 1 ? 'gap' : 'gaps'}
              </strong>{' '}
              in its chain from findings to targets; stakeholders will endorse it as it is.
            </p>
            <GapList trace={trace()} show={(gap) => gap.message} />
          </>
        )}
      </Show>
      <div class="version-actions">
        <button type="button" class="primary" onClick={() => props.onConfirm()}>
          Open for endorsement anyway
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
