import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../workshop-document/registry.js';
import {
  FINDING_STATUS,
  PROGRESS_STATUS,
  RECOMMENDATION_STATUS,
  SESSION_KIND,
} from '../workshop-document/vocabularies.js';

/**
 * The registry's words — section titles, item nouns, field labels and the fixed vocabularies'
 * words — as a catalogue namespace. English is derived from the registry (the one place those words
 * are written, and what versions are hashed over, so hashes never depend on a reader's language);
 * every other catalogue spells out the same shape, so a field added to the registry is a type error
 * in each language until it is translated.
 */
type FieldsOf<C extends CollectionName> = (typeof COLLECTIONS)[C]['fields'];

const VOCABULARIES = {
  findingStatus: FINDING_STATUS,
  recommendationStatus: RECOMMENDATION_STATUS,
  progressStatus: PROGRESS_STATUS,
  sessionKind: SESSION_KIND,
} as const;
type VocabularyName = keyof typeof VOCABULARIES;

export interface DocumentWords {
  sections: { [C in CollectionName]: { title: string; noun: string } };
  fields: { [C in CollectionName]: { [F in keyof FieldsOf<C>]: string } };
  /** Report/spreadsheet column titles that are not a field's label, by their English title. */
  columns: Record<ComputedColumnTitle, string>;
  values: { [V in VocabularyName]: Record<keyof (typeof VOCABULARIES)[V]['words'], string> };
}

/** Titles of the registry's computed or renamed columns (kept in step with `report` there). */
export const COMPUTED_COLUMN_TITLES = ['Validation', 'Baseline', 'Target'] as const;
type ComputedColumnTitle = (typeof COMPUTED_COLUMN_TITLES)[number];

export function englishDocumentWords(): DocumentWords {
  const sections = {} as Record<string, { title: string; noun: string }>;
  const fields = {} as Record<string, Record<string, string>>;
  for (const name of COLLECTION_NAMES) {
    const def = COLLECTIONS[name];
    sections[name] = { title: def.title, noun: def.noun };
    fields[name] = Object.fromEntries(Object.entries(def.fields).map(([field, f]) => [field, f.label]));
  }
  const values = Object.fromEntries(
    Object.entries(VOCABULARIES).map(([name, vocabulary]) => [name, { ...vocabulary.words }]),
  );
  const columns = Object.fromEntries(COMPUTED_COLUMN_TITLES.map((title) => [title, title]));
  return { sections, fields, columns, values } as unknown as DocumentWords;
}

/**
 * The readers' words of a section, a field or a value fall back to the registry's English for
 * anything the catalogue does not (yet) have — a section registered at run time, a catalogue from an
 * older build — so a gap shows English rather than failing.
 */
const sectionWords = (words: DocumentWords, name: CollectionName) =>
  (words.sections as Partial<Record<string, { title: string; noun: string }>>)[name];

/** A section's title in the reader's words. */
export function sectionTitle(words: DocumentWords, name: CollectionName): string {
  return sectionWords(words, name)?.title ?? COLLECTIONS[name]?.title ?? name;
}

/** One item's noun ("Finding", "Row") in the reader's words. */
export function sectionNoun(words: DocumentWords, name: CollectionName): string {
  return sectionWords(words, name)?.noun ?? COLLECTIONS[name]?.noun ?? name;
}

/** A field's label in the reader's words; the registry's English for a field not in the catalogue. */
export function fieldLabel(words: DocumentWords, name: CollectionName, field: string): string {
  const translated = (words.fields as Partial<Record<string, Record<string, string | undefined>>>)[name]?.[
    field
  ];
  return (
    translated ??
    (COLLECTIONS[name]?.fields as Record<string, { label: string } | undefined> | undefined)?.[field]
      ?.label ??
    field
  );
}

/** A report column's title: a field's label, or a computed column's title, in the reader's words. */
export function columnTitle(words: DocumentWords, englishTitle: string): string {
  return (words.columns as Record<string, string | undefined>)[englishTitle] ?? englishTitle;
}

/** The words for a stored vocabulary value (a status, a session format); the value itself if unknown. */
export function valueWord(words: DocumentWords, name: CollectionName, field: string, value: string): string {
  const def = (
    COLLECTIONS[name]?.fields as Record<string, { words?: Readonly<Record<string, string>> }> | undefined
  )?.[field];
  const vocabulary = (Object.keys(VOCABULARIES) as VocabularyName[]).find(
    (key) => VOCABULARIES[key].words === def?.words,
  );
  if (!vocabulary) return def?.words?.[value] ?? value;
  return (words.values[vocabulary] as Record<string, string | undefined>)[value] ?? value;
}

/** A vocabulary field's options (stored value, words) in the reader's words, in the registry's order. */
export function valueOptions(
  words: DocumentWords,
  name: CollectionName,
  field: string,
): Array<{ value: string; label: string }> {
  const def = (
    COLLECTIONS[name]?.fields as Record<string, { words?: Readonly<Record<string, string>> }> | undefined
  )?.[field];
  if (!def?.words) throw new Error(`${name}.${field} has no vocabulary`);
  return Object.keys(def.words).map((value) => ({ value, label: valueWord(words, name, field, value) }));
}
