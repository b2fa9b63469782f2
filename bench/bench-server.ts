import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { CreateWorkshopResponse } from '../shared/api.js';
import type { ServerConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { startServer, type RunningServer } from '../server/start-server.js';

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
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    database: { kind: 'pglite' },
    adminToken: undefined,
    logLevel: 'error',
    maxMessageBytes: 8 * 1024 * 1024,
    compactAfterUpdates: 500,
    heartbeatMs: 30_000,
    clientDir,
  };
  return startServer(config, createLogger(process.env.BENCH_LOG_LEVEL ?? config.logLevel));
}

export async function createWorkshop(baseUrl: string, title: string): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${baseUrl}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, country: 'Benchland', startsOn: '2026-03-02', endsOn: '2026-03-04' }),
  });
  if (response.status !== 201)
    throw new Error(`creating workshop: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateWorkshopResponse;
}

/** Resolves once the server holds no live copy of the workshop, so the next opener loads it from the store. */
export async function waitForRoomUnloaded(
  server: RunningServer,
  workshopId: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (server.registry.loadedRoomIds.includes(workshopId)) {
    if (Date.now() > deadline) throw new Error(`room ${workshopId} was still loaded after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
