import * as Y from 'yjs';
import {
  collection,
  createItem,
  metaMap,
  paragraphs,
  reportFragment,
  type CollectionName,
} from './collections.js';
import { SCHEMA_VERSION } from './schema.js';

/**
 * The toolkit template a new workshop starts from: the pick lists (themes and populations of interest,
 * editable per workshop), a Tool J style agenda, and the Tool K report outline. Template items have
 * fixed ids, so pick lists and agenda seeded twice converge on the same items; the report outline is
 * seeded only into an empty report, once, when the workshop is created or migrated.
 */
const THEMES = [
  ['legal-framework', 'Legal framework'],
  ['institutions', 'Institutions and coordination'],
  ['procedures', 'Registration procedures'],
  ['costs-access', 'Costs and access'],
  ['awareness', 'Awareness'],
  ['coverage-statistics', 'Coverage statistics'],
] as const;

const POPULATIONS = [
  ['refugees', 'Refugees'],
  ['asylum-seekers', 'Asylum-seekers'],
  ['stateless', 'Stateless persons'],
  ['undetermined-nationality', 'Persons of undetermined nationality'],
  ['undocumented-migrants', 'Undocumented migrants'],
  ['all', 'All populations of interest'],
] as const;

const AGENDA: ReadonlyArray<[string, string, number, 'plenary' | 'group']> = [
  ['09:00', 'Opening, objectives and agenda', 30, 'plenary'],
  ['09:30', 'Presentation of the draft findings', 60, 'plenary'],
  ['10:45', 'Breakout groups: validate or amend the findings by theme', 90, 'group'],
  ['13:15', 'Group reporters present; the rapporteur consolidates', 60, 'plenary'],
  ['14:15', 'Breakout groups: draft recommendations against the findings', 75, 'group'],
  ['15:30', 'Prioritise the recommendations (voting)', 45, 'plenary'],
  ['16:15', 'Targets, next steps towards the action plan, closing', 30, 'plenary'],
];

const REPORT_OUTLINE: ReadonlyArray<[string, string]> = [
  [
    'Background and objectives',
    'Why the assessment was done, who led it, and what this workshop set out to decide.',
  ],
  [
    'Methodology',
    'Desk review, coverage statistics (Tool G), questionnaire (Tool H), field visits and focus groups (Tool I).',
  ],
  ['Participants', 'Ministries, UN agencies and civil society organisations present; the breakout groups.'],
  [
    'Validated findings',
    'Summarise the findings by theme and population group, noting amendments and dissent.',
  ],
  [
    'Recommendations and priorities',
    'The recommendations, the findings each answers, the reasoning and the agreed priority.',
  ],
  [
    'Proposed targets',
    'Targets for progress (Tool M), referring to SDG 16.9 and the ESCAP Regional Action Framework.',
  ],
  ['Next steps', 'Presentation to the decision-maker(s) and formulation of the action plan (Tool N).'],
];

function seedIfEmpty(doc: Y.Doc, name: CollectionName, seed: () => void): void {
  if (collection(doc, name).size === 0) seed();
}

function heading(level: number, title: string): Y.XmlElement {
  const element = new Y.XmlElement('heading');
  element.setAttribute('level', level as unknown as string);
  element.insert(0, [new Y.XmlText(title)]);
  return element;
}

/** Fills whatever part of the template a document lacks; leaves existing content alone. */
export function seedTemplate(doc: Y.Doc): void {
  seedIfEmpty(doc, 'themes', () => {
    for (const [key, label] of THEMES) createItem(doc, 'themes', { label }, { id: `th-${key}` });
  });
  seedIfEmpty(doc, 'populations', () => {
    for (const [key, label] of POPULATIONS) createItem(doc, 'populations', { label }, { id: `po-${key}` });
  });
  seedIfEmpty(doc, 'agenda', () => {
    AGENDA.forEach(([start, sessionTitle, durationMinutes, kind], index) =>
      createItem(
        doc,
        'agenda',
        { start, title: sessionTitle, durationMinutes, kind },
        { id: `s-template-${index + 1}` },
      ),
    );
  });
  const report = reportFragment(doc);
  if (report.length === 0) {
    const blocks: Y.XmlElement[] = [heading(1, 'Results workshop report')];
    REPORT_OUTLINE.forEach(([section, guidance], index) =>
      blocks.push(heading(2, `${index + 1}. ${section}`), ...paragraphs(guidance)),
    );
    report.insert(0, blocks);
  }
  metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
}

/** The state a brand-new workshop's document starts from. */
export function templateDocument(): Uint8Array {
  const doc = new Y.Doc();
  seedTemplate(doc);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
