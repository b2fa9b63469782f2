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
import { en } from '../i18n/catalogue/en.js';
import type { Messages } from '../i18n/messages.js';

/** The template's words in one language: the `template` namespace of its catalogue. */
export type TemplateWords = Messages['template'];

/**
 * The toolkit template a new workshop starts from: the pick lists (themes and populations of interest,
 * editable per workshop), a Tool J style agenda, and the Tool K report outline. Template items have
 * fixed ids, so pick lists and agenda seeded twice converge on the same items; the report outline is
 * seeded only into an empty report, once, when the workshop is created or migrated. The words are
 * the facilitator's language's (`template` in its catalogue; the server passes them in, so the client
 * bundles no other language's); a document migrated without them gets English. Ids never depend on
 * the language.
 */
const THEMES = [
  ['legal-framework', 'legalFramework'],
  ['institutions', 'institutions'],
  ['procedures', 'procedures'],
  ['costs-access', 'costsAccess'],
  ['awareness', 'awareness'],
  ['coverage-statistics', 'coverageStatistics'],
] as const satisfies ReadonlyArray<readonly [string, keyof TemplateWords['themes']]>;

const POPULATIONS = [
  ['refugees', 'refugees'],
  ['asylum-seekers', 'asylumSeekers'],
  ['stateless', 'stateless'],
  ['undetermined-nationality', 'undeterminedNationality'],
  ['undocumented-migrants', 'undocumentedMigrants'],
  ['all', 'all'],
] as const satisfies ReadonlyArray<readonly [string, keyof TemplateWords['populations']]>;

const AGENDA: ReadonlyArray<[string, keyof TemplateWords['agenda'], number, 'plenary' | 'group']> = [
  ['09:00', 'opening', 30, 'plenary'],
  ['09:30', 'presentFindings', 60, 'plenary'],
  ['10:45', 'validateFindings', 90, 'group'],
  ['13:15', 'groupReports', 60, 'plenary'],
  ['14:15', 'draftRecommendations', 75, 'group'],
  ['15:30', 'prioritise', 45, 'plenary'],
  ['16:15', 'closing', 30, 'plenary'],
];

const REPORT_OUTLINE: ReadonlyArray<keyof TemplateWords['outline']> = [
  'background',
  'methodology',
  'participants',
  'findings',
  'recommendations',
  'targets',
  'nextSteps',
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
export function seedTemplate(doc: Y.Doc, words: TemplateWords = en.template): void {
  seedIfEmpty(doc, 'themes', () => {
    for (const [key, word] of THEMES)
      createItem(doc, 'themes', { label: words.themes[word] }, { id: `th-${key}` });
  });
  seedIfEmpty(doc, 'populations', () => {
    for (const [key, word] of POPULATIONS)
      createItem(doc, 'populations', { label: words.populations[word] }, { id: `po-${key}` });
  });
  seedIfEmpty(doc, 'agenda', () => {
    AGENDA.forEach(([start, session, durationMinutes, kind], index) =>
      createItem(
        doc,
        'agenda',
        { start, title: words.agenda[session], durationMinutes, kind },
        { id: `s-template-${index + 1}` },
      ),
    );
  });
  const report = reportFragment(doc);
  if (report.length === 0) {
    const blocks: Y.XmlElement[] = [heading(1, words.reportTitle)];
    REPORT_OUTLINE.forEach((section, index) => {
      const { heading: title, guidance } = words.outline[section];
      blocks.push(heading(2, `${index + 1}. ${title}`), ...paragraphs(guidance));
    });
    report.insert(0, blocks);
  }
  metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
}

/** The state a brand-new workshop's document starts from, in the words given (English by default). */
export function templateDocument(words: TemplateWords = en.template): Uint8Array {
  const doc = new Y.Doc();
  seedTemplate(doc, words);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
