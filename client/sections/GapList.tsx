import { For, type JSX } from 'solid-js';
import { GAP_KINDS, GAP_TITLES, type Gap, type Traceability } from '../../shared/traceability.js';

/** The gaps grouped by kind, each kind under its title with its count; `show` renders one gap. */
export function GapList(props: { trace: Traceability; show: (gap: Gap) => JSX.Element }) {
  return (
    <For each={GAP_KINDS.filter((kind) => props.trace.counts[kind] > 0)}>
      {(kind) => (
        <div class="gap-group" data-kind={kind}>
          <h4>
            {GAP_TITLES[kind]} <span class="muted">({props.trace.counts[kind]})</span>
          </h4>
          <ul>
            <For each={props.trace.gaps.filter((gap) => gap.kind === kind)}>
              {(gap) => (
                <li class="gap" data-gap={gap.kind} data-id={gap.itemId} dir="auto">
                  {props.show(gap)}
                </li>
              )}
            </For>
          </ul>
        </div>
      )}
    </For>
  );
}
