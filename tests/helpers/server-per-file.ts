import { afterAll, beforeAll } from 'vitest';
import type { ServerConfig } from '../../server/config.js';
import type { RunningServer } from '../../server/start-server.js';
import { startTestServer } from './test-server.js';
import { connectClient, type TestClient } from './yjs-clients.js';

export interface ServerPerFile {
  /** The running server; only inside tests and hooks that run after the file's `beforeAll`. */
  readonly server: RunningServer;
  /** A y-websocket client on that server, destroyed after the file's tests. */
  connect(workshopId: string, token: string): TestClient;
}

/**
 * One real server for a test file, started before its tests and closed after them (the clients its
 * tests opened first). `config` may be async, for a scratch database created first.
 */
export function serverPerFile(
  config: () => Partial<ServerConfig> | Promise<Partial<ServerConfig>> = () => ({}),
): ServerPerFile {
  let running: RunningServer | undefined;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    running = await startTestServer(await config());
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await running?.close();
  });
  return {
    get server() {
      if (!running) throw new Error('the server starts in beforeAll: use it inside a test or hook');
      return running;
    },
    connect(workshopId, token) {
      const client = connectClient(this.server.url, workshopId, token);
      clients.push(client);
      return client;
    },
  };
}
