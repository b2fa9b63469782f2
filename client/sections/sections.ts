import { COLLECTIONS } from '../../shared/workshop-document/index.js';

const fromRegistry = <const Id extends keyof typeof COLLECTIONS>(id: Id) => ({
  id,
  title: COLLECTIONS[id].title,
});

/**
 * The workspace's sections in toolkit order; the id is also the awareness `section` field and the
 * URL's. A content section's title is the registry's; the pick lists are edited within Findings.
 */
export const SECTIONS = [
  fromRegistry('agenda'),
  fromRegistry('findings'),
  fromRegistry('recommendations'),
  fromRegistry('targets'),
  fromRegistry('actionPlan'),
  { id: 'trace', title: 'Trace' },
  { id: 'report', title: 'Report' },
  { id: 'versions', title: 'Versions' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'findings';

export function isSectionId(value: unknown): value is SectionId {
  return SECTIONS.some((section) => section.id === value);
}
