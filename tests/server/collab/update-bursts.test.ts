import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import { decodeCollabMessage, encodeUpdate } from '../../../shared/collab-protocol.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, text, waitFor } from '../../helpers/yjs-clients.js';

let server: RunningServer;
let workshop: CreateWorkshopResponse;

beforeAll(async () => {
  server = await startTestServer();
  workshop = await createWorkshop(server.url);
});
afterAll(async () => {
  await server.close();
});

function openSocket(token: string): Promise<WebSocket> {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${workshop.id}?token=${token}`);
  return new Promise((resolve, reject) => {
    // The server greets with sync step 1 once the room is loaded: from then on frames are applied.
    socket.once('message', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** One keystroke per update, as an editor sends them. */
function keystrokes(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < count; index++) doc.getText('text').insert(index, 'k');
  return updates;
}

/** Frames sent while the socket is corked leave in one write, so the server reads them in one go. */
function sendTogether(socket: WebSocket, frames: Uint8Array[]): void {
  const tcp = (socket as unknown as { _socket: Socket })._socket;
  tcp.cork();
  for (const frame of frames) socket.send(frame);
  tcp.uncork();
}

describe('bursts of updates', () => {
  it('applies edits read in one go as one update: one frame to each other socket, every edit kept', async () => {
    const reader = await openSocket(workshop.invites.viewer);
    let updateFrames = 0;
    reader.on('message', (data: Buffer) => {
      if (decodeCollabMessage(new Uint8Array(data)).type === 'update') updateFrames += 1;
    });
    const writer = await openSocket(workshop.invites.participant);
    const witness = connectClient(server.url, workshop.id, workshop.invites.viewer);
    await witness.synced;

    sendTogether(writer, keystrokes(500).map(encodeUpdate));
    await waitFor(() => text(witness).length === 500, 'all 500 keystrokes at the witness');
    expect(updateFrames).toBeGreaterThan(0);
    expect(updateFrames).toBeLessThan(5);
    witness.destroy();
    writer.close();
    reader.close();
  });

  it('stores an edit whose socket closed in the same turn it arrived', async () => {
    const other = await createWorkshop(server.url);
    const url = `${server.url.replace('http', 'ws')}/collab/${other.id}?token=${other.invites.participant}`;
    const socket = new WebSocket(url);
    await new Promise((resolve) => socket.once('message', resolve));
    const source = new Y.Doc();
    source.getText('text').insert(0, 'sent, then gone');
    const tcp = (socket as unknown as { _socket: Socket })._socket;
    tcp.cork();
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(source)));
    socket.close();
    tcp.uncork();
    await waitFor(() => !server.registry.loadedRoomIds.includes(other.id), 'the room to unload');

    const returning = connectClient(server.url, other.id, other.invites.viewer);
    await returning.synced;
    expect(text(returning)).toBe('sent, then gone');
    returning.destroy();
  });
});
