import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse, VersionSummary } from '../../../shared/api.js';
import type { VoteResults } from '../../../shared/votes.js';
import { createItem, findItem } from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

let server: RunningServer;
let workshop: CreateWorkshopResponse;
let participant: TestClient;

async function call<T>(method: string, path: string, body?: unknown, person?: string): Promise<T> {
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${workshop.invites.facilitator}`,
      'content-type': 'application/json',
      ...(person ? { 'x-person-token': person } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function reportMd(version = 'live'): Promise<string> {
  const response = await fetch(
    `${server.url}/api/workshops/${workshop.id}/export/report.md?version=${version}`,
    {
      headers: { authorization: `Bearer ${workshop.invites.viewer}` },
    },
  );
  expect(response.status).toBe(200);
  return response.text();
}

/** Writes a priority into the document the way any participant's browser could, and waits for the server. */
async function forge(id: string, label: string): Promise<void> {
  findItem(participant.doc, 'recommendations', id)!.set('priority', label);
  const room = await server.registry.peek(workshop.id);
  await waitFor(() => findItem(room!.doc, 'recommendations', id)?.get('priority') === label, 'the forgery');
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await createWorkshop(server.url, { title: 'Priorities' });
  participant = connectClient(server.url, workshop.id, workshop.invites.participant);
  await participant.synced;
  participant.doc.transact(() => {
    createItem(participant.doc, 'recommendations', { text: 'Waive late fees' }, { id: 'r-fees' });
    createItem(participant.doc, 'recommendations', { text: 'Mobile registration' }, { id: 'r-mobile' });
  });
});

afterAll(async () => {
  participant.destroy();
  await server.close();
});

describe('priorities in exports', () => {
  it('come from the closed votes, never from what an editor wrote into the document', async () => {
    await forge('r-fees', '#1 · 999 dots (forged)');
    expect(await reportMd()).not.toContain('forged');

    const before = await call<VersionSummary>('POST', '/versions', { name: 'Before the vote' });
    const opened = await call<VoteResults>('POST', '/votes', {
      mode: 'dots',
      dotsPerPerson: 3,
      anonymous: false,
    });
    const voter = randomBytes(32).toString('base64url');
    await call(
      'POST',
      `/votes/${opened.vote.id}/ballots`,
      { recommendationId: 'r-mobile', points: 3 },
      voter,
    );
    await call('POST', `/votes/${opened.vote.id}/close`);
    const after = await call<VersionSummary>('POST', '/versions', { name: 'After the vote' });

    // The close wrote the real labels; a participant overwrites them again.
    await forge('r-mobile', '#2 · 0 dots (forged)');
    await forge('r-fees', '#1 · 999 dots (forged)');

    const live = await reportMd();
    expect(live).not.toContain('forged');
    expect(live).toMatch(/Mobile registration \|[^\n]*\| #1 · 3 dots \|/);
    expect(live).toMatch(/Waive late fees \|[^\n]*\| #2 · 0 dots \|/);

    expect(await reportMd(after.id)).toMatch(/Mobile registration \|[^\n]*\| #1 · 3 dots \|/);
    // Saved before any vote closed: no priorities at all, whatever the document said then.
    const earlier = await reportMd(before.id);
    expect(earlier).not.toContain('forged');
    expect(earlier).not.toContain('dots');
  });
});
