import type { ClientRequestArgs } from 'node:http';
import { connect, type NetConnectOpts, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import { CloseCode } from '../../../shared/close-codes.js';
import { encodeAwareness } from '../../../shared/collab-protocol.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor } from '../../helpers/yjs-clients.js';

const MAX_BUFFERED_BYTES = 256 * 1024;
const STATE_BYTES = 400 * 1024;

let server: RunningServer;
let workshop: CreateWorkshopResponse;

beforeAll(async () => {
  server = await startTestServer({ maxBufferedBytes: MAX_BUFFERED_BYTES, maxMessageBytes: 1024 * 1024 });
  workshop = await createWorkshop(server.url, { title: 'Slow reader' });
});
afterAll(async () => {
  await server.close();
});

const url = () =>
  `${server.url.replace('http', 'ws')}/collab/${workshop.id}?token=${workshop.invites.participant}`;

/** A websocket whose TCP socket the test holds, so it can stop reading like a frozen laptop would. */
function openHoldingTcp(): Promise<{ socket: WebSocket; tcp: Socket }> {
  return new Promise((resolve, reject) => {
    let tcp: Socket | undefined;
    const socket = new WebSocket(url(), {
      createConnection: (options: ClientRequestArgs) => {
        tcp = connect(options as NetConnectOpts);
        return tcp;
      },
    });
    socket.once('message', () => resolve({ socket, tcp: tcp! }));
    socket.once('error', reject);
  });
}

const connectionsInRoom = async () => (await server.registry.peek(workshop.id))?.connections.size ?? 0;

it('drops a socket that stops reading once too much waits for it, and the room carries on', async () => {
  const slow = await openHoldingTcp();
  const reader = connectClient(server.url, workshop.id, workshop.invites.viewer);
  await reader.synced;
  const writer = await openHoldingTcp();
  await vi.waitFor(async () => expect(await connectionsInRoom()).toBe(3));

  const slowClosed = new Promise<{ code: number; reason: string }>((resolve) =>
    slow.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  slow.tcp.pause();

  // Large presence states: relayed to every socket, never stored, so only the sockets' buffers fill.
  const presence = new Awareness(new Y.Doc());
  let sent = 0;
  while ((await connectionsInRoom()) === 3) {
    // The kernel buffers a few MiB on loopback before the server's own queue grows; 200 frames is 80 MiB.
    expect(sent).toBeLessThan(200);
    presence.setLocalState({ user: { name: `writer ${sent}` }, blob: 'x'.repeat(STATE_BYTES) });
    writer.socket.send(encodeAwareness(presence, [presence.clientID]));
    sent += 1;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(await connectionsInRoom()).toBe(2);

  // Everyone else still gets everything, the latest state included.
  const last = `writer ${sent - 1}`;
  await waitFor(
    () =>
      Array.from(reader.provider.awareness.getStates().values()).some(
        (state) => (state as { user?: { name?: string } }).user?.name === last,
      ),
    'the reader has the latest presence',
  );
  expect(writer.socket.readyState).toBe(WebSocket.OPEN);

  // Once it reads again, the dropped socket learns why, after what had been queued for it.
  slow.tcp.resume();
  expect(await slowClosed).toEqual({
    code: CloseCode.tryAgainLater,
    reason: 'not reading fast enough; reconnect to catch up',
  });

  reader.destroy();
  writer.socket.close();
  presence.destroy();
});
