import * as Y from 'yjs';
import type { ApiErrorCode } from '../../shared/api.js';
import {
  importFields,
  matchKey,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  pickListOf,
  type ChoiceDecision,
  type ImportMapping,
  type ImportOptions,
  type ImportPreview,
  type ImportProblem,
  type ImportRow,
  type SourceFormat,
  type UnknownChoice,
} from '../../shared/import.js';
import {
  createItems,
  itemLabel,
  linkTarget,
  orderedItems,
  sectionDef,
  type CollectionName,
  type FieldDef,
  type InitialValue,
} from '../../shared/workshop-document/index.js';
import type { Table } from './parse-table.js';

/**
 * Mapping a sheet's columns to a section's fields and turning its cells into item values, from the
 * registry alone: a section with `import` columns is importable without code of its own here.
 */

/** A request the import cannot take, with the HTTP status and code it is answered with. */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: Extract<ApiErrorCode, 'invalid_request' | 'payload_too_large' | 'unsupported_media_type'>,
    message: string,
  ) {
    super(message);
  }
}

/** What validation needs from the live document, as plain data (it runs on a worker thread). */
export interface ImportContext {
  /** Per linked collection: [display label (F1…), item id] in the current order. */
  links: Partial<Record<CollectionName, Array<[string, string]>>>;
  pickLists: { themes: string[]; populations: string[] };
  /** The last position key of each collection an import creates items in (null when empty). */
  lastPositions: Partial<Record<CollectionName, string | null>>;
}

/** The context for importing into `collection`, read from the document on the main thread. */
export function importContext(doc: Y.Doc, collection: CollectionName): ImportContext {
  const context: ImportContext = { links: {}, pickLists: { themes: [], populations: [] }, lastPositions: {} };
  const lists = new Set<'themes' | 'populations'>();
  for (const { field, def } of importFields(collection)) {
    if (def.kind === 'links') {
      const target = linkTarget(def);
      context.links[target] = orderedItems(doc, target).map((item, i) => [
        itemLabel(target, i),
        String(item.get('id')),
      ]);
    }
    const list = pickListOf(collection, field);
    if (list) lists.add(list);
  }
  for (const list of lists) {
    context.pickLists[list] = orderedItems(doc, list)
      .map((item) => String(item.get('label') ?? ''))
      .filter(Boolean);
  }
  for (const name of [collection, ...lists]) {
    const last = orderedItems(doc, name).at(-1);
    context.lastPositions[name] = last ? String(last.get('position')) : null;
  }
  return context;
}

/** Per column, the field its header names: by label or field name first, then by an alias; each field once. */
export function guessMapping(collection: CollectionName, headers: readonly string[]): ImportMapping {
  const fields = importFields(collection);
  const mapping: ImportMapping = headers.map(() => null);
  const taken = new Set<string>();
  const passes: Array<(f: (typeof fields)[number]) => readonly string[]> = [
    (f) => [f.def.label, f.field],
    (f) => f.aliases,
  ];
  for (const namesOf of passes) {
    headers.forEach((header, column) => {
      const key = matchKey(header);
      if (mapping[column] !== null || !key) return;
      const hit = fields.find(
        (f) => !taken.has(f.field) && namesOf(f).some((name) => matchKey(name) === key),
      );
      if (hit) {
        mapping[column] = hit.field;
        taken.add(hit.field);
      }
    });
  }
  return mapping;
}

function checkedMapping(
  collection: CollectionName,
  headers: readonly string[],
  mapping: ImportMapping,
): ImportMapping {
  if (mapping.length !== headers.length)
    throw new ImportRefusal(
      400,
      'invalid_request',
      `mapping has ${mapping.length} entries; the file has ${headers.length} columns`,
    );
  const known = new Set(importFields(collection).map(({ field }) => field));
  const seen = new Set<string>();
  for (const field of mapping) {
    if (field === null) continue;
    if (!known.has(field))
      throw new ImportRefusal(
        400,
        'invalid_request',
        `mapping: ${collection} has no importable field "${field}"`,
      );
    if (seen.has(field))
      throw new ImportRefusal(400, 'invalid_request', `mapping: "${field}" is given to two columns`);
    seen.add(field);
  }
  return mapping;
}

type Converted = { value: InitialValue } | { problem: ImportProblem };

const PROBLEM_OF_INPUT = { date: 'invalid_date', year: 'invalid_year' } as const;

const EXPECTED = {
  date: 'a date written YYYY-MM-DD',
  year: 'a year between 1900 and 2100',
  number: 'a whole number',
  time: 'a time written HH:MM',
  choice: 'one of the listed values',
} as const;

/** What our exports write for links to deleted items: it names no item, so it links nothing. */
const DELETED_NOTE = /^\(\d+ deleted\)$/;

