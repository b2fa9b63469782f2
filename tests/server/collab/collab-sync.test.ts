import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import { CloseCode } from '../../../shared/close-codes.js';
import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from '../../../shared/collab-protocol.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, text, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

let server: RunningServer;
let workshop: CreateWorkshopResponse;
const clients: TestClient[] = [];

function connect(token: string, id = workshop.id): TestClient {
  const client = connectClient(server.url, id, token);
  clients.push(client);
  return client;
}

interface RawOutcome {
  code: number;
  reason: string;
  frames: number;
}

/** A bare websocket: records every frame and how it closed. */
function rawSocket(path: string): { socket: WebSocket; outcome: Promise<RawOutcome> } {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}${path}`);
  let frames = 0;
  socket.on('message', () => {
    frames += 1;
  });
  const outcome = new Promise<RawOutcome>((resolve, reject) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString(), frames }));
    socket.on('error', reject);
  });
  return { socket, outcome };
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
});

describe('live co-editing over the y-websocket protocol', () => {
  beforeAll(async () => {
    workshop = await createWorkshop(server.url, { title: 'Viet Nam results workshop', country: 'Viet Nam' });
  });

  it('lets two stock y-websocket providers converge, whoever types', async () => {
    const a = connect(workshop.invites.facilitator);
    const b = connect(workshop.invites.participant);
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('text').insert(0, 'Finding: late birth registration fees. ');
    b.doc.getText('text').insert(0, 'Phát hiện: ');
    await waitFor(() => text(a) === text(b) && text(a).length > 45, 'both texts on both clients');
    expect(text(a)).toContain('late birth registration fees');
    expect(text(a)).toContain('Phát hiện');
  });

  it('brings a late joiner up to date and keeps three clients converging', async () => {
    const a = connect(workshop.invites.participant);
    await a.synced;
    a.doc.getArray<string>('items').push(['one']);
    const b = connect(workshop.invites.facilitator);
    await b.synced;
    await waitFor(
      () => b.doc.getArray('items').toArray().includes('one'),
      'late joiner receives existing content',
    );
    const c = connect(workshop.invites.participant);
    await c.synced;
    for (const [index, client] of [a, b, c].entries())
      client.doc.getArray<string>('items').push([`from ${index}`]);
    const items = (client: TestClient) =>
      JSON.stringify(client.doc.getArray('items').toArray().slice().sort());
    await waitFor(
      () => items(a) === items(b) && items(b) === items(c) && a.doc.getArray('items').length === 4,
      'convergence',
    );
  });

  it('merges edits made while disconnected when the connection returns', async () => {
    const a = connect(workshop.invites.participant);
    const b = connect(workshop.invites.participant);
    await Promise.all([a.synced, b.synced]);
    a.provider.disconnect();
    a.doc.getText('offline').insert(0, 'typed offline. ');
    b.doc.getText('offline').insert(0, 'typed online. ');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(text(b, 'offline')).toBe('typed online. ');
    a.provider.connect();
    await waitFor(
      () =>
        text(a, 'offline') === text(b, 'offline') &&
        text(a, 'offline').length === 'typed offline. typed online. '.length,
      'offline and online edits merged on both sides',
    );
  });

  it('shares presence, and removes it when a client leaves', async () => {
    const a = connect(workshop.invites.participant);
    const viewer = connect(workshop.invites.viewer);
    await Promise.all([a.synced, viewer.synced]);
    viewer.provider.awareness.setLocalStateField('user', { name: 'Projector', color: '#000' });
    await waitFor(
      () => a.provider.awareness.getStates().get(viewer.doc.clientID)?.['user'] !== undefined,
      'viewer presence',
    );
    viewer.provider.disconnect();
    await waitFor(
      () => !a.provider.awareness.getStates().has(viewer.doc.clientID),
      'presence removed on leave',
    );
  });

  it('shows each person with the role of their invite, whatever their page claims', async () => {
    const facilitator = connect(workshop.invites.facilitator);
    const viewer = connect(workshop.invites.viewer);
    await Promise.all([facilitator.synced, viewer.synced]);
    viewer.provider.awareness.setLocalStateField('user', { name: 'Not a facilitator', role: 'facilitator' });
    const roleOf = (client: TestClient, id: number) =>
      (client.provider.awareness.getStates().get(id)?.['user'] as { role?: string } | undefined)?.role;
    await waitFor(() => roleOf(facilitator, viewer.doc.clientID) !== undefined, 'presence arrives');
    expect(roleOf(facilitator, viewer.doc.clientID)).toBe('viewer');
    // And on the server, which the annex of participants reads.
    const room = await server.registry.peek(workshop.id);
    expect((room?.awareness.getStates().get(viewer.doc.clientID)?.['user'] as { role?: string }).role).toBe(
      'viewer',
    );
  });

  it("does not let one connection change or remove another's presence", async () => {
    const a = connect(workshop.invites.participant);
    const viewer = connect(workshop.invites.viewer);
    await Promise.all([a.synced, viewer.synced]);
    a.provider.awareness.setLocalStateField('user', { name: 'Amina', color: '#000' });
    const nameOf = (client: TestClient, id: number) =>
      (client.provider.awareness.getStates().get(id)?.['user'] as { name?: string } | undefined)?.name;
    await waitFor(() => nameOf(viewer, a.doc.clientID) === 'Amina', 'viewer sees Amina');

    // The viewer forges an update for Amina's client id, with a clock far ahead.
    const forged = new awarenessProtocol.Awareness(new Y.Doc());
    forged.states.set(a.doc.clientID, { user: { name: 'Impostor' } });
    forged.meta.set(a.doc.clientID, { clock: 1000, lastUpdated: Date.now() });
    const frame = encodeAwareness(forged, [a.doc.clientID]);
    (viewer.provider.ws as unknown as WebSocket).send(frame);
    const observer = connect(workshop.invites.viewer);
    await observer.synced;
    await waitFor(() => nameOf(observer, a.doc.clientID) !== undefined, 'observer sees presence');
    expect(nameOf(observer, a.doc.clientID)).toBe('Amina');
    forged.destroy();
  });

  it('shows a client again at once when it reconnects with the same client id', async () => {
    const a = connect(workshop.invites.participant);
    const b = connect(workshop.invites.participant);
    await Promise.all([a.synced, b.synced]);
    b.provider.awareness.setLocalStateField('user', { name: 'Bilal', color: '#000' });
    const seesBilal = () => a.provider.awareness.getStates().get(b.doc.clientID)?.['user'] !== undefined;
    await waitFor(seesBilal, 'Bilal present');
    b.provider.disconnect();
    await waitFor(() => !seesBilal(), 'Bilal gone');
    b.provider.connect();
    await waitFor(seesBilal, 'Bilal present again', 3_000);
    b.provider.disconnect();
    await waitFor(() => !seesBilal(), 'Bilal gone again', 3_000);
  });

  it.each(['stakeholder', 'viewer'] as const)(
    'never applies, stores or broadcasts a %s edit',
    async (role) => {
      const own = await createWorkshop(server.url, { title: `read-only ${role}` });
      const editor = connect(own.invites.participant, own.id);
      const reader = connect(own.invites[role], own.id);
      await Promise.all([editor.synced, reader.synced]);
      reader.doc.getText('text').insert(0, 'should never land');
      editor.doc.getText('text').insert(0, 'editor text');
      // The reader still receives live edits, so its own edit had every chance to go through.
      await waitFor(() => text(reader).includes('editor text'), 'reader receives live edits');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(text(editor)).toBe('editor text');

      for (const client of [editor, reader]) client.destroy();
      clients.length = 0;
      await waitFor(() => !server.registry.loadedRoomIds.includes(own.id), 'room unloaded');
      const fresh = connect(own.invites.facilitator, own.id);
      await fresh.synced;
      expect(text(fresh)).toBe('editor text');
    },
  );

  it('reloads a room from the store after everyone left', async () => {
    const own = await createWorkshop(server.url, { title: 'unload and reload' });
    const a = connect(own.invites.participant, own.id);
    await a.synced;
    a.doc.getText('text').insert(0, 'durable across unloads');
    const b = connect(own.invites.participant, own.id);
    await waitFor(() => text(b) === 'durable across unloads', 'second client sees the text');
    a.destroy();
    b.destroy();
    clients.length = 0;
    await waitFor(
      () => !server.registry.loadedRoomIds.includes(own.id),
      'room unloaded after the last client left',
    );
    const c = connect(own.invites.viewer, own.id);
    await c.synced;
    expect(text(c)).toBe('durable across unloads');
  });
});

describe('refusals', () => {
  beforeAll(async () => {
    workshop = await createWorkshop(server.url, { title: 'Refusals' });
  });

  it.each([
    ['no token', () => `/collab/${workshop.id}`],
    ['a wrong token', () => `/collab/${workshop.id}?token=${'x'.repeat(43)}`],
    ['a malformed workshop id', () => `/collab/not-a-uuid?token=${workshop.invites.facilitator}`],
    ['an unknown workshop', () => `/collab/${crypto.randomUUID()}?token=${workshop.invites.facilitator}`],
  ])('closes with 4401 and a reason, before any document byte, given %s', async (_name, path) => {
    const { outcome } = rawSocket(path());
    const result = await outcome;
    expect(result.code).toBe(CloseCode.unauthorized);
    expect(result.reason).toMatch(/invite token/);
    expect(result.frames).toBe(0);
  });

  it("refuses another workshop's valid token", async () => {
    const other = await createWorkshop(server.url, { title: 'Other' });
    const result = await rawSocket(`/collab/${workshop.id}?token=${other.invites.facilitator}`).outcome;
    expect(result).toMatchObject({ code: CloseCode.unauthorized, frames: 0 });
  });

  it('answers other websocket paths with 404', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/elsewhere`);
    const status = await new Promise<number | undefined>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('error', () => resolve(undefined));
    });
    expect(status).toBe(404);
  });

  it('closes a connection that sends a malformed frame with 4400, leaving the room and its document intact', async () => {
    const editor = connect(workshop.invites.participant);
    await editor.synced;
    editor.doc.getText('text').insert(0, 'intact');
    const { socket, outcome } = rawSocket(`/collab/${workshop.id}?token=${workshop.invites.participant}`);
    await new Promise((resolve) => socket.once('message', resolve));
    socket.send(new Uint8Array([0, 2, 200, 1, 7]));
    const result = await outcome;
    expect(result.code).toBe(CloseCode.malformedMessage);
    expect(result.reason.length).toBeGreaterThan(0);

    const text2 = rawSocket(`/collab/${workshop.id}?token=${workshop.invites.participant}`);
    await new Promise((resolve) => text2.socket.once('message', resolve));
    text2.socket.send('hello');
    expect((await text2.outcome).code).toBe(CloseCode.malformedMessage);

    editor.doc.getText('text').insert(6, ' and live');
    const late = connect(workshop.invites.viewer);
    await waitFor(() => text(late) === 'intact and live', 'room still serves after bad clients');
  });

  it('accepts frames sent before the room was ready, in order', async () => {
    const source = new Y.Doc();
    source.getText('text').insert(0, 'sent immediately on open');
    const { socket } = rawSocket(`/collab/${workshop.id}?token=${workshop.invites.participant}`);
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(encodeSyncStep1(source));
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(source)));
    const observer = connect(workshop.invites.viewer);
    await waitFor(() => text(observer).includes('sent immediately on open'), 'early update applied');
    socket.close();
  });
});
