import { describe, expect, it } from 'vitest';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor } from '../../helpers/yjs-clients.js';

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
      for (let round = 1; round < 20; round++) await cycle(round);
      gc();
      const growth = process.memoryUsage().heapUsed - before;
      expect(server.registry.loadedRoomIds).toEqual([]);
      expect((await server.registry.loadedRooms()).length).toBe(0);
      // 950 rooms: a leak of a Y.Doc, its listeners or an awareness timer per room (>5 KB each) exceeds this.
      expect(growth).toBeLessThan(5 * 1024 * 1024);
    } finally {
      await server.close();
    }
  }, 180_000);
});
