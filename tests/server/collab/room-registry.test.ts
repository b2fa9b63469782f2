import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/close-codes.js';
import { localOnlyFanout } from '../../../server/collab/room-fanout.js';
import { RoomRegistry, RoomUnavailableError } from '../../../server/collab/room-registry.js';
import { createLogger } from '../../../server/logger.js';
import { openDatabase, type OpenDatabase } from '../../../server/store/database.js';
import {
  createDocumentRepository,
  type DocumentRepository,
} from '../../../server/store/document-repository.js';
import { createWorkshopRepository } from '../../../server/store/workshop-repository.js';
import { createScratchDatabase, postgresAvailable } from '../../helpers/services.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, text, waitFor } from '../../helpers/yjs-clients.js';

const logger = createLogger('silent');

/** A registry of one instance on `documents`, with timers slow enough to stay out of the way. */
function registryOn(documents: DocumentRepository): RoomRegistry {
  return new RoomRegistry({
    documents,
    fanout: localOnlyFanout,
    logger,
    compactAfterRows: 100,
    heartbeatMs: 60_000,
  });
}

describe('room registry', () => {
  let database: OpenDatabase;
  let documents: DocumentRepository;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite' }, logger);
    documents = createDocumentRepository(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  async function workshopWithText(content: string): Promise<string> {
    const id = crypto.randomUUID();
    await createWorkshopRepository(database.db).create(id, { title: 'Registry' }, []);
    const doc = new Y.Doc();
    doc.getText('text').insert(0, content);
    await documents.appendUpdates([{ workshopId: id, update: Y.encodeStateAsUpdate(doc) }]);
    return id;
  }

  it('refuses, rather than serving a blank document, when loading fails; the next attempt loads it', async () => {
    const id = await workshopWithText('stored before the outage');
    let failNextLoad = true;
    const flaky: DocumentRepository = {
      ...documents,
      loadUpdates: (workshopId) => {
        if (failNextLoad) {
          failNextLoad = false;
          return Promise.reject(new Error('store unreachable'));
        }
        return documents.loadUpdates(workshopId);
      },
    };
    const registry = registryOn(flaky);
    await expect(registry.reserve(id)).rejects.toBeInstanceOf(RoomUnavailableError);
    expect(registry.loadedRoomIds).toEqual([]);
    expect(await documents.countLogRows(id)).toBe(1);

    const room = await registry.reserve(id);
    expect(room.doc.getText('text').toString()).toBe('stored before the outage');
    room.release();
    await waitFor(() => registry.loadedRoomIds.length === 0, 'room unloaded');
    await registry.shutdown(CloseCode.serverRestarting, 'test over');
  });

  it('loads a room once for concurrent reservations and unloads it, compacted, when the last holder leaves', async () => {
    const id = await workshopWithText('shared');
    const registry = registryOn(documents);
    const [first, second] = await Promise.all([registry.reserve(id), registry.reserve(id)]);
    expect(first).toBe(second);
    first.doc.getText('text').insert(0, 'edited, ');
    first.release();
    expect(registry.loadedRoomIds).toEqual([id]);
    second.release();
    await waitFor(() => registry.loadedRoomIds.length === 0, 'room unloaded');
    expect(first.isDestroyed).toBe(true);
    expect(await documents.countLogRows(id)).toBe(0);
    const doc = new Y.Doc();
    for (const update of await documents.loadUpdates(id)) Y.applyUpdate(doc, update);
    expect(doc.getText('text').toString()).toBe('edited, shared');
    await registry.shutdown(CloseCode.serverRestarting, 'test over');
  });

  it('keeps serving a room that someone re-enters while it is unloading', async () => {
    const id = await workshopWithText('re-entered');
    const registry = registryOn(documents);
    const room = await registry.reserve(id);
    room.doc.getText('text').insert(0, 'x');
    room.release();
    const again = await registry.reserve(id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(again.isDestroyed).toBe(false);
    expect(again.doc.getText('text').toString()).toBe('xre-entered');
    again.release();
    await waitFor(() => registry.loadedRoomIds.length === 0, 'room unloaded');
    await registry.shutdown(CloseCode.serverRestarting, 'test over');
  });

  it('writes the edits of all its rooms together, and a room’s flush waits for its commit', async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => workshopWithText(`room ${i}`)));
    let statements = 0;
    let committed = 0;
    const counting: DocumentRepository = {
      ...documents,
      appendUpdates: async (entries) => {
        statements += 1;
        await documents.appendUpdates(entries);
        committed += entries.length;
      },
    };
    const registry = registryOn(counting);
    const rooms = await Promise.all(ids.map((id) => registry.reserve(id)));
    // Loading stores each document's schema migration; loads finish in turns of their own, so those
    // writes are not this test's subject: let them commit, then count the edits alone.
    await Promise.all(rooms.map((room) => room.flush()));
    statements = 0;
    committed = 0;
    for (const room of rooms) room.doc.getText('text').insert(0, 'edited ');
    await rooms[4]!.flush();
    expect(committed).toBe(30);
    expect(statements).toBe(1);
    for (const room of rooms) room.release();
    await waitFor(() => registry.loadedRoomIds.length === 0, 'rooms unloaded');
    const doc = new Y.Doc();
    for (const update of await documents.loadUpdates(ids[4]!)) Y.applyUpdate(doc, update);
    expect(doc.getText('text').toString()).toBe('edited room 4');
    await registry.shutdown(CloseCode.serverRestarting, 'test over');
  });

  it('leaves no room behind after many rooms are opened and left', async () => {
    const server = await startTestServer();
    try {
      const workshops = await Promise.all(
        Array.from({ length: 20 }, (_, i) => createWorkshop(server.url, { title: `room ${i}` })),
      );
      const clients = workshops.map((w) => connectClient(server.url, w.id, w.invites.participant));
      await Promise.all(clients.map((client) => client.synced));
      clients.forEach((client, i) => client.doc.getText('text').insert(0, `room ${i}`));
      for (const client of clients) client.destroy();
      await waitFor(() => server.registry.loadedRoomIds.length === 0, 'every room unloaded', 15_000);
      const check = connectClient(server.url, workshops[7]!.id, workshops[7]!.invites.viewer);
      await check.synced;
      expect(text(check)).toBe('room 7');
      check.destroy();
    } finally {
      await server.close();
    }
  });
});

