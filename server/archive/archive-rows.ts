import type { PgArray, PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { AmendmentTarget } from '../../shared/amendments.js';
import { CommentAnchor } from '../../shared/comments.js';
import type { ArchivedTable, StoredRow } from '../store/archive-repository.js';
import { ArchiveRefusal, type ArchivePartBytes } from './archive-format.js';

/**
 * A table's rows as one JSON part: an array of objects keyed like the store's columns, timestamps as
 * ISO 8601 text, binary columns (a version's Yjs state) as the name of a part of their own. Reading
 * checks every row against the same columns, so what reaches the store is what its schema says.
 */

export const partName = (table: ArchivedTable) => `${table.name}.json`;

/** The jsonb columns whose shape the workspace relies on when it reads them back. */
const JSON_SHAPES: Record<string, Record<string, z.ZodType>> = {
  comment_threads: { anchor: CommentAnchor },
  amendments: { target: AmendmentTarget },
};

const isBinary = (column: PgColumn) => column.getSQLType() === 'bytea';

/** Encodes the rows; each binary value becomes a part named after its table, row and column. */
export function encodeRows(
  table: ArchivedTable,
  rows: readonly StoredRow[],
): { part: ArchivePartBytes; binaries: ArchivePartBytes[] } {
  const binaries: ArchivePartBytes[] = [];
  const encoded = rows.map((row, index) =>
    Object.fromEntries(
      Object.keys(table.columns).map((key) => {
        const value = row[key];
        if (!(value instanceof Uint8Array)) return [key, value ?? null];
        const name = `${table.name}/${typeof row.id === 'string' ? row.id : index + 1}.${key}.bin`;
        binaries.push({ name, bytes: value });
        return [key, name];
      }),
    ),
  );
  return {
    part: { name: partName(table), bytes: new TextEncoder().encode(`${JSON.stringify(encoded)}\n`) },
    binaries,
  };
}

function columnSchema(
  table: ArchivedTable,
  key: string,
  column: PgColumn,
  parts: ReadonlyMap<string, Uint8Array>,
) {
  let schema: z.ZodType;
  const shaped = JSON_SHAPES[table.name]?.[key];
  if (isBinary(column)) {
    schema = z.string().transform((name, context) => {
      const bytes = parts.get(name);
      if (!bytes) {
        context.addIssue({ code: 'custom', message: `part ${name} is not in the archive` });
        return z.NEVER;
      }
      return bytes;
    });
  } else if (shaped) {
    schema = shaped;
  } else {
    switch (column.columnType) {
      case 'PgUUID':
        schema = z.guid();
        break;
      case 'PgText':
        schema = column.enumValues?.length ? z.enum(column.enumValues as [string, ...string[]]) : z.string();
        break;
      case 'PgTimestamp':
        schema = z.iso.datetime({ offset: true }).transform((text) => new Date(text));
        break;
      case 'PgDateString':
        schema = z.iso.date();
        break;
      case 'PgInteger':
        schema = z
          .number()
          .int()
          .min(-(2 ** 31))
          .max(2 ** 31 - 1);
        break;
      case 'PgBoolean':
        schema = z.boolean();
        break;
      case 'PgJsonb':
        schema = z.json();
        break;
      case 'PgArray':
        if ((column as PgArray<never, never>).baseColumn.columnType !== 'PgText')
          throw new Error(`archive: no codec for the array column ${table.name}.${column.name}`);
        schema = z.array(z.string());
        break;
      default:
        // A column type added to schema.ts without a codec here fails loudly, in the tests too.
        throw new Error(`archive: no codec for ${column.columnType} (${table.name}.${column.name})`);
    }
  }
  if (!column.notNull) schema = schema.nullable();
  // A column with a default (or none needed) may be missing from an archive of an older schema.
  return !column.notNull || column.hasDefault ? schema.optional() : schema;
}

/** The rows of one table's part, checked: 400 naming the part, the row and the column otherwise. */
export function decodeRows(
  table: ArchivedTable,
  bytes: Uint8Array | undefined,
  parts: ReadonlyMap<string, Uint8Array>,
): StoredRow[] {
  const name = partName(table);
  if (!bytes) throw new ArchiveRefusal('invalid', `part ${name}: missing from the archive`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ArchiveRefusal('invalid', `part ${name}: not JSON`);
  }
  const row = z
    .object(
      Object.fromEntries(
        Object.entries(table.columns).map(([key, column]) => [key, columnSchema(table, key, column, parts)]),
      ),
    )
    .strict();
  const parsed = z.array(row).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, ...field] = issue?.path ?? [];
    const where =
      typeof index === 'number' ? `row ${index + 1}${field.length ? `, ${field.join('.')}` : ''}: ` : '';
    throw new ArchiveRefusal('invalid', `part ${name}: ${where}${issue?.message ?? 'invalid'}`);
  }
  // Undefined entries (columns an older schema lacked) are dropped so the store applies its defaults.
  return parsed.data.map(
    (entry) =>
      Object.fromEntries(
        Object.entries(entry as StoredRow).filter(([, value]) => value !== undefined),
      ) as StoredRow,
  );
}
