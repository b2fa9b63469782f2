import { fieldLabel, sectionNoun, valueWord } from './i18n/document-words.js';
import type { PluralKey } from './i18n/messages.js';
import type { Translator } from './i18n/translator.js';
import type { Gap, GapKind } from './traceability.js';

/**
 * The traceability gaps in the reader's words, for the Trace tab and the exports' annex alike. A gap
 * carries its facts as data (`detail`), so it is worded here in any language; `gap.message` is the
 * English sentence the API gives, used only for a gap without them.
 */
const GAP_TITLE_KEYS = {
  'finding-unanswered': 'trace.gapTitles.findingUnanswered',
  'recommendation-without-action': 'trace.gapTitles.recommendationWithoutAction',
  'action-without-target': 'trace.gapTitles.actionWithoutTarget',
  'action-incomplete': 'trace.gapTitles.actionIncomplete',
  'target-incomplete': 'trace.gapTitles.targetIncomplete',
  'dangling-link': 'trace.gapTitles.danglingLink',
} as const satisfies Record<GapKind, string>;

const DELETED_KEYS: Partial<Record<string, PluralKey>> = {
  findings: 'trace.deleted.findings',
  recommendations: 'trace.deleted.recommendations',
  targets: 'trace.deleted.targets',
};

/** What each kind of gap means. */
export function gapTitle(tr: Translator, kind: GapKind): string {
  return tr.t(GAP_TITLE_KEYS[kind]);
}

/** One gap as a sentence ("A2 has no cost, indicator"). */
export function gapMessage(tr: Translator, gap: Gap): string {
  const words = tr.document;
  const lower = (text: string) => text.toLocaleLowerCase(tr.language);
  const field = (name: string) => lower(fieldLabel(words, gap.collection, name));
  const { detail, label } = gap;
  switch (gap.kind) {
    case 'finding-unanswered':
      return 'status' in detail
        ? tr.t('trace.gaps.findingUnanswered', {
            label,
            status: lower(valueWord(words, 'findings', 'status', detail.status)),
          })
        : gap.message;
    case 'recommendation-without-action':
      return tr.t('trace.gaps.recommendationWithoutAction', { label });
    case 'action-without-target':
      return tr.t('trace.gaps.actionWithoutTarget', { label });
    case 'action-incomplete':
    case 'target-incomplete':
      return 'missing' in detail
        ? tr.t('trace.gaps.missing', {
            label,
            fields: detail.missing
              .map((name) =>
                typeof name === 'string'
                  ? field(name)
                  : tr.t('trace.gaps.either', { first: field(name[0]), second: field(name[1]) }),
              )
              .join(tr.t('items.separator')),
          })
        : gap.message;
    case 'dangling-link': {
      if (!('dangling' in detail)) return gap.message;
      const key = DELETED_KEYS[detail.to];
      const items = key
        ? tr.tn(key, detail.dangling)
        : `${tr.number(detail.dangling)} ${lower(sectionNoun(words, detail.to))}`;
      return tr.t('trace.gaps.dangling', { label, items, field: field(detail.field) });
    }
  }
}
