import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, CreateWorkshopResponse, VersionList, VersionSummary } from '../../../shared/api.js';
import { deleteItem } from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, type TestClient } from '../../helpers/yjs-clients.js';
import { SCRIPTS, fillFixture } from './fixture.js';

let server: RunningServer;
let workshop: CreateWorkshopResponse;
let client: TestClient;

function get(path: string, token: string | null = workshop.invites.viewer): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshop.id}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function liveHash(): Promise<string> {
  return ((await (await get('/versions')).json()) as VersionList).live.hash;
}

/** Polls until `done` holds (an edit or a presence change reached the server); bounded. */
async function until(done: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 250; attempt++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await createWorkshop(server.url, {
    title: 'Results workshop — Viet Nam',
    country: 'Viet Nam',
    startsOn: '2025-04-02',
    endsOn: '2025-04-03',
  });
  client = connectClient(server.url, workshop.id, workshop.invites.participant);
  await client.synced;
  client.provider.awareness.setLocalStateField('user', {
    name: 'Nguyễn Thị Lan',
    color: '#00798c',
    role: 'participant',
  });
  const before = await liveHash();
  fillFixture(client.doc);
  await until(async () => (await liveHash()) !== before, 'the fixture to reach the server');
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

describe('export routes', () => {
  it('serve the live draft to any invite, named by its hash, with the people present', async () => {
    let response = await get('/export/report.md');
    let markdown = '';
    await until(async () => {
      response = await get('/export/report.md');
      markdown = await response.text();
      return markdown.includes('Nguyễn Thị Lan');
    }, 'the participant in the annex');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edition')).toBe('live');
    expect(response.headers.get('x-content-hash')).toBe(await liveHash());
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="results-workshop-viet-nam-report-live-\d{4}-\d\d-\d\d\.md"; filename\*=UTF-8''/,
    );
    expect(markdown).toContain('# Results workshop — Viet Nam');
    expect(markdown).toContain('- **Country:** Viet Nam');
    expect(markdown).toContain(SCRIPTS.thai);
    expect(markdown).toMatch(/\| Nguyễn Thị Lan \| Participant \| \d{1,2} \w{3} \d{4}, \d\d:\d\d \|/);

    for (const role of ['facilitator', 'participant', 'stakeholder', 'viewer'] as const) {
      expect((await get('/export/action-plan.csv', workshop.invites[role])).status).toBe(200);
    }
  });

  it('export a saved version reproducibly, with its own hash, even after the draft moved on', async () => {
    const saved = (await (
      await fetch(`${server.url}/api/workshops/${workshop.id}/versions`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${workshop.invites.facilitator}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ name: 'Final draft' }),
      })
    ).json()) as VersionSummary;

    const first = await get(`/export/report.md?version=${saved.id}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-edition')).toBe(`v${saved.number}`);
    expect(first.headers.get('x-content-hash')).toBe(saved.hash);
    const firstText = await first.text();
    expect(firstText).toContain(`- **Version:** v${saved.number} · Final draft`);
    expect(firstText).toContain(`- **Content hash (SHA-256):** ${saved.hash}`);

    const before = await liveHash();
    deleteItem(client.doc, 'findings', 'f-legal');
    await until(async () => (await liveHash()) !== before, 'the deletion to reach the server');

    const again = await get(`/export/report.md?version=${saved.id}`);
    expect(await again.text()).toBe(firstText);
    const live = await (await get('/export/report.md')).text();
    expect(live).not.toContain("parent's passport");
    expect(firstText).toContain("parent's passport");
  });

  it('answer bad requests with JSON errors', async () => {
    const expectError = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(((await response.json()) as ApiError).error.code).toBe(code);
    };
    await expectError(await get('/export/report.md', null), 401, 'unauthorized');
    await expectError(await get('/export/report.md', 'not-a-token'), 401, 'unauthorized');
    await expectError(await get('/export/report.exe'), 404, 'not_found');
    await expectError(await get('/export/toString'), 404, 'not_found');
    await expectError(await get('/export/report.md?version=v1'), 400, 'invalid_request');
    await expectError(
      await get('/export/report.md?version=00000000-0000-4000-8000-000000000000'),
      404,
      'not_found',
    );
  });
});
