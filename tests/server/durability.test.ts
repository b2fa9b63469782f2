import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { openDatabase, type DatabaseLocation } from '../../server/store/database.js';
import { createDocumentRepository } from '../../server/store/document-repository.js';
import { freePort, spawnServer, type ServerProcess } from '../helpers/server-process.js';
import { createScratchDatabase, postgresAvailable } from '../helpers/services.js';
import { createWorkshop } from '../helpers/test-server.js';
import { connectClient, waitFor, type TestClient } from '../helpers/yjs-clients.js';

/**
 * The server is a child process killed mid-edit. An edit counts as received by the server once
 * another client got it back from the server; everything received more than 100 ms before the kill
 * must be in the store, even if its author never returns. Authors that do return re-send the rest.
 */
const DURABLE_WITHIN_MS = 100;

const hasPostgres = await postgresAvailable();
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const items = (client: TestClient) => client.doc.getArray<string>('edits').toArray();

interface Store {
  env: Record<string, string>;
  /** Where the server process keeps its data, for opening it directly once the process is gone. */
  location: DatabaseLocation;
}

async function scratchStore(kind: 'pglite' | 'postgres'): Promise<Store> {
  if (kind === 'postgres') {
    const scratch = await createScratchDatabase();
    cleanups.push(() => scratch.drop());
    return { env: { DATABASE_URL: scratch.url }, location: { kind, url: scratch.url } };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'workshop-durability-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return { env: { DATA_DIR: dataDir }, location: { kind, dataDir: path.join(dataDir, 'pglite') } };
}

describe.each([
  ['PGlite', 'pglite', true],
  ['PostgreSQL', 'postgres', hasPostgres],
] as const)('durability on %s', (_name, kind, available) => {
  it.runIf(available)(
    'loses nothing on kill -9 during edits: received edits are stored, returning clients re-send',
    async () => {
      const env = { PORT: String(await freePort()), ...(await scratchStore(kind)).env };
      let server: ServerProcess = await spawnServer(env);
      cleanups.push(() => void server.child.kill('SIGKILL'));
      const workshop = await createWorkshop(server.url);

      const author = connectClient(server.url, workshop.id, workshop.invites.participant);
      const witness = connectClient(server.url, workshop.id, workshop.invites.viewer);
      cleanups.push(() => author.destroy());
      await Promise.all([author.synced, witness.synced]);
      const receivedAt = new Map<string, number>();
      witness.doc.getArray<string>('edits').observe((event) => {
        for (const item of event.changes.added)
          for (const value of item.content.getContent()) receivedAt.set(String(value), Date.now());
      });

      let sent = 0;
      const typing = setInterval(() => author.doc.getArray<string>('edits').push([`edit ${++sent}`]), 3);
      await waitFor(() => receivedAt.size >= 300, '300 edits through the server');
      server.child.kill('SIGKILL');
      const killedAt = Date.now();
      await server.exited;
      // The author keeps typing while the server is down.
      await new Promise((resolve) => setTimeout(resolve, 150));
      clearInterval(typing);
      witness.destroy();
      const durable = [...receivedAt]
        .filter(([, at]) => at <= killedAt - DURABLE_WITHIN_MS)
        .map(([value]) => value);
      expect(durable.length).toBeGreaterThan(100);

      // Keep the author offline: a fresh reader must find every received edit in the store alone.
      author.provider.disconnect();
      server = await spawnServer(env);
      const reader = connectClient(server.url, workshop.id, workshop.invites.viewer);
      await reader.synced;
      const stored = new Set(items(reader));
      expect(durable.filter((value) => !stored.has(value))).toEqual([]);

      // The author comes back and re-sends whatever the server missed, including offline edits.
      author.provider.connect();
      await waitFor(() => items(reader).length === sent, 'every edit after the author reconnected', 15_000);
      expect(new Set(items(reader))).toEqual(new Set(items(author)));
      reader.destroy();
      author.destroy();
      server.child.kill('SIGKILL');
      await server.exited;
    },
  );

  // Three starts on the store, the first on a new one (for PGlite an initdb, synced to disk).
  it.runIf(available)(
    'flushes and compacts everything, then exits 0, on SIGTERM',
    { timeout: 60_000 },
    async () => {
      const store = await scratchStore(kind);
      const env = { PORT: String(await freePort()), ...store.env };
      let server = await spawnServer(env);
      cleanups.push(() => void server.child.kill('SIGKILL'));
      const workshop = await createWorkshop(server.url);
      const author = connectClient(server.url, workshop.id, workshop.invites.participant);
      await author.synced;
      const witness = connectClient(server.url, workshop.id, workshop.invites.viewer);
      await witness.synced;
      for (let i = 1; i <= 200; i++) author.doc.getArray<string>('edits').push([`edit ${i}`]);
      await waitFor(() => items(witness).length === 200, 'witness has every edit');
      witness.destroy();
      // The author must not re-send: what the restarted server has, it kept itself.
      author.provider.shouldConnect = false;
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      author.destroy();

      const database = await openDatabase(store.location, createLogger('silent'));
      const documents = createDocumentRepository(database.db);
      expect(await documents.countLogRows(workshop.id)).toBe(0);
      expect(await documents.loadUpdates(workshop.id)).toHaveLength(1);
      await database.close();

      server = await spawnServer(env);
      const reader = connectClient(server.url, workshop.id, workshop.invites.viewer);
      await reader.synced;
      expect(items(reader)).toHaveLength(200);
      reader.destroy();
      server.child.kill('SIGKILL');
      await server.exited;
    },
  );
});
