import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityEntry, ActivityPage } from '../../../shared/activity.js';
import { ACTIVITY_PAGE_SIZE } from '../../../shared/activity.js';
import type { CreateWorkshopResponse, VersionSummary } from '../../../shared/api.js';
import type { CreatedInvite } from '../../../shared/people.js';
import {
  collection,
  createItem,
  createItems,
  findItem,
  itemRich,
  itemText,
  paragraphs,
  reportFragment,
} from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import { apiCall } from '../../helpers/api-call.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

let server: RunningServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

async function request<T>(
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  return apiCall<T>(`${server.url}/api${path}`, method, { token, body, headers });
}

async function activity(workshop: CreateWorkshopResponse, query = '', token = workshop.invites.viewer) {
  const { status, body } = await request<ActivityPage>(
    'GET',
    `/workshops/${workshop.id}/activity${query}`,
    token,
  );
  expect(status).toBe(200);
  return body;
}

/** Polls the log until `done` holds: updates reach the server, and are applied, asynchronously. */
async function activityUntil(
  workshop: CreateWorkshopResponse,
  query: string,
  done: (entries: ActivityEntry[]) => boolean,
): Promise<ActivityEntry[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { entries } = await activity(workshop, query);
    if (done(entries)) return entries;
    if (Date.now() > deadline) throw new Error(`activity never matched: ${JSON.stringify(entries)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function connected(workshop: CreateWorkshopResponse, token: string, presenceName?: string) {
  const client = connectClient(server.url, workshop.id, token);
  clients.push(client);
  if (presenceName) client.provider.awareness.setLocalStateField('user', { name: presenceName });
  await client.synced;
  return client;
}

/** Coalescing is per minute: a test that would straddle a minute boundary waits for the next one. */
async function awayFromMinuteEnd(seconds = 10): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describe('activity log', () => {
  it('records who created and edited which fields, coalesced per person, item and minute', async () => {
    const workshop = await createWorkshop(server.url);
    const invite = await request<CreatedInvite>(
      'POST',
      `/workshops/${workshop.id}/invites`,
      workshop.invites.facilitator,
      { role: 'participant', name: 'Amina Rahman' },
    );
    expect(invite.status).toBe(201);
    await awayFromMinuteEnd();
    const amina = await connected(workshop, invite.body.token);
    const kofi = await connected(workshop, workshop.invites.participant, 'Kofi Mensah');

    let findingId = '';
    amina.doc.transact(() => {
      findingId = createItem(amina.doc, 'findings');
    });
    await waitFor(() => findItem(kofi.doc, 'findings', findingId) !== undefined, 'the finding at Kofi');
    const source = () => itemText(findItem(amina.doc, 'findings', findingId)!, 'source');
    // One transaction per keystroke, each its own update on the wire.
    for (const letter of 'DHS 2022') source().insert(source().length, letter);
    // Kofi's awareness went out before his first update, on the same socket.
    const kofiFinding = findItem(kofi.doc, 'findings', findingId)!;
    itemText(kofiFinding, 'dissent').insert(0, 'Not in the north');
    itemRich(kofiFinding, 'evidence').insert(0, paragraphs('Stunting fell'));
    kofiFinding.set('status', 'validated');
    reportFragment(kofi.doc).insert(0, paragraphs('Summary'));

    const entries = await activityUntil(workshop, `?itemId=${findingId}`, (found) => found.length >= 2);
    expect(entries).toHaveLength(2);
    const byName = new Map(entries.map((entry) => [entry.actor.name, entry]));
    expect(byName.get('Amina Rahman')).toMatchObject({
      actor: { inviteId: invite.body.id, name: 'Amina Rahman', role: 'participant' },
      collection: 'findings',
      itemId: findingId,
      fields: ['source'],
      created: true,
    });
    expect(byName.get('Kofi Mensah')).toMatchObject({
      actor: { name: 'Kofi Mensah', role: 'participant' },
      collection: 'findings',
      // In the section's order, whatever order they were typed in.
      fields: ['evidence', 'status', 'dissent'],
      created: false,
    });
    expect(byName.get('Kofi Mensah')!.actor.inviteId).not.toBe(invite.body.id);
    expect(Date.parse(byName.get('Amina Rahman')!.at)).toBeGreaterThan(Date.now() - 60_000);

    const report = await activityUntil(workshop, '?itemId=report', (found) => found.length >= 1);
    expect(report).toMatchObject([
      { collection: 'report', itemId: 'report', fields: ['text'], actor: { name: 'Kofi Mensah' } },
    ]);

    // More keystrokes in the same minute join the same entry rather than adding one.
    for (const letter of ' (rural)') source().insert(source().length, letter);
    await waitFor(
      () =>
        itemText(findItem(kofi.doc, 'findings', findingId)!, 'source')
          .toString()
          .endsWith('(rural)'),
      'the keystrokes at Kofi',
    );
    const again = await activity(workshop, `?itemId=${findingId}`);
    expect(again.entries).toHaveLength(2);
    expect(again.next).toBeNull();

    // The report's annex lists each section's contributors, in order of their first change.
    const markdown = await fetch(`${server.url}/api/workshops/${workshop.id}/export/report.md`, {
      headers: { authorization: `Bearer ${workshop.invites.viewer}` },
    });
    expect(markdown.status).toBe(200);
    const annex = (await markdown.text()).split('Annex: contributors')[1] ?? '';
    expect(annex).toMatch(/Findings\s*\|\s*Amina Rahman \(Participant\), Kofi Mensah \(Participant\)/);
    expect(annex).toMatch(/Report\s*\|\s*Kofi Mensah \(Participant\)/);
  });

  it('pages the whole workshop newest first with before/next', async () => {
    const workshop = await createWorkshop(server.url);
    await awayFromMinuteEnd();
    const client = await connected(workshop, workshop.invites.participant, 'Lina');
    const count = ACTIVITY_PAGE_SIZE + 5;
    let ids: string[] = [];
    client.doc.transact(() => {
      ids = createItems(
        client.doc,
        'targets',
        Array.from({ length: count }, (_, index) => ({ indicator: `Indicator ${index}` })),
      );
    });
    const first = await (async () => {
      await activityUntil(workshop, '', (found) => found.length === ACTIVITY_PAGE_SIZE);
      return activity(workshop);
    })();
    expect(first.entries).toHaveLength(ACTIVITY_PAGE_SIZE);
    expect(first.next).toMatch(/^\d+$/);
    const second = await activity(workshop, `?before=${first.next}`);
    expect(second.entries).toHaveLength(5);
    expect(second.next).toBeNull();
    const seen = [...first.entries, ...second.entries].map((entry) => entry.itemId);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect([...first.entries, ...second.entries].every((entry) => entry.created)).toBe(true);

    const bad = await request(
      'GET',
      `/workshops/${workshop.id}/activity?before=abc`,
      workshop.invites.viewer,
    );
    expect(bad.status).toBe(400);
  });

  it("records nothing for a viewer's refused updates", async () => {
    const workshop = await createWorkshop(server.url);
    const viewer = await connected(workshop, workshop.invites.viewer, 'Watcher');
    viewer.doc.transact(() => createItem(viewer.doc, 'findings'));
    reportFragment(viewer.doc).insert(0, paragraphs('Not allowed'));
    // A participant's edit after the viewer's, on another socket: once it is recorded, the viewer's
    // would have been too.
    const participant = await connected(workshop, workshop.invites.participant, 'Lina');
    participant.doc.transact(() => createItem(participant.doc, 'themes', { label: 'Water' }));
    const entries = await activityUntil(workshop, '', (found) => found.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = (await activity(workshop)).entries;
    expect(after).toHaveLength(1);
    expect(entries[0]).toMatchObject({ collection: 'themes', actor: { name: 'Lina' } });
    expect(after.some((entry) => entry.actor.role === 'viewer')).toBe(false);
  });

  it('attributes a restore to the facilitator who asked for it', async () => {
    const workshop = await createWorkshop(server.url);
    const client = await connected(workshop, workshop.invites.participant, 'Lina');
    let findingId = '';
    client.doc.transact(() => {
      findingId = createItem(client.doc, 'findings', { source: 'Before' });
    });
    await activityUntil(workshop, `?itemId=${findingId}`, (found) => found.length === 1);
    const headers = { 'x-author-name': encodeURIComponent('Grace Facilitator') };
    const saved = await request<VersionSummary>(
      'POST',
      `/workshops/${workshop.id}/versions`,
      workshop.invites.facilitator,
      { name: 'Before edits' },
      headers,
    );
    expect(saved.status).toBe(201);
    const source = itemText(findItem(client.doc, 'findings', findingId)!, 'source');
    source.delete(0, source.length);
    source.insert(0, 'After');
    await activityUntil(workshop, `?itemId=${findingId}`, (found) =>
      found.some((entry) => entry.fields.includes('source')),
    );
    const restored = await request(
      'POST',
      `/workshops/${workshop.id}/versions/${saved.body.id}/restore`,
      workshop.invites.facilitator,
      {},
      headers,
    );
    expect(restored.status).toBe(200);
    const entries = await activity(workshop, `?itemId=${findingId}`);
    const byFacilitator = entries.entries.filter((entry) => entry.actor.role === 'facilitator');
    expect(byFacilitator).toHaveLength(1);
    expect(byFacilitator[0]).toMatchObject({
      actor: { name: 'Grace Facilitator', role: 'facilitator' },
      fields: ['source'],
    });
    // Newest first.
    expect(entries.entries[0]!.actor.role).toBe('facilitator');
  });

  it('attributes the priorities a vote close writes to the facilitator who closed it', async () => {
    const workshop = await createWorkshop(server.url);
    const client = await connected(workshop, workshop.invites.participant, 'Lina');
    let recommendationId = '';
    client.doc.transact(() => {
      recommendationId = createItem(client.doc, 'recommendations', { text: 'Waive late fees' });
    });
    await activityUntil(workshop, `?itemId=${recommendationId}`, (found) => found.length === 1);
    const headers = { 'x-author-name': encodeURIComponent('Grace Facilitator') };
    const facilitator = workshop.invites.facilitator;
    const opened = await request<{ vote: { id: number } }>(
      'POST',
      `/workshops/${workshop.id}/votes`,
      facilitator,
      { mode: 'dots', dotsPerPerson: 2, anonymous: true },
      headers,
    );
    expect(opened.status).toBe(201);
    const cast = await request(
      'POST',
      `/workshops/${workshop.id}/votes/${opened.body.vote.id}/ballots`,
      workshop.invites.participant,
      { recommendationId, points: 2 },
      { 'x-person-token': 'p'.repeat(40), 'x-author-name': 'Lina' },
    );
    expect(cast.status).toBe(201);
    const closed = await request(
      'POST',
      `/workshops/${workshop.id}/votes/${opened.body.vote.id}/close`,
      facilitator,
      {},
      headers,
    );
    expect(closed.status).toBe(200);
    const { entries } = await activity(workshop, `?itemId=${recommendationId}`);
    expect(entries[0]).toMatchObject({
      actor: { name: 'Grace Facilitator', role: 'facilitator' },
      fields: ['priority'],
      created: false,
    });
  });

  it('refuses an unknown workshop or invite', async () => {
    const workshop = await createWorkshop(server.url);
    const unknownWorkshop = await request(
      'GET',
      `/workshops/${crypto.randomUUID()}/activity`,
      workshop.invites.viewer,
    );
    expect(unknownWorkshop.status).toBe(401);
    const unknownInvite = await request('GET', `/workshops/${workshop.id}/activity`, 'not-a-token');
    expect(unknownInvite.status).toBe(401);
  });
});

describe('activity across a restart', () => {
  it('writes what was buffered when the server shuts down', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'activity-'));
    try {
      const first = await startTestServer({ database: { kind: 'pglite', dataDir } });
      const workshop = await createWorkshop(first.url);
      const client = connectClient(first.url, workshop.id, workshop.invites.participant);
      client.provider.awareness.setLocalStateField('user', { name: 'Lina' });
      await client.synced;
      let themeId = '';
      client.doc.transact(() => {
        themeId = createItem(client.doc, 'themes', { label: 'Water' });
      });
      // Closed as soon as the server has the change, before the recorder's timer could write it.
      await waitFor(() => first.registry.loadedRoomIds.length > 0, 'the room');
      const room = (await first.registry.peek(workshop.id))!;
      await waitFor(() => collection(room.doc, 'themes').has(themeId), 'the theme on the server');
      client.destroy();
      await first.close();

      const second = await startTestServer({ database: { kind: 'pglite', dataDir } });
      try {
        const response = await fetch(`${second.url}/api/workshops/${workshop.id}/activity`, {
          headers: { authorization: `Bearer ${workshop.invites.viewer}` },
        });
        const page = (await response.json()) as ActivityPage;
        expect(page.entries).toMatchObject([
          { collection: 'themes', itemId: themeId, created: true, actor: { name: 'Lina' } },
        ]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
