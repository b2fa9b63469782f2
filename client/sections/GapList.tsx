import { For, type JSX } from 'solid-js';
import { GAP_KINDS, type Gap, type GapKind, type Traceability } from '../../shared/traceability.js';
import { gapMessage as gapMessageIn, gapTitle as gapTitleIn } from '../../shared/traceability-words.js';
import { i18n } from '../i18n/i18n.js';

/** What each kind of gap means, in the reader's words. */
export const gapTitle = (kind: GapKind): string => gapTitleIn(i18n(), kind);

/** One gap as a sentence in the reader's words ("A2 has no cost, indicator"). */
export const gapMessage = (gap: Gap): string => gapMessageIn(i18n(), gap);

/** The gaps grouped by kind, each kind under its title with its count; `show` renders one gap. */
export function GapList(props: { trace: Traceability; show?: (gap: Gap) => JSX.Element }) {
  const show = (gap: Gap) => (props.show ? props.show(gap) : gapMessage(gap));
  return (
    <For each={GAP_KINDS.filter((kind) => props.trace.counts[kind] > 0)}>
      {(kind) => (
        <div class="gap-group" data-kind={kind}>
          <h4>
            {gapTitle(kind)} <span class="muted">({i18n().number(props.trace.counts[kind])})</span>
          </h4>
          <ul>
            <For each={props.trace.gaps.filter((gap) => gap.kind === kind)}>
              {(gap) => (
                <li class="gap" data-gap={gap.kind} data-id={gap.itemId} dir="auto">
                  {show(gap)}
                </li>
              )}
            </For>
          </ul>
        </div>
      )}
    </For>
  );
}