const hasPostgres = await postgresAvailable();

describe.runIf(hasPostgres)('a room whose store fails on PostgreSQL', () => {
  it('closes sockets with 4503 while the document cannot be loaded, then serves it once the store is back', async () => {
    const scratch = await createScratchDatabase();
    const server = await startTestServer({ database: { kind: 'postgres', url: scratch.url } });
    const admin = await openDatabase({ kind: 'postgres', url: scratch.url }, logger);
    try {
      const workshop = await createWorkshop(server.url, { title: 'Outage' });
      const writer = connectClient(server.url, workshop.id, workshop.invites.participant);
      await writer.synced;
      writer.doc.getText('text').insert(0, 'written before the outage');
      writer.destroy();
      await waitFor(() => server.registry.loadedRoomIds.length === 0, 'room unloaded');

      await admin.db.execute('alter table document_snapshots rename to document_snapshots_away');
      const socket = new WebSocket(
        `${server.url.replace('http', 'ws')}/collab/${workshop.id}?token=${workshop.invites.viewer}`,
      );
      let frames = 0;
      socket.on('message', () => (frames += 1));
      const closed = await new Promise<{ code: number; reason: string }>((resolve) =>
        socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      expect(closed.code).toBe(CloseCode.documentUnavailable);
      expect(frames).toBe(0);

      await admin.db.execute('alter table document_snapshots_away rename to document_snapshots');
      const reader = connectClient(server.url, workshop.id, workshop.invites.viewer);
      await reader.synced;
      expect(text(reader)).toBe('written before the outage');
      reader.destroy();
    } finally {
      await server.close();
      await admin.close();
      await scratch.drop();
    }
  });
});