interface Lookups {
  /** Per linked collection: matchKey(label) → id. */
  links: Map<CollectionName, Map<string, string>>;
  /** Per pick list: matchKey(label) → the label as the list has it. */
  pickLists: Map<'themes' | 'populations', Map<string, string>>;
  /** Per field: matchKey(value in the file) → decision. */
  choices: Map<string, Map<string, ChoiceDecision>>;
}

function lookups(context: ImportContext, options: ImportOptions): Lookups {
  const keyed = <V>(entries: Iterable<[string, V]>) =>
    new Map([...entries].map(([k, v]) => [matchKey(k), v]));
  return {
    links: new Map(
      Object.entries(context.links).map(([name, pairs]) => [name as CollectionName, keyed(pairs ?? [])]),
    ),
    pickLists: new Map(
      (['themes', 'populations'] as const).map((list) => [
        list,
        keyed(context.pickLists[list].map((l) => [l, l])),
      ]),
    ),
    choices: new Map(
      Object.entries(options.choices ?? {}).map(([field, byValue]) => [
        field,
        keyed(Object.entries(byValue)),
      ]),
    ),
  };
}

/** A value field's cell as the value the registry's schema stores, or why it cannot be. */
function convertValue(def: Extract<FieldDef, { kind: 'value' }>, field: string, raw: string): Converted {
  if (raw === '') return { value: def.initial };
  let candidate: string | number = raw;
  if (def.words) {
    const key = matchKey(raw);
    const hit = Object.entries(def.words).find(
      ([stored, words]) => matchKey(stored) === key || matchKey(words) === key,
    );
    if (!hit)
      return {
        problem: {
          code: 'invalid_value',
          field,
          value: raw,
          message: `${def.label}: “${raw}” is not one of ${Object.values(def.words).join(', ')}`,
        },
      };
    candidate = hit[0];
  } else if (def.input === 'year' || def.input === 'number') {
    candidate = /^[+-]?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  } else if (def.input === 'time') {
    const time = /^(\d{1,2}):(\d{2})$/.exec(raw);
    candidate = time ? `${time[1]!.padStart(2, '0')}:${time[2]}` : raw;
  }
  // The schemas fall back (`.catch`) rather than fail: a value they change is one they refuse.
  if (def.schema.safeParse(candidate).data === candidate) return { value: candidate };
  const input = def.words ? 'choice' : def.input;
  return {
    problem: {
      code: input === 'date' || input === 'year' ? PROBLEM_OF_INPUT[input] : 'invalid_value',
      field,
      value: raw,
      message: `${def.label}: “${raw}” is not ${EXPECTED[input]}`,
    },
  };
}

function convertLinks(
  def: Extract<FieldDef, { kind: 'links' }>,
  field: string,
  raw: string,
  found: Lookups,
): Converted {
  const target = linkTarget(def);
  const labels = found.links.get(target) ?? new Map<string, string>();
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const token of raw.split(/[,;\n]+/).map((t) => t.trim())) {
    if (!token || DELETED_NOTE.test(token)) continue;
    const id = labels.get(matchKey(token));
    if (id === undefined) unknown.push(token);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (unknown.length === 0) return { value: ids };
  const noun = sectionDef(target).noun.toLowerCase();
  return {
    problem: {
      code: 'unknown_link',
      field,
      value: raw,
      message: `${def.label}: no ${noun} labelled ${unknown.join(', ')}`,
    },
  };
}

export interface ValidatedImport {
  preview: ImportPreview;
  /** The values of every row without problems, in order, for `createItem`. */
  valid: Array<Record<string, InitialValue>>;
}

