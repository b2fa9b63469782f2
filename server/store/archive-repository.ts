import { asc, eq, getTableColumns, getTableName, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database.js';
import {
  activity,
  amendmentSupports,
  amendments,
  attendance,
  auditLog,
  ballots,
  commentMessages,
  commentThreads,
  decisions,
  documentSnapshots,
  documentUpdates,
  documentVersions,
  endorsementRequests,
  endorsements,
  invites,
  joinCodes,
  votes,
  workshops,
} from './schema.js';

/** A row as drizzle hands it out and takes it in: column keys (camelCase) to values. */
export type StoredRow = Record<string, unknown>;

type Scope =
  /** The workshops table itself: the row whose id is the workshop's. */
  | { kind: 'self' }
  /** Rows with a `workshopId` column; the archive leaves it out (it is the manifest's). */
  | { kind: 'workshop' }
  /** Rows of a parent row of the workshop (an endorsement's version): `column` holds the parent's id. */
  | { kind: 'child'; column: string; parent: string };

/** One table the archive carries, in the order an import inserts them (parents first). */
export interface ArchivedTable {
  /** The SQL table name, which is also its part's name: `<name>.json`. */
  name: string;
  table: PgTable;
  /** The columns written into the archive, by key: every column but those `omitted`. */
  columns: Record<string, PgColumn>;
  scope: Scope;
  /**
   * Columns not carried: the workshop id (the manifest's), serial ids (a global sequence on each
   * server: the rows are renumbered in order on import), and secrets.
   */
  omitted: readonly string[];
}

function archived(
  table: PgTable,
  scope: Scope,
  options: { secret?: readonly string[]; orderBy: readonly string[] },
): ArchivedTable & { orderBy: readonly string[] } {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const omitted = Object.entries(all)
    .filter(
      ([key, column]) =>
        (scope.kind === 'workshop' && key === 'workshopId') ||
        column.columnType === 'PgBigSerial53' ||
        options.secret?.includes(key),
    )
    .map(([key]) => key);
  const columns = Object.fromEntries(Object.entries(all).filter(([key]) => !omitted.includes(key)));
  return { name: getTableName(table), table, columns, scope, omitted, orderBy: options.orderBy };
}

/**
 * Everything of a workshop the archive holds, besides its document (one Yjs state, see `read`). A
 * table added to schema.ts must be listed here or in LEFT_OUT_TABLES (archive.test.ts checks).
 */
const TABLES = [
  archived(workshops, { kind: 'self' }, { orderBy: ['id'] }),
  // Who the invites were (names, roles, when used, revoked): the activity, the audit log and the
  // endorsements name people by invite id. Never their token hashes: an import revokes every one of
  // them and issues a new set.
  archived(invites, { kind: 'workshop' }, { secret: ['tokenHash'], orderBy: ['createdAt', 'id'] }),
  archived(documentVersions, { kind: 'workshop' }, { orderBy: ['number'] }),
  archived(
    endorsementRequests,
    { kind: 'child', column: 'versionId', parent: 'document_versions' },
    { orderBy: ['versionId'] },
  ),
  archived(
    endorsements,
    { kind: 'child', column: 'versionId', parent: 'document_versions' },
    { orderBy: ['createdAt', 'id'] },
  ),
  archived(
    decisions,
    { kind: 'child', column: 'versionId', parent: 'document_versions' },
    { orderBy: ['createdAt', 'id'] },
  ),
  archived(votes, { kind: 'workshop' }, { orderBy: ['openedAt', 'id'] }),
  archived(ballots, { kind: 'child', column: 'voteId', parent: 'votes' }, { orderBy: ['id'] }),
  archived(commentThreads, { kind: 'workshop' }, { orderBy: ['createdAt', 'id'] }),
  archived(
    commentMessages,
    { kind: 'child', column: 'threadId', parent: 'comment_threads' },
    { orderBy: ['createdAt', 'id'] },
  ),
  archived(attendance, { kind: 'workshop' }, { orderBy: ['firstSeenAt', 'name'] }),
  archived(activity, { kind: 'workshop' }, { orderBy: ['id'] }),
  archived(auditLog, { kind: 'workshop' }, { orderBy: ['seq'] }),
  archived(amendments, { kind: 'workshop' }, { orderBy: ['createdAt', 'id'] }),
  archived(
    amendmentSupports,
    { kind: 'child', column: 'amendmentId', parent: 'amendments' },
    { orderBy: ['createdAt', 'personKey'] },
  ),
];

export const ARCHIVED_TABLES: readonly ArchivedTable[] = TABLES;

/** Tables of schema.ts the archive does not carry as rows, and why. */
export const LEFT_OUT_TABLES: Readonly<Record<string, string>> = {
  [getTableName(documentSnapshots)]: 'folded with the update log into the archive’s one document state',
  [getTableName(documentUpdates)]: 'folded with the snapshot into the archive’s one document state',
  [getTableName(joinCodes)]:
    'a join code is a working secret (it holds its invite’s token) and unique on a server; make new ones',
};

/** Whose id an archived table's row belongs to, for the tables whose rows belong to a parent row. */
const PARENT_TABLES: Record<string, PgTable & { id: PgColumn; workshopId: PgColumn }> = {
  document_versions: documentVersions,
  votes,
  comment_threads: commentThreads,
  amendments,
};

function column(table: ArchivedTable, key: string): PgColumn {
  const found = (getTableColumns(table.table) as Record<string, PgColumn>)[key];
  if (!found) throw new Error(`${table.name} has no column ${key}`);
  return found;
}

/** PostgreSQL binds at most 65,535 parameters per statement. */
const MAX_PARAMETERS = 30_000;

export interface WorkshopDump {
  /** Rows per archived table (by name), in a stable order, serial ids and secrets left out. */
  rows: Map<string, StoredRow[]>;
  /** The document as stored: its snapshot, then its log rows. */
  document: Uint8Array[];
}

export interface ArchiveRepository {
  /** Every row of the workshop, and its document, from one consistent view; null when there is none. */
  read(workshopId: string): Promise<WorkshopDump | null>;
  exists(workshopId: string): Promise<boolean>;
  /**
   * Writes a whole workshop in one transaction: the rows (complete, `workshopId` added here), the
   * document as its snapshot, then `extra` (the new invites, the import's audit entry, in that
   * table order). Any failure leaves nothing behind.
   */
  insert(
    workshopId: string,
    rows: ReadonlyMap<string, StoredRow[]>,
    document: Uint8Array,
    extra: ReadonlyMap<string, StoredRow[]>,
  ): Promise<void>;
}

export function createArchiveRepository(db: Database): ArchiveRepository {
  return {
    async read(workshopId) {
      return db.transaction(
        async (tx) => {
          const [found] = await tx
            .select({ id: workshops.id })
            .from(workshops)
            .where(eq(workshops.id, workshopId));
          if (!found) return null;
          const rows = new Map<string, StoredRow[]>();
          for (const entry of TABLES) {
            let where: SQL;
            if (entry.scope.kind === 'self') where = eq(column(entry, 'id'), workshopId);
            else if (entry.scope.kind === 'workshop') where = eq(column(entry, 'workshopId'), workshopId);
            else {
              const parent = PARENT_TABLES[entry.scope.parent];
              if (!parent) throw new Error(`no parent table ${entry.scope.parent}`);
              where = inArray(
                column(entry, entry.scope.column),
                tx.select({ id: parent.id }).from(parent).where(eq(parent.workshopId, workshopId)),
              );
            }
            const selected = (await tx
              .select()
              .from(entry.table)
              .where(where)
              .orderBy(...entry.orderBy.map((key) => asc(column(entry, key))))) as StoredRow[];
            rows.set(
              entry.name,
              selected.map((row) =>
                Object.fromEntries(Object.entries(row).filter(([key]) => !entry.omitted.includes(key))),
              ),
            );
          }
          const [snapshot] = await tx
            .select({ state: documentSnapshots.state })
            .from(documentSnapshots)
            .where(eq(documentSnapshots.workshopId, workshopId));
          const log = await tx
            .select({ update: documentUpdates.update })
            .from(documentUpdates)
            .where(eq(documentUpdates.workshopId, workshopId))
            .orderBy(asc(documentUpdates.id));
          const document = [...(snapshot ? [snapshot.state] : []), ...log.map((row) => row.update)];
          return { rows, document };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
    },

    async exists(workshopId) {
      const [found] = await db
        .select({ id: workshops.id })
        .from(workshops)
        .where(eq(workshops.id, workshopId));
      return found !== undefined;
    },

    async insert(workshopId, rows, document, extra) {
      return db.transaction(async (tx) => {
        const write = async (entry: ArchivedTable, list: readonly StoredRow[] | undefined) => {
          if (!list || list.length === 0) return;
          const complete =
            entry.scope.kind === 'workshop' ? list.map((row) => ({ ...row, workshopId })) : list;
          const perStatement = Math.max(
            1,
            Math.floor(MAX_PARAMETERS / (Object.keys(entry.columns).length + 1)),
          );
          for (let start = 0; start < complete.length; start += perStatement) {
            // The rows were checked against these same columns (archive-rows.ts) before they got here.
            const chunk = complete.slice(start, start + perStatement) as PgInsertValue<PgTable>[];
            await tx.insert(entry.table).values(chunk);
          }
        };
        for (const entry of TABLES) {
          await write(entry, rows.get(entry.name));
          if (entry.scope.kind === 'self')
            await tx.insert(documentSnapshots).values({ workshopId, state: document });
        }
        for (const entry of TABLES) await write(entry, extra.get(entry.name));
      });
    },
  };
}
