import { getHeapSnapshot } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor } from '../../helpers/yjs-clients.js';

/** What a leaked room would leave behind, one or more of each per room. */
const PER_ROOM_OBJECTS = ['Room', 'Connection', 'Doc', 'Awareness', 'WebSocket', 'Timeout', 'Immediate'];

/** Live objects of each of those classes, from a heap snapshot (which collects garbage first). */
async function liveObjects(): Promise<Record<string, number>> {
  let json = '';
  for await (const chunk of getHeapSnapshot()) json += String(chunk);
  const snapshot = JSON.parse(json) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const [typeField, nameField] = [fields.indexOf('type'), fields.indexOf('name')];
  const objectType = snapshot.snapshot.meta.node_types[0].indexOf('object');
  const counts = Object.fromEntries(PER_ROOM_OBJECTS.map((name) => [name, 0]));
  for (let node = 0; node < snapshot.nodes.length; node += fields.length) {
    if (snapshot.nodes[node + typeField] !== objectType) continue;
    const name = snapshot.strings[snapshot.nodes[node + nameField]!]!;
    if (name in counts) counts[name]! += 1;
  }
  return counts;
}

describe('room lifetimes', () => {
  it('leaves no room, socket or growing heap behind after 1,000 rooms are opened and left', async () => {
    const server = await startTestServer();
    try {
      const workshops = await Promise.all(
        Array.from({ length: 50 }, (_, i) => createWorkshop(server.url, { title: `room ${i}` })),
      );
      const cycle = async (round: number) => {
        const clients = workshops.map((w) => connectClient(server.url, w.id, w.invites.participant));
        await Promise.all(clients.map((client) => client.synced));
        clients.forEach((client, i) => client.doc.getText('text').insert(0, `${round}:${i} `));
        await waitFor(() => server.registry.loadedRoomIds.length === workshops.length, 'rooms loaded');
        for (const client of clients) client.destroy();
        await waitFor(() => server.registry.loadedRoomIds.length === 0, 'every room unloaded', 30_000);
      };
      const gc = (globalThis as { gc?: () => void }).gc;
      if (!gc) throw new Error('run with --expose-gc (vitest.config.ts passes it)');
      // Warm up (module caches, JIT, PGlite buffers), then measure 19 more rounds: 1,000 rooms in all.
      await cycle(0);
      gc();
      const before = process.memoryUsage().heapUsed;
      const objectsBefore = await liveObjects();
      for (let round = 1; round < 20; round++) await cycle(round);
      gc();
      const growth = process.memoryUsage().heapUsed - before;
      const objectsAfter = await liveObjects();
      expect(server.registry.loadedRoomIds).toEqual([]);
      expect((await server.registry.loadedRooms()).length).toBe(0);
      // 950 rooms, each with a Y.Doc, an awareness, sockets and timers on both sides: a leak leaves
      // hundreds. The last round's 50 test clients may still be closing their sockets.
      for (const name of PER_ROOM_OBJECTS)
        expect
          .soft(objectsAfter[name], name)
          .toBeLessThanOrEqual(objectsBefore[name]! + workshops.length + 10);
      // Nor anything else: the heap swings by a few MiB between readings (JIT code, buffers of the store
      // and of the worker threads), while a leak of even 10 KB per room would exceed this.
      expect(growth).toBeLessThan(10 * 1024 * 1024);
    } finally {
      await server.close();
    }
  }, 180_000);
});
