import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH } from '../shared/api.js';

export interface NodeClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server completed. */
  synced: Promise<void>;
  destroy(): void;
}

/**
 * A stock y-websocket client in Node. `disableBc` matters: without it two providers in this process
 * would sync over BroadcastChannel, and a second client "seeing" the content would prove nothing
 * about the server. Node 20 has no global WebSocket, hence the polyfill.
 */
export function connectNodeClient(serverUrl: string, workshopId: string, token: string): NodeClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${serverUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`,
    workshopId,
    doc,
    {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 500,
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

export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
