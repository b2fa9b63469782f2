import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Logger } from 'pino';
import {
  EmbeddedDatabaseUnavailable,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './embedded-database.js';
import * as schema from './schema.js';

/** The one database type the repositories see, whichever store is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseLocation =
  | { kind: 'postgres'; url: string }
  /** `dataDir` undefined keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir?: string };

export interface OpenDatabase {
  db: Database;
  kind: DatabaseLocation['kind'];
  /** Cheap round trip for health checks. */
  ping(): Promise<void>;
  /**
   * The whole embedded store as one gzipped tarball, taken while the server runs (`npm run backup`);
   * undefined on PostgreSQL, whose own tools (pg_dump, base backups) do this.
   */
  backup: (() => Promise<Uint8Array>) | undefined;
  /** The embedded store's thread (undefined on PostgreSQL): its state, and its restart path for tests. */
  embedded: EmbeddedDatabase | undefined;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Connections per instance to a PostgreSQL server. */
const POSTGRES_POOL_SIZE = 10;

/**
 * Opens the store and applies pending migrations before anything can use it. Both stores are reached
 * the same way, through `pg`: PostgreSQL over its own socket, PGlite on its thread over a unix socket.
 */
export async function openDatabase(location: DatabaseLocation, logger: Logger): Promise<OpenDatabase> {
  if (location.kind === 'postgres') {
    return openPool(new pg.Pool({ connectionString: location.url, max: POSTGRES_POOL_SIZE }), logger, {
      kind: 'postgres',
      embedded: undefined,
    });
  }
  const embedded = await startEmbeddedDatabase(location.dataDir, logger);
  // PGlite is a single PostgreSQL session: one connection, kept open (each new one costs a startup).
  const pool = new pg.Pool({ ...embedded.connection, max: 1, idleTimeoutMillis: 0 });
  try {
    return await openPool(pool, logger, { kind: 'pglite', embedded });
  } catch (error) {
    await embedded.close();
    throw error;
  }
}

async function openPool(
  pool: pg.Pool,
  logger: Logger,
  store: Pick<OpenDatabase, 'kind' | 'embedded'>,
): Promise<OpenDatabase> {
  // An idle client losing its connection emits here; unhandled, it would kill the process.
  pool.on('error', (error) => logger.error({ err: error, store: store.kind }, 'database pool error'));
  const db = drizzleNodePg({ client: pool, schema });
  try {
    await migrateExclusively(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const embedded = store.embedded;
  return {
    db,
    ...store,
    ping: async () => {
      const down = embedded?.unavailable();
      if (down) throw new EmbeddedDatabaseUnavailable(down);
      await db.execute(sql`select 1`);
    },
    backup: embedded && (() => backupEmbedded(pool, embedded)),
    close: async () => {
      await pool.end();
      await embedded?.close();
    },
  };
}

/**
 * Holding the pool's only connection, nothing else runs on the store: a CHECKPOINT writes every change
 * into the data files, and the files copied next are those of one moment, restorable as they are.
 */
async function backupEmbedded(pool: pg.Pool, embedded: EmbeddedDatabase): Promise<Uint8Array> {
  const down = embedded.unavailable();
  if (down) throw new EmbeddedDatabaseUnavailable(down);
  const connection = await pool.connect();
  try {
    await connection.query('checkpoint');
    return await embedded.dumpDataDir();
  } finally {
    connection.release();
  }
}

/** Any fixed key: it only has to be the same for every instance migrating this database. */
const MIGRATION_LOCK_KEY = 'workshop-store:migrations';

/**
 * Instances started together on a fresh database would otherwise both see no migration applied and
 * both run the first one: the loser fails on "relation already exists" and exits. A session-level
 * advisory lock on the connection that migrates makes them take turns; the second finds nothing to do.
 */
async function migrateExclusively(pool: pg.Pool): Promise<void> {
  const connection = await pool.connect();
  try {
    await connection.query('select pg_advisory_lock(hashtextextended($1, 0))', [MIGRATION_LOCK_KEY]);
    try {
      await migrateNodePg(drizzleNodePg({ client: connection }), { migrationsFolder });
    } finally {
      await connection.query('select pg_advisory_unlock(hashtextextended($1, 0))', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    connection.release();
  }
}
