import { sectionTitle } from '../../shared/i18n/document-words.js';
import type { CollectionName } from '../../shared/workshop-document/index.js';
import { i18n, t } from '../i18n/i18n.js';

/** A section whose title is the registry's (in the reader's words). */
const fromRegistry = <const Id extends CollectionName>(id: Id) => ({
  id,
  get title(): string {
    return sectionTitle(i18n().document, id);
  },
});

/** A section of the workspace's own, titled from the catalogue. */
const own = <const Id extends string>(id: Id, title: () => string) => ({
  id,
  get title(): string {
    return title();
  },
});

/**
 * The workspace's sections in toolkit order; the id is also the awareness `section` field and the
 * URL's. A content section's title is the registry's; the pick lists are edited within Findings.
 * `title` reads the language each time: read it where it is tracked (JSX), and it follows a switch.
 */
export const SECTIONS = [
  fromRegistry('agenda'),
  fromRegistry('findings'),
  fromRegistry('recommendations'),
  fromRegistry('targets'),
  fromRegistry('actionPlan'),
  own('trace', () => t('shell.nav.trace')),
  own('report', () => t('shell.nav.report')),
  own('versions', () => t('shell.nav.versions')),
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'findings';

export function isSectionId(value: unknown): value is SectionId {
  return SECTIONS.some((section) => section.id === value);
}

/** A section's title in the reader's words. */
export function sectionTitleOf(id: SectionId | string): string {
  return SECTIONS.find((section) => section.id === id)?.title ?? id;
}
