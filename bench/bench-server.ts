import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { RunningServer } from '../server/start-server.js';
import { startTestServer } from '../tests/helpers/test-server.js';
import { waitFor } from '../tests/helpers/yjs-clients.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BuiltClient {
  dir: string;
  remove(): Promise<void>;
}

/**
 * Builds the browser client from the current sources into a private directory. Not dist/client: a
 * test run started meanwhile may rebuild that one (emptying it) under the benchmark's feet, and a
 * stale dist would measure yesterday's client.
 */
export async function buildClient(): Promise<BuiltClient> {
  const dir = await mkdtemp(path.join(tmpdir(), 'workshop-bench-client-'));
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The production server (same code path as `npm start`) on a free loopback port and an in-memory
 * PGlite, with the production defaults for message size and compaction.
 */
export function startBenchServer(clientDir: string): Promise<RunningServer> {
  return startTestServer({ clientDir, logLevel: 'error', maxMessageBytes: 8 * 1024 * 1024 });
}

/** Resolves once the server holds no live copy of the workshop, so the next opener loads it from the store. */
export function waitForRoomUnloaded(server: RunningServer, workshopId: string): Promise<void> {
  return waitFor(
    () => !server.registry.loadedRoomIds.includes(workshopId),
    `room ${workshopId} to unload`,
    30_000,
  );
}
