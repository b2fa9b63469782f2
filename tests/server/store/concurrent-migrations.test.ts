import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/logger.js';
import { openDatabase, type OpenDatabase } from '../../../server/store/database.js';
import { createScratchDatabase, postgresAvailable } from '../../helpers/services.js';

const hasPostgres = await postgresAvailable();
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.runIf(hasPostgres)('instances starting together on a fresh PostgreSQL', () => {
  it('migrate it once between them, and all of them start', async () => {
    const scratch = await createScratchDatabase();
    cleanups.push(() => scratch.drop());
    const opened = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        openDatabase({ kind: 'postgres', url: scratch.url }, createLogger('silent')),
      ),
    );
    const databases = opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    cleanups.push(async () => {
      await Promise.all(databases.map((database: OpenDatabase) => database.close()));
    });
    expect(opened.filter((result) => result.status === 'rejected')).toEqual([]);
    for (const database of databases) await database.ping();
  });
});
