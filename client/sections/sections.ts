/** The workspace's sections in toolkit order; the id is also the awareness `section` field and the URL's. */
export const SECTIONS = [
  { id: 'agenda', title: 'Agenda' },
  { id: 'findings', title: 'Findings' },
  { id: 'recommendations', title: 'Recommendations' },
  { id: 'targets', title: 'Targets' },
  { id: 'actionPlan', title: 'Action plan' },
  { id: 'report', title: 'Report' },
  { id: 'versions', title: 'Versions' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'findings';

export function isSectionId(value: unknown): value is SectionId {
  return SECTIONS.some((section) => section.id === value);
}
