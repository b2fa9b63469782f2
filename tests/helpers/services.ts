import pg from 'pg';
import { Redis } from 'ioredis';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether the machine's PostgreSQL answers. In CI a missing service fails the run; elsewhere the
 * tests that need it are skipped with a notice naming the variable, and everything else still runs.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    const message = `PostgreSQL is not reachable at TEST_DATABASE_URL=${TEST_DATABASE_URL} (${String(error)})`;
    if (process.env.CI) throw new Error(`${message}; CI requires it`);
    console.warn(`NOTICE: skipping PostgreSQL tests: ${message}. Set TEST_DATABASE_URL to run them.`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A database of its own for one test file, dropped afterwards, so runs never see each other's rows. */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `workshop_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether the machine's Redis answers; same rules as postgresAvailable(). */
export async function redisAvailable(): Promise<boolean> {
  const client = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    const message = `Redis is not reachable at TEST_REDIS_URL=${TEST_REDIS_URL} (${String(error)})`;
    if (process.env.CI) throw new Error(`${message}; CI requires it`);
    console.warn(`NOTICE: skipping Redis tests: ${message}. Set TEST_REDIS_URL to run them.`);
    return false;
  } finally {
    client.disconnect();
  }
}
