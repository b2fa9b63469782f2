import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer, type ServerProcess } from '../helpers/server-process.js';
import type { ApiError } from '../../shared/api.js';
import { createScratchDatabase, postgresAvailable } from '../helpers/services.js';
import { createWorkshop, startTestServer } from '../helpers/test-server.js';
import { connectClient, waitFor } from '../helpers/yjs-clients.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_TOKEN = 'backup-test-admin-token';
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-backup-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `npm run <script> -- <file>`, as an operator runs it (tsx, the server's environment). */
async function runScript(
  script: 'backup' | 'restore',
  file: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, file], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

describe('npm run backup and npm run restore', { timeout: 120_000 }, () => {
  it('backs up the running embedded store and restores it whole into an empty DATA_DIR', async () => {
    const original = { PORT: String(await freePort()), DATA_DIR: scratch(), ADMIN_TOKEN };
    let server: ServerProcess = await spawnServer(original);
    cleanups.push(() => void server.child.kill('SIGKILL'));
    const workshop = await createWorkshop(
      server.url,
      { title: 'Venue workshop' },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    const author = connectClient(server.url, workshop.id, workshop.invites.facilitator);
    await author.synced;
    const edits = author.doc.getArray<string>('edits');
    for (let i = 1; i <= 200; i++) edits.push([`edit ${i}`]);
    const witness = connectClient(server.url, workshop.id, workshop.invites.viewer);
    await waitFor(() => witness.doc.getArray('edits').length === 200, 'every edit on the server');
    witness.destroy();
    const saved = await fetch(`${server.url}/api/workshops/${workshop.id}/versions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${workshop.invites.facilitator}`,
      },
      body: JSON.stringify({ name: 'Before the break' }),
    });
    expect(saved.status).toBe(201);

    // Without the admin token the backup is refused.
    const refused = await fetch(`${server.url}/api/admin/backup`, { method: 'POST' });
    expect(refused.status).toBe(401);

    // Online: the author keeps typing while the backup is taken.
    const backupFile = path.join(scratch(), 'workshops.tar.gz');
    let typed = 200;
    const typing = setInterval(() => edits.push([`edit ${++typed}`]), 10);
    const backup = await runScript('backup', backupFile, original);
    clearInterval(typing);
    expect(backup.output).toContain('backed up the embedded store');
    expect(backup.code).toBe(0);
    expect(existsSync(backupFile)).toBe(true);
    author.destroy();
    server.child.kill('SIGKILL');
    await server.exited;

    // Restore into a new DATA_DIR; a non-empty one is refused.
    const restored = { PORT: String(await freePort()), DATA_DIR: scratch(), ADMIN_TOKEN };
    const refusedRestore = await runScript('restore', backupFile, original);
    expect(refusedRestore.code).toBe(1);
    expect(refusedRestore.output).toContain('is not empty');
    const restore = await runScript('restore', backupFile, restored);
    expect(restore.output).toContain('restored 1 workshops');
    expect(restore.code).toBe(0);

    server = await spawnServer(restored);
    const reader = connectClient(server.url, workshop.id, workshop.invites.viewer);
    await reader.synced;
    const stored = reader.doc.getArray<string>('edits').toArray();
    for (let i = 1; i <= 200; i++) expect(stored).toContain(`edit ${i}`);
    reader.destroy();
    const versions = await fetch(`${server.url}/api/workshops/${workshop.id}/versions`, {
      headers: { authorization: `Bearer ${workshop.invites.viewer}` },
    });
    expect(versions.status).toBe(200);
    expect(JSON.stringify(await versions.json())).toContain('Before the break');
    server.child.kill('SIGKILL');
    await server.exited;
  });

  it('refuses a file that is not a backup, and leaves DATA_DIR empty', async () => {
    const file = path.join(scratch(), 'not-a-backup.tar.gz');
    writeFileSync(file, 'this is not a tarball');
    const dataDir = scratch();
    const restore = await runScript('restore', file, { DATA_DIR: dataDir });
    expect(restore.code).toBe(1);
    expect(restore.output).toContain('could not be restored');
    expect(existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(false);
  });

  it('answers the backup route with a tarball, 409 on PostgreSQL, 503 while the thread is down', async () => {
    const embedded = await startTestServer();
    try {
      const response = await fetch(`${embedded.url}/api/admin/backup`, { method: 'POST' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/gzip');
      const bytes = new Uint8Array(await response.arrayBuffer());
      // gzip's magic number
      expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
      await embedded.embedded!.crash();
      const down = await fetch(`${embedded.url}/api/admin/backup`, { method: 'POST' });
      expect(down.status).toBe(503);
      expect(((await down.json()) as ApiError).error.code).toBe('unavailable');
    } finally {
      await embedded.close();
    }
    if (!(await postgresAvailable())) return;
    const scratchDatabase = await createScratchDatabase();
    const onPostgres = await startTestServer({ database: { kind: 'postgres', url: scratchDatabase.url } });
    try {
      const response = await fetch(`${onPostgres.url}/api/admin/backup`, { method: 'POST' });
      expect(response.status).toBe(409);
      expect(((await response.json()) as ApiError).error.message).toContain('pg_dump');
    } finally {
      await onPostgres.close();
      await scratchDatabase.drop();
    }
  });

  it('says where to look when the store is PostgreSQL', async () => {
    const restore = await runScript('restore', 'whatever.tar.gz', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
    });
    expect(restore.code).toBe(2);
    expect(restore.output).toContain('restore PostgreSQL with its own tools');
  });
});
