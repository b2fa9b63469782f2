import type * as Y from 'yjs';
import { z } from 'zod';
import { createItems, orderedItems } from './workshop-document/collections.js';
import type { FieldDef, InitialValue } from './workshop-document/field-kinds.js';
import { COLLECTION_NAMES, sectionDef, type CollectionName } from './workshop-document/registry.js';

/**
 * The import contract shared by the server (which parses, maps and validates) and the browser
 * (which previews, lets the person correct the mapping, then creates the rows as one undoable edit).
 * What can be imported, and under which header names, comes from the registry's `import` columns.
 */

/** Most columns a file may have: a section has at most a dozen fields; more is not a table of them. */
export const MAX_IMPORT_COLUMNS = 500;

/** Largest file an import accepts. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Most data rows one import takes. A workshop holds a few hundred items per section; beyond this an
 * import is almost certainly the wrong sheet, and its preview (every row with its problems, checked
 * by a person before importing) would be longer than anyone reads. Creating the rows is linear
 * (`createItems`: 5,000 rows in about 0.3 s), so the bound is about people, not the machine.
 */
export const MAX_IMPORT_ROWS = 1000;

/** Media types a body may have; anything else is 415. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPES = ['text/csv', 'application/csv'] as const;
export const TSV_TYPES = ['text/tab-separated-values', 'text/plain'] as const;

export type SourceFormat = 'csv' | 'tsv' | 'xlsx';

/** The body's format from its `Content-Type` (parameters ignored), or null when not importable. */
export function sourceFormat(contentType: string | undefined): SourceFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === XLSX_TYPE) return 'xlsx';
  if ((CSV_TYPES as readonly string[]).includes(type)) return 'csv';
  if ((TSV_TYPES as readonly string[]).includes(type)) return 'tsv';
  return null;
}

/** The pick list a field's values must be entries of, as its registry entry says (a finding's theme). */
export function pickListOf(collection: CollectionName, field: string): 'themes' | 'populations' | undefined {
  const def = sectionDef(collection).fields[field];
  return def?.kind === 'value' ? (def.pickList as 'themes' | 'populations' | undefined) : undefined;
}

/** A section that has import columns in the registry. */
export function isImportable(name: string): name is CollectionName {
  return (
    (COLLECTION_NAMES as readonly string[]).includes(name) &&
    sectionDef(name as CollectionName).import.length > 0
  );
}

/** The fields an import of `collection` can fill, in the registry's order, with their definitions. */
export function importFields(
  collection: CollectionName,
): Array<{ field: string; def: FieldDef; aliases: readonly string[] }> {
  const { fields, import: columns } = sectionDef(collection);
  return columns.flatMap(({ field, aliases }) => {
    const def = fields[field];
    return def ? [{ field, def, aliases: aliases ?? [] }] : [];
  });
}

/** Header and value comparison: any letter case, punctuation and spacing ignored ("Lead agency" = "leadAgency"). */
export function matchKey(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLocaleLowerCase('en')
      // Marks stay: Thai vowels and tones, Arabic harakat and Indic vowel signs tell words apart.
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '')
  );
}

/** Per column of the file, in order: the field it fills, or null to ignore the column. */
export const ImportMapping = z.array(z.string().nullable()).max(MAX_IMPORT_COLUMNS);
export type ImportMapping = z.infer<typeof ImportMapping>;

/** What to do with a value that is not in a pick list: add it to the list, or use an existing entry instead. */
export const ChoiceDecision = z.union([
  z.object({ add: z.literal(true) }).strict(),
  z.object({ mapTo: z.string().min(1) }).strict(),
]);
export type ChoiceDecision = z.infer<typeof ChoiceDecision>;

/** field → value as written in the file → decision. */
export const ImportChoices = z.record(z.string(), z.record(z.string(), ChoiceDecision));
export type ImportChoices = z.infer<typeof ImportChoices>;

/**
 * Corrected cell text: row index (as in `ImportRow.index`) → field → text used instead of the file's.
 * Corrections are for values that did not parse (a date, a year, a number): short, so the three
 * options fit a query string.
 */
export const ImportFixes = z.record(z.string().regex(/^\d+$/), z.record(z.string(), z.string().max(200)));
export type ImportFixes = z.infer<typeof ImportFixes>;

/** The person's corrections, sent as the query parameters `mapping`, `choices` and `fixes` (each JSON). */
export interface ImportOptions {
  mapping?: ImportMapping;
  choices?: ImportChoices;
  fixes?: ImportFixes;
}

export type ImportProblemCode =
  'unknown_choice' | 'invalid_date' | 'invalid_year' | 'invalid_value' | 'unknown_link' | 'empty_row';

export interface ImportProblem {
  code: ImportProblemCode;
  /** The field whose cell is wrong (absent for a row-wide problem). */
  field?: string;
  /** The cell's text as read (or as fixed). */
  value?: string;
  message: string;
}

export interface ImportRow {
  /** The row's number in the sheet, the header being row 1 (what a spreadsheet shows beside it). */
  index: number;
  /** The cells as read, one per column. */
  cells: string[];
  /** Field → value as `createItem` takes it (links as item ids); fields with problems are left out. */
  values: Record<string, InitialValue>;
  /** Empty: the row is imported; otherwise it is skipped. */
  errors: ImportProblem[];
}

/** A value of a pick-list field that is not in the workshop's list. */
export interface UnknownChoice {
  field: string;
  list: 'themes' | 'populations';
  value: string;
  /** Rows (`ImportRow.index`) that use it. */
  rows: number[];
  decision: ChoiceDecision | null;
}

/** `POST …/import/:collection?dryRun=1` → 200. */
export interface ImportPreview {
  collection: CollectionName;
  format: SourceFormat;
  /** The header row as read. */
  headers: string[];
  /** Per column: the field it fills (guessed from the header unless `mapping` was given), or null. */
  mapping: ImportMapping;
  /** The guess from the headers alone, so an interface can offer to go back to it. */
  guessed: ImportMapping;
  rows: ImportRow[];
  unknownChoices: UnknownChoice[];
  /** Pick-list entries the import creates (the `add` decisions), per list. */
  addToPickLists: { themes: string[]; populations: string[] };
  valid: number;
  skipped: number;
}

/** `POST …/import/:collection` → 201. */
export interface ImportResult {
  created: number;
  skipped: number;
  /** Ids of the items created, in order. */
  ids: string[];
  addedToPickLists: { themes: string[]; populations: string[] };
}

/** The query string carrying a person's corrections (empty parts left out). */
export function importQuery(options: ImportOptions & { dryRun?: boolean }): string {
  const query = new URLSearchParams();
  if (options.dryRun) query.set('dryRun', '1');
  if (options.mapping) query.set('mapping', JSON.stringify(options.mapping));
  if (options.choices && Object.keys(options.choices).length > 0)
    query.set('choices', JSON.stringify(options.choices));
  if (options.fixes && Object.keys(options.fixes).length > 0)
    query.set('fixes', JSON.stringify(options.fixes));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * Adds the pick-list entries an import's rows use that the document does not have by now (someone
 * may have added one since the preview): the same on the server and in the browser.
 */
export function addPickListEntries(doc: Y.Doc, add: ImportPreview['addToPickLists']): void {
  for (const list of ['themes', 'populations'] as const) {
    const have = new Set(orderedItems(doc, list).map((item) => matchKey(String(item.get('label') ?? ''))));
    const missing = add[list].filter((label) => !have.has(matchKey(label)));
    if (missing.length > 0)
      createItems(
        doc,
        list,
        missing.map((label) => ({ label })),
      );
  }
}
