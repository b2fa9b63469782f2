import { z } from 'zod';

/**
 * What a workshop document holds: the toolkit's sections (steps 9–12) as collections of items in one
 * Y.Doc. This file is the one place to read to know the shape; `collections.ts` says how each field is
 * stored in Yjs, `read-content.ts` reads it all out as the plain, validated objects declared here.
 */

/** Bumped whenever the shape changes; `migrate.ts` brings older documents up to it. */
export const SCHEMA_VERSION = 2;

export const FINDING_STATUSES = ['draft', 'validated', 'amended', 'rejected'] as const;
export const RECOMMENDATION_STATUSES = ['draft', 'agreed', 'amended', 'withdrawn'] as const;
export const PROGRESS_STATUSES = ['achieved', 'progress', 'stagnation-regression', 'no-data'] as const;
export const SESSION_KINDS = ['plenary', 'group'] as const;

/** SDG 16.9 and the ESCAP Regional Action Framework on CRVS targets (goal 1: 1A–1E, 2: 2A–2B, 3: 3A–3H). */
export const FRAMEWORK_REFERENCES = [
  'SDG 16.9',
  ...['1A', '1B', '1C', '1D', '1E', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '3G', '3H'].map(
    (code) => `RAF ${code}`,
  ),
] as const;

export const FindingStatus = z.enum(FINDING_STATUSES);
export const RecommendationStatus = z.enum(RECOMMENDATION_STATUSES);
export const ProgressStatus = z.enum(PROGRESS_STATUSES);
export const SessionKind = z.enum(SESSION_KINDS);
export const FrameworkReference = z.enum(FRAMEWORK_REFERENCES as unknown as [string, ...string[]]);

/** `YYYY-MM-DD` as typed; kept even when it conflicts with another date, so nothing typed is lost. */
const DateText = z.union([z.iso.date(), z.literal('')]).catch('');
const Year = z.number().int().min(1900).max(2100).nullable().catch(null);

const ItemBase = { id: z.string().min(1), position: z.string() };

export const AgendaSession = z.object({
  ...ItemBase,
  /** `HH:MM`, local to the workshop venue. */
  start: z.union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), z.literal('')]).catch(''),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .catch(0),
  title: z.string(),
  kind: SessionKind.catch('plenary'),
  facilitator: z.string(),
});

export const Choice = z.object({ ...ItemBase, label: z.string() });

export const Finding = z.object({
  ...ItemBase,
  theme: z.string(),
  population: z.string(),
  /** Plain-text rendering of the rich evidence (the rich form stays in the Y.Doc). */
  evidence: z.string(),
  source: z.string(),
  status: FindingStatus.catch('draft'),
  dissent: z.string(),
});

export const Recommendation = z.object({
  ...ItemBase,
  text: z.string(),
  findingIds: z.array(z.string()),
  agency: z.string(),
  reasoning: z.string(),
  status: RecommendationStatus.catch('draft'),
  /** The outcome of the last closed vote, e.g. "#1 · 14 dots"; empty before any vote. */
  priority: z.string().catch(''),
});

export const Target = z.object({
  ...ItemBase,
  indicator: z.string(),
  disaggregation: z.string(),
  baselineValue: z.string(),
  baselineYear: Year,
  targetValue: z.string(),
  targetYear: Year,
  dataSource: z.string(),
  framework: z.union([FrameworkReference, z.literal('')]).catch(''),
  progress: ProgressStatus.catch('no-data'),
});

export const ActionRow = z.object({
  ...ItemBase,
  objective: z.string(),
  activity: z.string(),
  leadAgency: z.string(),
  partners: z.string(),
  start: DateText,
  end: DateText,
  cost: z.string(),
  fundingSource: z.string(),
  indicator: z.string(),
  verification: z.string(),
  recommendationIds: z.array(z.string()),
  targetIds: z.array(z.string()),
  risks: z.string(),
});

export const WorkshopContent = z.object({
  schemaVersion: z.number().int(),
  themes: z.array(Choice),
  populations: z.array(Choice),
  agenda: z.array(AgendaSession),
  findings: z.array(Finding),
  recommendations: z.array(Recommendation),
  targets: z.array(Target),
  actionPlan: z.array(ActionRow),
  /** Plain-text rendering of the report prose. */
  report: z.string(),
});

export type AgendaSession = z.infer<typeof AgendaSession>;
export type Choice = z.infer<typeof Choice>;
export type Finding = z.infer<typeof Finding>;
export type Recommendation = z.infer<typeof Recommendation>;
export type Target = z.infer<typeof Target>;
export type ActionRow = z.infer<typeof ActionRow>;
export type WorkshopContent = z.infer<typeof WorkshopContent>;
