import { columnTitle, fieldLabel, valueWord } from '../../shared/i18n/document-words.js';
import type { Translator } from '../../shared/i18n/translator.js';
import {
  labelsById,
  linkTarget,
  sectionDef,
  type CellContext,
  type CollectionName,
  type ColumnDef,
  type FieldDef,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import { ENGLISH, sectionInSentence } from './export-words.js';
import type { Column, ReportTable } from './report-model.js';

/**
 * A section's items as a table, with the columns its registry entry gives: the report's chapter
 * table, and the spreadsheet's sheet. Cells are derived from each field's storage kind: texts as
 * typed, vocabulary values in their words, links as the linked items' labels.
 */

type Row = { id: string } & Record<string, unknown>;

function cellContext(content: WorkshopContent): CellContext {
  const labels = new Map<CollectionName, ReadonlyMap<string, string>>();
  return {
    labelsOf(name) {
      let known = labels.get(name);
      if (!known) labels.set(name, (known = labelsById(name, content[name])));
      return known;
    },
  };
}

/** Linked ids as their display labels in document order; a link to a deleted item says so. */
export function linkList(
  ids: readonly string[],
  labels: ReadonlyMap<string, string>,
  tr: Translator = ENGLISH,
): string {
  const order = [...labels.values()];
  const known = ids.flatMap((id) => labels.get(id) ?? []);
  known.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const dangling = ids.length - known.length;
  return [...known, ...(dangling > 0 ? [tr.tn('export.deletedLinks', dangling)] : [])].join(', ');
}

function fieldCell(
  name: CollectionName,
  field: string,
  def: FieldDef,
  stored: unknown,
  context: CellContext,
  tr: Translator,
): string {
  if (def.kind === 'links') return linkList(stored as string[], context.labelsOf(linkTarget(def)), tr);
  if (def.kind === 'value')
    return stored === null || stored === undefined ? '' : valueWord(tr.document, name, field, String(stored));
  return typeof stored === 'string' ? stored : '';
}

function toColumn(
  name: CollectionName,
  column: ColumnDef<Record<string, FieldDef>>,
  context: CellContext,
  tr: Translator,
) {
  if ('cell' in column)
    return {
      title: columnTitle(tr.document, column.title),
      weight: column.weight,
      cell: (row: Row) => column.cell(row as never, context),
    };
  const def = sectionDef(name).fields[column.field];
  if (!def) throw new Error(`${name} has no field ${column.field}`);
  return {
    title: column.title
      ? columnTitle(tr.document, column.title)
      : fieldLabel(tr.document, name, column.field),
    weight: column.weight,
    cell: (row: Row) => fieldCell(name, column.field, def, row[column.field], context, tr),
  };
}

function table(
  content: WorkshopContent,
  name: CollectionName,
  columns: ReadonlyArray<ColumnDef<Record<string, FieldDef>>>,
  rows: readonly Row[],
  empty: string,
  tr: Translator,
): ReportTable {
  const context = cellContext(content);
  const built = columns.map((column) => toColumn(name, column, context, tr));
  const numbered = sectionDef(name).prefix !== null;
  const labels = context.labelsOf(name);
  const head: Column[] = numbered ? [{ title: '#', weight: 0.8 }] : [];
  return {
    kind: 'table',
    columns: [...head, ...built.map(({ title, weight }) => ({ title, weight }))],
    rows: rows.map((row) => [
      ...(numbered ? [labels.get(row.id) ?? ''] : []),
      ...built.map((c) => c.cell(row)),
    ]),
    empty,
  };
}

const itemsOf = (content: WorkshopContent, name: CollectionName): Row[] => content[name];

/** The report's table of a section (its `report` columns), optionally of some of its items only. */
export function reportTable(
  content: WorkshopContent,
  name: CollectionName,
  options: { rows?: readonly Row[]; empty?: string } = {},
  tr: Translator = ENGLISH,
): ReportTable {
  const { report } = sectionDef(name);
  const columns = report === 'groups' ? [{ field: 'label', weight: 1 }] : report;
  return table(
    content,
    name,
    columns,
    options.rows ?? itemsOf(content, name),
    options.empty ?? tr.t('export.noItems', { items: sectionInSentence(tr, name) }),
    tr,
  );
}

/** A spreadsheet sheet of a section: every column of its table, each a field, as typed. */
export function sheetTable(
  content: WorkshopContent,
  name: CollectionName,
  tr: Translator = ENGLISH,
): ReportTable {
  const { columns } = sectionDef(name);
  return table(
    content,
    name,
    columns.map((field) => ({ field, weight: 1.6 })),
    itemsOf(content, name),
    tr.t('export.noItems', { items: sectionInSentence(tr, name) }),
    tr,
  );
}
