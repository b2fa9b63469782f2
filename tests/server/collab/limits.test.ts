import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import { CloseCode } from '../../../shared/close-codes.js';
import { encodeQueryAwareness } from '../../../shared/collab-protocol.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, text, waitFor } from '../../helpers/yjs-clients.js';

let server: RunningServer;
let workshop: CreateWorkshopResponse;

beforeAll(async () => {
  server = await startTestServer({ maxConnectionsPerIp: 3, maxMessagesPerSecond: 20, heartbeatMs: 150 });
  workshop = await createWorkshop(server.url, { title: 'Limits' });
});
afterAll(async () => {
  await server.close();
});

const url = () =>
  `${server.url.replace('http', 'ws')}/collab/${workshop.id}?token=${workshop.invites.participant}`;

function open(options: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url(), options);
    socket.once('message', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}

describe('connection limits', () => {
  it('refuses sockets beyond the per-address limit with a retryable code, and admits again once one closes', async () => {
    const sockets = await Promise.all([open(), open(), open()]);
    const extra = new WebSocket(url());
    const refused = await closed(extra);
    expect(refused).toEqual({
      code: CloseCode.tryAgainLater,
      reason: 'too many connections from this address',
    });
    const gone = closed(sockets[0]!);
    sockets[0]!.close();
    await gone;
    const again = await open();
    for (const socket of [again, sockets[1]!, sockets[2]!]) socket.close();
    await waitFor(() => server.registry.loadedRoomIds.length === 0, 'room unloaded');
  });

  it('closes a socket that floods frames (1008), while a person typing at speed keeps going', async () => {
    const flooder = await open();
    const result = closed(flooder);
    for (let i = 0; i < 200; i++) flooder.send(encodeQueryAwareness());
    expect(await result).toEqual({ code: CloseCode.policyViolation, reason: 'too many messages per second' });

    const typist = connectClient(server.url, workshop.id, workshop.invites.participant);
    const reader = connectClient(server.url, workshop.id, workshop.invites.viewer);
    await Promise.all([typist.synced, reader.synced]);
    for (const character of 'twelve words') {
      typist.doc.getText('text').insert(typist.doc.getText('text').length, character);
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
    await waitFor(() => text(reader) === 'twelve words', 'typing arrives');
    expect(typist.provider.wsconnected).toBe(true);
    typist.destroy();
    reader.destroy();
  });

  it('drops a socket that stops answering pings, keeps one that answers', async () => {
    const silent = await open({ autoPong: false });
    const healthy = await open();
    const dropped = await closed(silent);
    expect(dropped.code).toBe(1006);
    expect(healthy.readyState).toBe(WebSocket.OPEN);
    healthy.close();
  });
});
