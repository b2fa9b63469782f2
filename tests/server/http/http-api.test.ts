import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, ServerInfo, WorkshopSession } from '../../../shared/api.js';
import { ROLES } from '../../../shared/roles.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createItem, type WorkshopContent } from '../../../shared/workshop-document/index.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor } from '../../helpers/yjs-clients.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function readContent(workshopId: string, token: string): Promise<WorkshopContent> {
  const response = await fetch(`${server.url}/api/workshops/${workshopId}/content`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as WorkshopContent;
}

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('HTTP API', () => {
  it('reports health once the store is ready', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('creates a workshop with four distinct, unguessable invite tokens and browser links', async () => {
    const workshop = await createWorkshop(server.url, {
      title: '  Thailand results workshop ',
      country: 'Thailand',
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
    });
    expect(workshop).toMatchObject({
      title: 'Thailand results workshop',
      country: 'Thailand',
      startsOn: '2026-12-01',
    });
    expect(workshop.id).toMatch(/^[0-9a-f-]{36}$/);
    const tokens = ROLES.map((role) => workshop.invites[role]);
    expect(new Set(tokens).size).toBe(4);
    // 32 random bytes in base64url: 256 bits.
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(workshop.links.viewer).toBe(`/w/${workshop.id}#invite=${workshop.invites.viewer}`);
  });

  it.each([
    ['invalid JSON', '{"title":', 'invalid_json'],
    ['a missing title', '{}', 'invalid_request'],
    ['a blank title', '{"title":"   "}', 'invalid_request'],
    ['an impossible date', '{"title":"x","startsOn":"2026-02-30"}', 'invalid_request'],
    [
      'an end before the start',
      '{"title":"x","startsOn":"2026-12-02","endsOn":"2026-12-01"}',
      'invalid_request',
    ],
    ['an unknown field', '{"title":"x","owner":"me"}', 'invalid_request'],
    ['a non-object', '"title"', 'invalid_request'],
  ])('answers %s with 400 and a message', async (_name, body, code) => {
    const response = await post('/api/workshops', body);
    expect(response.status).toBe(400);
    const error = (response.body as ApiError).error;
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(5);
  });

  it('refuses workshop creation from another site’s page (403), accepts it from its own', async () => {
    const foreign = await post('/api/workshops', '{"title":"x"}', { origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
    expect((foreign.body as ApiError).error.code).toBe('forbidden');
    const own = await post('/api/workshops', '{"title":"x"}', { origin: server.url });
    expect(own.status).toBe(201);
  });

  it('refuses oversized bodies with 413', async () => {
    const response = await post('/api/workshops', JSON.stringify({ title: 'x'.repeat(100_000) }));
    expect(response.status).toBe(413);
    expect((response.body as ApiError).error.code).toBe('payload_too_large');
  });

  it('opens a session for each invite with its role, and refuses wrong tokens the same way as unknown workshops', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Sessions' });
    for (const role of ROLES) {
      const response = await fetch(`${server.url}/api/workshops/${workshop.id}`, {
        headers: { authorization: `Bearer ${workshop.invites[role]}` },
      });
      const session = (await response.json()) as WorkshopSession;
      expect(session.role).toBe(role);
      expect(session.canEdit).toBe(role === 'facilitator' || role === 'participant');
      expect(session.workshop.title).toBe('Sessions');
    }
    for (const [id, token] of [
      [workshop.id, 'wrong-token-wrong-token-wrong-token-wrong'],
      [workshop.id, undefined],
      [crypto.randomUUID(), workshop.invites.facilitator],
      ['not-a-uuid', workshop.invites.facilitator],
    ] as const) {
      const response = await fetch(`${server.url}/api/workshops/${id}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as ApiError).error.code).toBe('unauthorized');
    }
  });

  it('serves the structured content, live or from the store, to any invite', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Content' });
    const initial = await readContent(workshop.id, workshop.invites.viewer);
    expect(initial.themes).toHaveLength(6);
    expect(initial.agenda).toHaveLength(7);

    const editor = connectClient(server.url, workshop.id, workshop.invites.participant);
    await editor.synced;
    const finding = createItem(editor.doc, 'findings', {
      theme: 'Costs and access',
      evidence: 'Late registration fees',
    });
    createItem(editor.doc, 'recommendations', { text: 'Waive the fees', findingIds: [finding] });
    await waitFor(() => server.registry.loadedRoomIds.includes(workshop.id), 'room loaded');
    let live = await readContent(workshop.id, workshop.invites.stakeholder);
    for (let i = 0; live.recommendations.length === 0 && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      live = await readContent(workshop.id, workshop.invites.stakeholder);
    }
    expect(live.findings).toMatchObject([
      { id: finding, theme: 'Costs and access', evidence: 'Late registration fees' },
    ]);
    expect(live.recommendations).toMatchObject([{ text: 'Waive the fees', findingIds: [finding] }]);

    editor.destroy();
    await waitFor(() => !server.registry.loadedRoomIds.includes(workshop.id), 'room unloaded');
    expect(await readContent(workshop.id, workshop.invites.facilitator)).toEqual(live);

    const refused = await fetch(`${server.url}/api/workshops/${workshop.id}/content`);
    expect(refused.status).toBe(401);
  });

  it('answers unknown API routes with a JSON 404 and serves the client for pages', async () => {
    const missing = await fetch(`${server.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ApiError).error.code).toBe('not_found');
    for (const page of ['/', `/w/${crypto.randomUUID()}`]) {
      const response = await fetch(`${server.url}${page}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
    }
  });

  it('says workshop creation is open when no admin token is configured', async () => {
    const info = (await (await fetch(`${server.url}/api/server-info`)).json()) as ServerInfo;
    expect(info).toEqual({ workshopCreation: 'open' });
  });
});

describe('with ADMIN_TOKEN', () => {
  const adminToken = 'a-long-admin-token-for-tests';
  let restricted: RunningServer;
  beforeAll(async () => {
    restricted = await startTestServer({ adminToken });
  });
  afterAll(async () => {
    await restricted.close();
  });

  it('requires the admin token to create workshops', async () => {
    const info = (await (await fetch(`${restricted.url}/api/server-info`)).json()) as ServerInfo;
    expect(info.workshopCreation).toBe('admin-token');
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: adminToken },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${restricted.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"title":"x"}',
      });
      expect(response.status).toBe(401);
    }
    const workshop = await createWorkshop(
      restricted.url,
      { title: 'Allowed' },
      { authorization: `Bearer ${adminToken}` },
    );
    expect(workshop.title).toBe('Allowed');
  });
});