/** Maps, converts and checks every row of `table` for `collection`. */
export function validateImport(
  collection: CollectionName,
  format: SourceFormat,
  table: Table,
  context: ImportContext,
  options: ImportOptions,
): ValidatedImport {
  const { headers } = table;
  if (headers.every((header) => header === ''))
    throw new ImportRefusal(400, 'invalid_request', 'the file is empty: its first row must name the columns');
  if (headers.length > MAX_IMPORT_COLUMNS)
    throw new ImportRefusal(
      413,
      'payload_too_large',
      `the file has ${headers.length.toLocaleString('en')} columns; an import reads at most ${MAX_IMPORT_COLUMNS}`,
    );
  const rows = table.rows.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (rows.length > MAX_IMPORT_ROWS)
    throw new ImportRefusal(
      413,
      'payload_too_large',
      `the file has ${rows.length.toLocaleString('en')} rows; an import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en')}: split it into smaller files`,
    );
  const guessed = guessMapping(collection, headers);
  const mapping = options.mapping ? checkedMapping(collection, headers, options.mapping) : guessed;
  const found = lookups(context, options);
  const { fields } = sectionDef(collection);
  const unknownChoices = new Map<string, UnknownChoice>();
  const add = { themes: [] as string[], populations: [] as string[] };
  const addCandidates = { themes: new Map<string, string>(), populations: new Map<string, string>() };
  /** The new pick-list entries the row being read would add. */
  let rowAdds: Array<['themes' | 'populations', string]> = [];

  const pickListValue = (
    field: string,
    list: 'themes' | 'populations',
    raw: string,
    index: number,
  ): Converted => {
    if (raw === '') return { value: '' };
    const key = matchKey(raw);
    const existing = found.pickLists.get(list)!.get(key);
    if (existing !== undefined) return { value: existing };
    const decision = found.choices.get(field)?.get(key) ?? null;
    const entry = unknownChoices.get(`${field}\u0000${key}`) ?? {
      field,
      list,
      value: raw,
      rows: [],
      decision,
    };
    entry.rows.push(index);
    unknownChoices.set(`${field}\u0000${key}`, entry);
    if (decision && 'add' in decision) {
      // The first spelling met names the new entry; it is added only if a row that imports uses it.
      const candidates = addCandidates[list];
      if (!candidates.has(key)) candidates.set(key, raw);
      rowAdds.push([list, key]);
      return { value: candidates.get(key)! };
    }
    if (decision) {
      const target = found.pickLists.get(list)!.get(matchKey(decision.mapTo));
      if (target === undefined)
        throw new ImportRefusal(
          400,
          'invalid_request',
          `choices: “${decision.mapTo}” is not in the ${list} list`,
        );
      return { value: target };
    }
    return {
      problem: {
        code: 'unknown_choice',
        field,
        value: raw,
        message: `${fields[field]!.label}: “${raw}” is not in the workshop’s list: add it, or map it to an entry`,
      },
    };
  };

  const valid: Array<Record<string, InitialValue>> = [];
  const used = { themes: new Set<string>(), populations: new Set<string>() };
  const previewRows: ImportRow[] = rows.map(({ index, cells }) => {
    rowAdds = [];
    const values: Record<string, InitialValue> = {};
    const errors: ImportProblem[] = [];
    const fixes = options.fixes?.[String(index)] ?? {};
    let filled = false;
    mapping.forEach((field, column) => {
      if (field === null) return;
      const def = fields[field]!;
      const raw = (fixes[field] ?? cells[column] ?? '').replace(/\r\n?/g, '\n').trim();
      if (raw !== '') filled = true;
      const list = pickListOf(collection, field);
      const converted: Converted =
        def.kind === 'text' || def.kind === 'rich'
          ? { value: raw }
          : def.kind === 'links'
            ? convertLinks(def, field, raw, found)
            : list
              ? pickListValue(field, list, raw, index)
              : convertValue(def, field, raw);
      if ('problem' in converted) errors.push(converted.problem);
      else values[field] = converted.value;
    });
    if (!filled)
      errors.push({ code: 'empty_row', message: 'nothing to import: the mapped columns are empty' });
    if (errors.length === 0) {
      valid.push(values);
      for (const [list, key] of rowAdds) used[list].add(key);
    }
    return { index, cells, values, errors };
  });
  for (const list of ['themes', 'populations'] as const)
    for (const [key, label] of addCandidates[list]) if (used[list].has(key)) add[list].push(label);

  return {
    preview: {
      collection,
      format,
      headers,
      mapping,
      guessed,
      rows: previewRows,
      unknownChoices: [...unknownChoices.values()],
      addToPickLists: add,
      valid: valid.length,
      skipped: previewRows.length - valid.length,
    },
    valid,
  };
}

/**
 * The valid rows as one Yjs update, built with `createItems` in a scratch document so the work
 * happens wherever this runs (a worker thread), not on the event loop. New items only add keys to
 * the collection's root map, so the update applies to any document; positions continue after the
 * live document's last items. The few pick-list entries the rows add are made on the live document
 * itself (`addPickListEntries`), where an entry someone added meanwhile is seen and not added twice.
 */
export function buildImportUpdate(
  collection: CollectionName,
  valid: ReadonlyArray<Record<string, InitialValue>>,
  context: ImportContext,
): { update: Uint8Array; ids: string[] } {
  const scratch = new Y.Doc();
  try {
    const created = (name: CollectionName, rows: ReadonlyArray<Record<string, InitialValue>>) => {
      if (rows.length === 0) return [];
      return createItems(scratch, name, rows, context.lastPositions[name] ?? null);
    };
    let ids: string[] = [];
    scratch.transact(() => {
      ids = created(collection, valid);
    });
    return { update: Y.encodeStateAsUpdate(scratch), ids };
  } finally {
    scratch.destroy();
  }
}
