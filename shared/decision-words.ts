import { NO_OUTCOME_WORD, type Decision, type DecisionKind } from './decisions.js';
import type { Translator } from './i18n/translator.js';

/** A decision's kind ("Formal") in the reader's words, for the app and the exports alike. */
export function decisionKindWord(tr: Translator, kind: DecisionKind): string {
  return tr.t(`versions.decisions.kinds.${kind}`);
}

/** What a decision said about one recommendation ("Adopted"); a dash where it said nothing. */
export function outcomeWord(
  tr: Translator,
  decision: Pick<Decision, 'recommendations'>,
  recommendationId: string,
): string {
  const outcome = Object.hasOwn(decision.recommendations, recommendationId)
    ? decision.recommendations[recommendationId]
    : undefined;
  return outcome ? tr.t(`versions.decisions.outcomes.${outcome}`) : NO_OUTCOME_WORD;
}
