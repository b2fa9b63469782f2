import {
  ACTIVITY_COLLECTIONS,
  REPORT_ACTIVITY,
  contributorsOf,
  type ActivityCollection,
  type ActivityEntry,
  type Contributor,
} from '../../shared/activity.js';
import { nameWithRole } from '../../shared/roles.js';
import { sectionDef } from '../../shared/workshop-document/index.js';
import type { ReportBlock } from './report-model.js';

/** Who changed something in one section, in order of their first change there. */
export interface SectionContributors {
  collection: ActivityCollection;
  contributors: Contributor[];
}

/** The activity log (newest first) per section, in the report's order of sections; empty ones left out. */
export function contributorsBySection(entries: readonly ActivityEntry[]): SectionContributors[] {
  return ACTIVITY_COLLECTIONS.flatMap((collection) => {
    const contributors = contributorsOf(entries.filter((entry) => entry.collection === collection));
    return contributors.length > 0 ? [{ collection, contributors }] : [];
  });
}

const titleOf = (collection: ActivityCollection) =>
  collection === REPORT_ACTIVITY.collection ? 'Report' : sectionDef(collection).title;

/** The annex of contributors: one row per section, everyone who created or edited something in it. */
export function contributorsAnnex(sections: readonly SectionContributors[], version: boolean): ReportBlock[] {
  return [
    { kind: 'heading', level: 1, text: 'Annex: contributors' },
    {
      kind: 'paragraph',
      text: version
        ? 'Everyone who created or edited something in each section by the time this version was saved, in order of their first change.'
        : 'Everyone who has created or edited something in each section, in order of their first change.',
    },
    {
      kind: 'table',
      columns: [
        { title: 'Section', weight: 2 },
        { title: 'Contributors', weight: 6 },
      ],
      rows: sections.map(({ collection, contributors }) => [
        titleOf(collection),
        contributors.map(nameWithRole).join(', '),
      ]),
      empty: 'No changes were recorded.',
    },
  ];
}
