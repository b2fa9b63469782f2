import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createScratchDatabase, postgresAvailable, TEST_DATABASE_URL } from '../helpers/services.js';
import { createWorkshop, startTestServer } from '../helpers/test-server.js';
import { connectClient, readFromStore, waitFor } from '../helpers/yjs-clients.js';

const hasPostgres = await postgresAvailable();

async function asAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

describe.runIf(hasPostgres)('a PostgreSQL outage mid-session', () => {
  it('reports itself unhealthy while the store is unreachable, retries, and loses no edit', async () => {
    const scratch = await createScratchDatabase();
    const name = new URL(scratch.url).pathname.slice(1);
    const server = await startTestServer({ database: { kind: 'postgres', url: scratch.url } });
    const health = async () => (await fetch(`${server.url}/healthz`)).status;
    try {
      const workshop = await createWorkshop(server.url, { title: 'Outage' });
      const author = connectClient(server.url, workshop.id, workshop.invites.participant);
      await author.synced;
      const items = author.doc.getArray<number>('items');
      let sent = 0;
      const typing = setInterval(() => items.push([++sent]), 5);
      await waitFor(() => sent > 50, 'edits flowing');

      // Cut the server off: no new connections, and its open ones killed.
      await asAdmin(`alter database "${name}" allow_connections false`);
      await asAdmin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
      let status = await health();
      for (let i = 0; i < 50 && status === 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = await health();
      }
      expect(status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, 300));

      await asAdmin(`alter database "${name}" allow_connections true`);
      clearInterval(typing);
      let healthy = await health();
      for (let i = 0; i < 100 && healthy !== 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        healthy = await health();
      }
      expect(healthy).toBe(200);

      // Everything the author sent reaches the store: the author leaves, the room unloads, and a fresh
      // reader loads it from PostgreSQL alone.
      const total = sent;
      const witness = connectClient(server.url, workshop.id, workshop.invites.viewer);
      await waitFor(() => witness.doc.getArray('items').length === total, 'server has every edit', 15_000);
      witness.destroy();
      author.destroy();
      const reader = await readFromStore(server, workshop);
      expect(reader.doc.getArray('items').length).toBe(total);
      reader.destroy();
    } finally {
      await asAdmin(`alter database "${name}" allow_connections true`).catch(() => undefined);
      await server.close();
      await scratch.drop();
    }
  }, 60_000);
});
