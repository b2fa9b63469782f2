import {
  ACTIVITY_COLLECTIONS,
  REPORT_ACTIVITY,
  contributorsOf,
  type ActivityCollection,
  type ActivityEntry,
  type Contributor,
} from '../../shared/activity.js';
import { sectionTitle } from '../../shared/i18n/document-words.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { ENGLISH, nameWithRoleIn } from './export-words.js';
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

const titleOf = (collection: ActivityCollection, tr: Translator) =>
  collection === REPORT_ACTIVITY.collection ? tr.t('export.report') : sectionTitle(tr.document, collection);

/** The annex of contributors: one row per section, everyone who created or edited something in it. */
export function contributorsAnnex(
  sections: readonly SectionContributors[],
  version: boolean,
  tr: Translator = ENGLISH,
): ReportBlock[] {
  return [
    { kind: 'heading', level: 1, text: tr.t('export.contributors.heading') },
    {
      kind: 'paragraph',
      text: tr.t(version ? 'export.contributors.introVersion' : 'export.contributors.introLive'),
    },
    {
      kind: 'table',
      columns: [
        { title: tr.t('export.contributors.section'), weight: 2 },
        { title: tr.t('export.contributors.contributors'), weight: 6 },
      ],
      rows: sections.map(({ collection, contributors }) => [
        titleOf(collection, tr),
        contributors.map((person) => nameWithRoleIn(tr, person)).join(tr.t('items.separator')),
      ]),
      empty: tr.t('export.contributors.none'),
    },
  ];
}
