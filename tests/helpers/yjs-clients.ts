import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH } from '../../shared/api.js';

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server completed. */
  synced: Promise<void>;
  destroy(): void;
}

/**
 * A stock y-websocket provider, exactly as an integrator would use it. `disableBc` matters: without it,
 * providers in one process sync over BroadcastChannel and a broken server would go unnoticed.
 */
export function connectClient(
  serverUrl: string,
  workshopId: string,
  token: string,
  doc = new Y.Doc(),
): TestClient {
  const provider = new WebsocketProvider(
    `${serverUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`,
    workshopId,
    doc,
    {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 200,
    },
  );
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function text(client: TestClient, name = 'text'): string {
  return client.doc.getText(name).toString();
}

/** The client, keeping the close code of every connection the server closed (4401 for a revoked invite…). */
export function recordingCloses(client: TestClient): TestClient & { closes: number[] } {
  const closes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  return Object.assign(client, { closes });
}

/**
 * A reader of what the store holds of a workshop alone: once the room has flushed and unloaded (every
 * socket on it gone), a fresh client loads it from the store. Synced; the caller destroys it.
 */
export async function readFromStore(
  server: { url: string; registry: { readonly loadedRoomIds: readonly string[] } },
  workshop: { id: string; invites: { viewer: string } },
): Promise<TestClient> {
  await waitFor(
    () => !server.registry.loadedRoomIds.includes(workshop.id),
    'room flushed and unloaded',
    20_000,
  );
  const reader = connectClient(server.url, workshop.id, workshop.invites.viewer);
  await reader.synced;
  return reader;
}
