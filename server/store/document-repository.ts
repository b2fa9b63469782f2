import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from './database.js';
import { foldInProcess, type UpdateFolder } from './fold-updates.js';
import { documentSnapshots, documentUpdates } from './schema.js';

/**
 * Durable Yjs state per workshop: a snapshot row plus an append-only log of updates.
 * Every entry is a committed row before `appendUpdates` resolves; `compact` folds the log into the
 * snapshot. Yjs updates commute and are idempotent, so rows appended by any writer, in any order,
 * always rebuild the same document.
 */
export interface DocumentRepository {
  /** Snapshot first, then remaining log rows; apply them all to an empty Y.Doc. */
  loadUpdates(workshopId: string): Promise<Uint8Array[]>;
  /**
   * One row per entry, any workshops, in a single statement: all of them commit or none does. At most
   * MAX_APPENDED_ROWS entries (PostgreSQL binds at most 65,535 parameters per statement).
   */
  appendUpdates(entries: readonly UpdateLogEntry[]): Promise<void>;
  compact(workshopId: string): Promise<CompactionResult>;
  countLogRows(workshopId: string): Promise<number>;
}

export interface UpdateLogEntry {
  workshopId: string;
  update: Uint8Array;
}

export const MAX_APPENDED_ROWS = 10_000;

export interface CompactionResult {
  foldedRows: number;
}

/** `fold` does the Yjs work of a compaction: the server gives it a thread of its own (startFoldThread). */
export function createDocumentRepository(
  db: Database,
  fold: UpdateFolder = foldInProcess,
): DocumentRepository {
  /**
   * The hot statement: every edit ends here. Prepared once per connection and fed two arrays, so any
   * batch size is one named statement that neither drizzle nor PostgreSQL parses and plans again
   * (building the INSERT per call cost as much server CPU as relaying the edit to 50 sockets).
   * unnest keeps the arrays' order, so rows get ids in the order given.
   */
  const append = db
    .insert(documentUpdates)
    .select(
      // Drizzle names every column in an INSERT … SELECT, so the defaults are spelled out.
      sql`select nextval(pg_get_serial_sequence('document_updates', 'id')), w, u, now()
          from unnest(${sql.placeholder('workshopIds')}::uuid[], ${sql.placeholder('updates')}::bytea[]) as t(w, u)`,
    )
    .prepare('append_document_updates');

  return {
    async loadUpdates(workshopId) {
      // One consistent view: a compaction committing between the two reads could otherwise move
      // rows into a snapshot this load has already read.
      return db.transaction(
        async (tx) => {
          const [snapshot] = await tx
            .select({ state: documentSnapshots.state })
            .from(documentSnapshots)
            .where(eq(documentSnapshots.workshopId, workshopId));
          const rows = await tx
            .select({ update: documentUpdates.update })
            .from(documentUpdates)
            .where(eq(documentUpdates.workshopId, workshopId))
            .orderBy(asc(documentUpdates.id));
          const updates = rows.map((row) => row.update);
          return snapshot ? [snapshot.state, ...updates] : updates;
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
    },

    async appendUpdates(entries) {
      if (entries.length > MAX_APPENDED_ROWS)
        throw new RangeError(`${entries.length} rows in one append; at most ${MAX_APPENDED_ROWS}`);
      if (entries.length === 0) return;
      await append.execute({
        workshopIds: entries.map((entry) => entry.workshopId),
        // As Buffers: pg writes a Buffer in an array as bytea hex, other typed arrays it does not know.
        updates: entries.map(({ update }) =>
          Buffer.from(update.buffer, update.byteOffset, update.byteLength),
        ),
      });
    },

    async compact(workshopId) {
      let foldedRows = 0;
      for (;;) {
        const folded = await compactBatch(db, fold, workshopId);
        foldedRows += folded;
        if (folded < COMPACTION_BATCH_ROWS) return { foldedRows };
      }
    },

    async countLogRows(workshopId) {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(documentUpdates)
        .where(eq(documentUpdates.workshopId, workshopId));
      return row?.count ?? 0;
    },
  };
}

/** Bounds one compaction transaction (and its id list, which PostgreSQL caps at 65,535 parameters). */
const COMPACTION_BATCH_ROWS = 10_000;

/**
 * Folds up to a batch of log rows into the snapshot. The reads and the Yjs merge (the slow part) run
 * outside any transaction, so appends are not held up; the short transaction that writes the result
 * first checks, under the workshop's lock, that no other compaction changed the snapshot meanwhile
 * (if one did, this one gives up and the rows wait for the next).
 */
/** The snapshot's write time at full (microsecond) precision, which a JS Date would round. */
const snapshotStamp = sql<string>`${documentSnapshots.updatedAt}::text`;

async function compactBatch(db: Database, fold: UpdateFolder, workshopId: string): Promise<number> {
  const [snapshot] = await db
    .select({ state: documentSnapshots.state, stamp: snapshotStamp })
    .from(documentSnapshots)
    .where(eq(documentSnapshots.workshopId, workshopId));
  const rows = await db
    .select({ id: documentUpdates.id, update: documentUpdates.update })
    .from(documentUpdates)
    .where(eq(documentUpdates.workshopId, workshopId))
    .orderBy(asc(documentUpdates.id))
    .limit(COMPACTION_BATCH_ROWS);
  if (rows.length === 0) return 0;

  const logged = rows.map((row) => row.update);
  const state = await fold(snapshot ? [snapshot.state, ...logged] : logged);

  return db.transaction(async (tx) => {
    // Single writer per workshop across every server instance sharing this database.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${workshopId}, 0))`);
    const [current] = await tx
      .select({ stamp: snapshotStamp })
      .from(documentSnapshots)
      .where(eq(documentSnapshots.workshopId, workshopId));
    if (current?.stamp !== snapshot?.stamp) return 0;
    await tx
      .insert(documentSnapshots)
      .values({ workshopId, state })
      .onConflictDoUpdate({
        target: documentSnapshots.workshopId,
        set: { state, updatedAt: sql`clock_timestamp()` },
      });
    // Delete exactly the rows folded in: rows committed meanwhile stay in the log. One array
    // parameter rather than one per row, hundreds of which would be built and bound on the event loop.
    await tx
      .delete(documentUpdates)
      .where(sql`${documentUpdates.id} = any(${sql.param(rows.map((row) => row.id))})`);
    return rows.length;
  });
}
