import { z } from 'zod';

/**
 * The fixed vocabularies of stored values (statuses, progress, session formats, frameworks): each as
 * stored value → the words shown for it, in the order offered. Stored values never change once
 * released (versions are hashed over them); the words may.
 */
export const vocabulary = <const W extends Record<string, string>>(words: W) => {
  const values = Object.keys(words) as Array<keyof W & string>;
  return { words, values, schema: z.enum(values as [keyof W & string, ...Array<keyof W & string>]) };
};

export const FINDING_STATUS = vocabulary({
  draft: 'Draft',
  validated: 'Validated',
  amended: 'Amended',
  rejected: 'Rejected',
});
export const RECOMMENDATION_STATUS = vocabulary({
  draft: 'Draft',
  agreed: 'Agreed',
  amended: 'Amended',
  withdrawn: 'Withdrawn',
});
/** Tool M's progress statuses. */
export const PROGRESS_STATUS = vocabulary({
  achieved: 'Achieved',
  progress: 'Progress',
  'stagnation-regression': 'Stagnation / regression',
  'no-data': 'No data',
});
export const SESSION_KIND = vocabulary({ plenary: 'Plenary', group: 'Groups' });

/** SDG 16.9 and the ESCAP Regional Action Framework on CRVS targets (goal 1: 1A–1E, 2: 2A–2B, 3: 3A–3H). */
export const FRAMEWORK = vocabulary(
  Object.fromEntries(
    [
      'SDG 16.9',
      ...['1A', '1B', '1C', '1D', '1E', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '3G', '3H'].map(
        (code) => `RAF ${code}`,
      ),
    ].map((code) => [code, code]),
  ),
);

export const FINDING_STATUSES = FINDING_STATUS.values;
export const RECOMMENDATION_STATUSES = RECOMMENDATION_STATUS.values;
export const PROGRESS_STATUSES = PROGRESS_STATUS.values;
export const SESSION_KINDS = SESSION_KIND.values;
export const FRAMEWORK_REFERENCES = FRAMEWORK.values;

export const FindingStatus = FINDING_STATUS.schema;
export const RecommendationStatus = RECOMMENDATION_STATUS.schema;
export const ProgressStatus = PROGRESS_STATUS.schema;
export const SessionKind = SESSION_KIND.schema;
export const FrameworkReference = FRAMEWORK.schema;
