import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  writeFileSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/logger.js';
import { openDatabase, type OpenDatabase } from '../../../server/store/database.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, readFromStore, waitFor } from '../../helpers/yjs-clients.js';

const logger = createLogger('silent');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function scratchDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-embedded-'));
  scratch.push(dir);
  return path.join(dir, 'pglite');
}

async function rows<Row>(database: OpenDatabase, query: SQL): Promise<Row[]> {
  return ((await database.db.execute(query)) as unknown as { rows: Row[] }).rows;
}

const insertWorkshop = (title: string) =>
  sql`insert into workshops (id, title) values (${crypto.randomUUID()}, ${title})`;

/** A store with one workshop, made once (a fresh data directory costs an initdb) and copied per test. */
let template: string | undefined;
async function newStore(dataDir: string): Promise<void> {
  if (!template) {
    template = scratchDir();
    const database = await openDatabase({ kind: 'pglite', dataDir: template }, logger);
    try {
      await database.db.execute(insertWorkshop('Kept'));
    } finally {
      await database.close();
    }
  }
  cpSync(template, dataDir, { recursive: true });
}

const listing = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) =>
        `${path.join(entry.parentPath, entry.name)}:${statSync(path.join(entry.parentPath, entry.name)).size}`,
    )
    .sort();

// A fresh data directory runs initdb: seconds, more on a loaded machine.
describe('the embedded store', { timeout: 90_000 }, () => {
  it('syncs every commit to disk before answering it', async () => {
    const dataDir = scratchDir();
    await newStore(dataDir);
    const database = await openDatabase({ kind: 'pglite', dataDir }, logger);
    try {
      const settings = await rows<{ fsync: string; method: string }>(
        database,
        sql`select current_setting('fsync') as fsync, current_setting('wal_sync_method') as method`,
      );
      expect(settings[0]).toEqual({ fsync: 'on', method: 'fsync' });
      for (let i = 0; i < 5; i++) {
        const before = await database.embedded!.fileSyncs();
        await database.db.execute(insertWorkshop(`Commit ${i}`));
        // Each commit reached fs.fsyncSync on the WAL before its answer came back.
        expect(await database.embedded!.fileSyncs()).toBeGreaterThan(before);
      }
    } finally {
      await database.close();
    }
  });

  it('refuses a data directory that is not a database, naming it, and leaves it as it was', async () => {
    const dataDir = scratchDir();
    await newStore(dataDir);
    rmSync(path.join(dataDir, 'PG_VERSION'));
    const before = listing(dataDir);
    const opening = openDatabase({ kind: 'pglite', dataDir }, logger);
    await expect(opening).rejects.toThrow(dataDir);
    await expect(opening).rejects.toThrow(/damaged.*npm run restore/s);
    expect(listing(dataDir)).toEqual(before);
  });

  it('refuses a data directory whose control file is garbage', async () => {
    const dataDir = scratchDir();
    await newStore(dataDir);
    const control = path.join(dataDir, 'global/pg_control');
    const fd = openSync(control, 'r+');
    writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, 0);
    closeSync(fd);
    const opening = openDatabase({ kind: 'pglite', dataDir }, logger);
    await expect(opening).rejects.toThrow(new RegExp(`${dataDir}.*damaged.*PostgreSQL could not start`, 's'));
  });

  it('refuses a data directory with a page of garbage in a table', async () => {
    const dataDir = scratchDir();
    await newStore(dataDir);
    const database = await openDatabase({ kind: 'pglite', dataDir }, logger);
    const [relation] = await rows<{ file: string }>(
      database,
      sql`select pg_relation_filepath('workshops') as file`,
    );
    await database.close();
    const fd = openSync(path.join(dataDir, relation!.file), 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, 0);
    closeSync(fd);
    const opening = openDatabase({ kind: 'pglite', dataDir }, logger);
    await expect(opening).rejects.toThrow(
      new RegExp(`${dataDir}.*damaged.*reading table workshops.*invalid page`, 's'),
    );
  });

  it('stops the server at start with that message rather than serving no workshops', async () => {
    const dataDir = scratchDir();
    await newStore(dataDir);
    rmSync(path.join(dataDir, 'PG_VERSION'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, DATA_DIR: path.dirname(dataDir), PORT: '0', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain(`the embedded database at ${dataDir} is damaged`);
    expect(output).toContain('npm run restore');
  });

  it('lets one server at a time use a data directory, and takes over the lock of one that died', async () => {
    const dataDir = scratchDir();
    await newStore(dataDir);
    const database = await openDatabase({ kind: 'pglite', dataDir }, logger);
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir }, logger)).rejects.toThrow(
        'already open in this process',
      );
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, DATA_DIR: path.dirname(dataDir), PORT: '0', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      expect(await new Promise<number | null>((resolve) => child.once('exit', resolve))).toBe(1);
      expect(output).toContain(
        `another server (pid ${process.pid}) is using the embedded database at ${dataDir}`,
      );
    } finally {
      await database.close();
    }
    // A server killed with kill -9 leaves its lock behind, naming a process that no longer runs.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(`${dataDir}.lock`, `${gone.pid}\n`);
    const reopened = await openDatabase({ kind: 'pglite', dataDir }, logger);
    await reopened.close();
  });

  it('restarts a crashed database thread: /healthz says 503 meanwhile, and no edit is lost', async () => {
    const dataDir = scratchDir();
    await newStore(dataDir);
    const server = await startTestServer({ database: { kind: 'pglite', dataDir } });
    const health = async () => (await fetch(`${server.url}/healthz`)).status;
    try {
      const workshop = await createWorkshop(server.url, { title: 'Crash' });
      const author = connectClient(server.url, workshop.id, workshop.invites.participant);
      await author.synced;
      const items = author.doc.getArray<number>('items');
      let sent = 0;
      const typing = setInterval(() => items.push([++sent]), 5);
      await waitFor(() => sent > 50, 'edits flowing');

      await server.embedded!.crash();
      expect(await health()).toBe(503);
      await expect.poll(health, { timeout: 30_000, interval: 100 }).toBe(200);
      expect(server.embedded!.restarts).toBe(1);
      clearInterval(typing);

      const total = sent;
      author.destroy();
      const reader = await readFromStore(server, workshop);
      expect(reader.doc.getArray('items').length).toBe(total);
      reader.destroy();
    } finally {
      await server.close();
    }
  });

  it('reports an in-memory store whose thread crashed as unavailable, for good', async () => {
    const server = await startTestServer();
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      await server.embedded!.crash();
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
      expect(server.embedded!.restarts).toBe(0);
    } finally {
      await server.close();
    }
  });
});
