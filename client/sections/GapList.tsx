import { For, type JSX } from 'solid-js';
import { fieldLabel, sectionNoun, valueWord } from '../../shared/i18n/document-words.js';
import type { PluralKey } from '../../shared/i18n/messages.js';
import { GAP_KINDS, type Gap, type GapKind, type Traceability } from '../../shared/traceability.js';
import { i18n, language, t, tn } from '../i18n/i18n.js';
import { joinWords } from './labels.js';

/** Each kind of gap's heading, by its key in the catalogue. */
const GAP_TITLE_KEYS = {
  'finding-unanswered': 'trace.gapTitles.findingUnanswered',
  'recommendation-without-action': 'trace.gapTitles.recommendationWithoutAction',
  'action-without-target': 'trace.gapTitles.actionWithoutTarget',
  'action-incomplete': 'trace.gapTitles.actionIncomplete',
  'target-incomplete': 'trace.gapTitles.targetIncomplete',
  'dangling-link': 'trace.gapTitles.danglingLink',
} as const satisfies Record<GapKind, string>;

/** What each kind of gap means, in the reader's words. */
export function gapTitle(kind: GapKind): string {
  return t(GAP_TITLE_KEYS[kind]);
}

const DELETED_KEYS: Partial<Record<string, PluralKey>> = {
  findings: 'trace.deleted.findings',
  recommendations: 'trace.deleted.recommendations',
  targets: 'trace.deleted.targets',
};

/** One gap as a sentence in the reader's words ("A2 has no cost, indicator"). */
export function gapMessage(gap: Gap): string {
  const words = i18n().document;
  const lower = (text: string) => text.toLocaleLowerCase(language());
  const field = (name: string) => lower(fieldLabel(words, gap.collection, name));
  const detail = gap.detail;
  const label = gap.label;
  switch (gap.kind) {
    case 'finding-unanswered':
      return 'status' in detail
        ? t('trace.gaps.findingUnanswered', {
            label,
            status: lower(valueWord(words, 'findings', 'status', detail.status)),
          })
        : gap.message;
    case 'recommendation-without-action':
      return t('trace.gaps.recommendationWithoutAction', { label });
    case 'action-without-target':
      return t('trace.gaps.actionWithoutTarget', { label });
    case 'action-incomplete':
    case 'target-incomplete':
      return 'missing' in detail
        ? t('trace.gaps.missing', {
            label,
            fields: joinWords(
              detail.missing.map((name) =>
                typeof name === 'string'
                  ? field(name)
                  : t('trace.gaps.either', { first: field(name[0]), second: field(name[1]) }),
              ),
            ),
          })
        : gap.message;
    case 'dangling-link': {
      if (!('dangling' in detail)) return gap.message;
      const key = DELETED_KEYS[detail.to];
      const items = key
        ? tn(key, detail.dangling)
        : `${i18n().number(detail.dangling)} ${lower(sectionNoun(words, detail.to))}`;
      return t('trace.gaps.dangling', { label, items, field: field(detail.field) });
    }
  }
}

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
