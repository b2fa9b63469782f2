import { z } from 'zod';
import type { Role } from './roles.js';
import { vocabulary } from './workshop-document/vocabularies.js';

/**
 * Step 11 of the toolkit: the report is presented to the decision-maker(s), and a facilitator records
 * what they decided on the version that was presented. Decisions belong to saved versions (the live
 * draft has none) and are append-only: a correction is a further decision, never an edit.
 */

/** The toolkit's output of step 11: "a formal or informal decision". */
export const DECISION_KIND = vocabulary({ formal: 'Formal', informal: 'Informal' });
/** What became of one recommendation of the presented version. */
export const DECISION_OUTCOME = vocabulary({
  adopted: 'Adopted',
  deferred: 'Deferred',
  rejected: 'Rejected',
});

export type DecisionKind = z.infer<typeof DECISION_KIND.schema>;
export type DecisionOutcome = z.infer<typeof DECISION_OUTCOME.schema>;

/** Shown for a recommendation the decision did not rule on. */
export const NO_OUTCOME_WORD = '—';

export const DecisionRequest = z
  .object({
    decisionMaker: z.string().trim().min(1, 'decisionMaker is required').max(200),
    office: z.string().trim().min(1, 'office is required').max(200),
    kind: DECISION_KIND.schema,
    decidedOn: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
    text: z.string().trim().min(1, 'text is required').max(20_000),
    /** Recommendation id → outcome; the server checks each id is in the version's content. */
    recommendations: z.record(z.string().min(1).max(100), DECISION_OUTCOME.schema),
  })
  .strict();
export type DecisionRequest = z.infer<typeof DecisionRequest>;

export interface Decision extends DecisionRequest {
  id: string;
  /** The facilitator who recorded it (not the decision-maker). */
  recorderName: string;
  recorderRole: Role;
  /** The content hash of the version it was recorded on; always the version's own hash. */
  contentHash: string;
  createdAt: string;
}
