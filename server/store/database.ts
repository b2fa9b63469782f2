import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Logger } from 'pino';
import * as schema from './schema.js';

/** The one database type the repositories see, whichever driver is underneath. */
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
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens the store and applies pending migrations before anything can use it. */
export async function openDatabase(location: DatabaseLocation, logger: Logger): Promise<OpenDatabase> {
  if (location.kind === 'postgres') return openPostgres(location.url, logger);
  return openPglite(location.dataDir);
}

async function openPostgres(url: string, logger: Logger): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection emits here; unhandled, it would kill the process.
  pool.on('error', (error) => logger.error({ err: error }, 'postgres pool error'));
  const db = drizzleNodePg({ client: pool, schema });
  try {
    await migrateExclusively(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
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

async function openPglite(dataDir: string | undefined): Promise<OpenDatabase> {
  // Imported only when used: loading PGlite costs about 40 MiB of memory, wasted beside a PostgreSQL server.
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle({ client, schema });
  try {
    await migrate(db, { migrationsFolder });
  } catch (error) {
    await client.close();
    throw error;
  }
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}
