import { For, Show } from 'solid-js';
import type { VersionSummary } from '../../shared/api.js';
import { GAP_KINDS, GAP_TITLES, type Traceability } from '../../shared/traceability.js';

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
            <For each={GAP_KINDS.filter((kind) => trace().counts[kind] > 0)}>
              {(kind) => (
                <div class="gap-group" data-kind={kind}>
                  <h4>
                    {GAP_TITLES[kind]} <span class="muted">({trace().counts[kind]})</span>
                  </h4>
                  <ul>
                    <For each={trace().gaps.filter((gap) => gap.kind === kind)}>
                      {(gap) => (
                        <li class="gap" dir="auto">
                          {gap.message}
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
              )}
            </For>
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
