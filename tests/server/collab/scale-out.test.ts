import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeKey } from '../../../shared/live-notices.js';
import { createItem, metaMap } from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import {
  createScratchDatabase,
  postgresAvailable,
  redisAvailable,
  TEST_REDIS_URL,
} from '../../helpers/services.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, text, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

const available = (await postgresAvailable()) && (await redisAvailable());

describe.runIf(available)('two instances sharing PostgreSQL and Redis', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let first: RunningServer;
  let second: RunningServer;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    const shared = { database: { kind: 'postgres' as const, url: scratch.url }, redisUrl: TEST_REDIS_URL };
    first = await startTestServer(shared);
    second = await startTestServer(shared);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await first?.close();
    await second?.close();
    await scratch?.drop();
  });

  const on = (server: RunningServer, workshopId: string, token: string) => {
    const client = connectClient(server.url, workshopId, token);
    clients.push(client);
    return client;
  };

  it('lets clients on different instances co-edit live, with presence crossing instances', async () => {
    const workshop = await createWorkshop(first.url, { title: 'Scale-out' });
    const a = on(first, workshop.id, workshop.invites.participant);
    const b = on(second, workshop.id, workshop.invites.participant);
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('text').insert(0, 'from the first instance. ');
    b.doc.getText('text').insert(0, 'from the second instance. ');
    await waitFor(() => text(a) === text(b) && text(a).length === 51, 'both texts on both instances');

    b.provider.awareness.setLocalStateField('user', { name: 'Bilal', color: '#000' });
    await waitFor(
      () => a.provider.awareness.getStates().get(b.doc.clientID)?.['user'] !== undefined,
      'presence crosses',
    );
    b.provider.disconnect();
    await waitFor(() => !a.provider.awareness.getStates().has(b.doc.clientID), 'departure crosses');
  });

  it('brings an instance that joins a busy room up to date from the store and the other instance', async () => {
    const workshop = await createWorkshop(first.url, { title: 'Late instance' });
    const a = on(first, workshop.id, workshop.invites.participant);
    await a.synced;
    for (let i = 0; i < 200; i++) a.doc.getArray<number>('items').push([i]);
    // The second instance loads the room while the first may still be writing these.
    const b = on(second, workshop.id, workshop.invites.viewer);
    await b.synced;
    await waitFor(() => b.doc.getArray('items').length === 200, 'late instance has every item');
    a.doc.getArray<number>('items').push([200]);
    await waitFor(() => b.doc.getArray('items').length === 201, 'and live edits after it');
    expect(second.registry.loadedRoomIds).toContain(workshop.id);
  });

  it('tells clients on one instance about a vote opened through the other, which has no one in the room', async () => {
    const workshop = await createWorkshop(first.url, { title: 'Vote across instances' });
    const participant = on(second, workshop.id, workshop.invites.participant);
    await participant.synced;
    participant.doc.transact(() => createItem(participant.doc, 'recommendations', { text: 'Mobile units' }));
    const votesChanged = () => metaMap(participant.doc).get(noticeKey('votes'));
    expect(first.registry.loadedRoomIds).not.toContain(workshop.id);
    // The first instance reads the recommendations from the store, where the second writes them
    // within a few milliseconds: until then it answers 409 (nothing to vote on).
    let opened: Response | undefined;
    for (let attempt = 0; attempt < 50 && opened?.status !== 201; attempt++) {
      opened = await fetch(`${first.url}/api/workshops/${workshop.id}/votes`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${workshop.invites.facilitator}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ mode: 'dots', dotsPerPerson: 2, anonymous: true }),
      });
      if (opened.status !== 201) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(opened?.status).toBe(201);
    await waitFor(() => votesChanged() !== undefined, 'the notice reaches the client on the second instance');
  });

  it('compacts safely when both instances write the same room', async () => {
    const workshop = await createWorkshop(first.url, { title: 'Two writers' });
    const a = on(first, workshop.id, workshop.invites.participant);
    const b = on(second, workshop.id, workshop.invites.participant);
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 100; i++) {
      a.doc.getArray<string>('items').push([`a${i}`]);
      b.doc.getArray<string>('items').push([`b${i}`]);
    }
    await waitFor(
      () => a.doc.getArray('items').length === 200 && b.doc.getArray('items').length === 200,
      'all items everywhere',
    );
    a.destroy();
    b.destroy();
    await waitFor(
      () =>
        !first.registry.loadedRoomIds.includes(workshop.id) &&
        !second.registry.loadedRoomIds.includes(workshop.id),
      'both rooms unloaded (and compacted)',
    );
    const reader = on(second, workshop.id, workshop.invites.viewer);
    await reader.synced;
    expect(new Set(reader.doc.getArray<string>('items').toArray()).size).toBe(200);
  });
});
