import { fileURLToPath } from 'node:url';
import type { CreateWorkshopRequest, CreateWorkshopResponse } from '../../shared/api.js';
import type { ServerConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { startServer, type RunningServer } from '../../server/start-server.js';

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));

/** A real server on a free loopback port, on an in-memory PGlite unless told otherwise. */
export function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    database: { kind: 'pglite' },
    redisUrl: undefined,
    adminToken: undefined,
    logLevel: 'silent',
    maxMessageBytes: 1024 * 1024,
    compactAfterUpdates: 500,
    heartbeatMs: 30_000,
    maxConnectionsPerIp: 256,
    maxMessagesPerSecond: 300,
    maxBufferedBytes: 16 * 1024 * 1024,
    autoVersionMs: 10 * 60_000,
    publicUrl: undefined,
    clientDir: CLIENT_DIR,
    venue: undefined,
    ...overrides,
  };
  return startServer(config, createLogger(process.env.TEST_LOG_LEVEL ?? config.logLevel));
}

export async function createWorkshop(
  baseUrl: string,
  body: CreateWorkshopRequest = { title: 'Results workshop' },
  headers: Record<string, string> = {},
): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${baseUrl}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (response.status !== 201)
    throw new Error(`creating workshop: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateWorkshopResponse;
}

/** Two instances sharing a scratch PostgreSQL database and Redis, as a scaled-out deployment runs. */
export async function startSharedInstances(): Promise<{
  first: RunningServer;
  second: RunningServer;
  close(): Promise<void>;
}> {
  const { createScratchDatabase, TEST_REDIS_URL } = await import('./services.js');
  const scratch = await createScratchDatabase();
  const shared = { database: { kind: 'postgres' as const, url: scratch.url }, redisUrl: TEST_REDIS_URL };
  const first = await startTestServer(shared);
  const second = await startTestServer(shared);
  return {
    first,
    second,
    async close() {
      await first.close();
      await second.close();
      await scratch.drop();
    },
  };
}
