import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionSummary } from '../../../shared/api.js';
import { ROLES } from '../../../shared/roles.js';
import type { Traceability } from '../../../shared/traceability.js';
import { createItem } from '../../../shared/workshop-document/index.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient } from '../../helpers/yjs-clients.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; !(await condition()); tries++) {
    if (tries > 250) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('traceability API', () => {
  it('answers any invite for the live draft or a saved version, and refuses the rest', async () => {
    const workshop = await createWorkshop(server.url);
    const request = (path: string, token?: string, init: RequestInit = {}) =>
      fetch(`${server.url}/api/workshops/${workshop.id}${path}`, {
        ...init,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      });
    const trace = async (query = '', role: keyof typeof workshop.invites = 'viewer') => {
      const response = await request(`/traceability${query}`, workshop.invites[role]);
      expect(response.status).toBe(200);
      return (await response.json()) as Traceability;
    };

    const client = connectClient(server.url, workshop.id, workshop.invites.participant);
    await client.synced;
    createItem(client.doc, 'findings', { status: 'validated' }, { id: 'f-1' });
    await until(
      async () => (await trace()).counts['finding-unanswered'] === 1,
      'the finding to reach the server',
    );
    const saved = (await (
      await request('/versions', workshop.invites.facilitator, {
        method: 'POST',
        body: JSON.stringify({ name: 'v' }),
      })
    ).json()) as VersionSummary;

    createItem(client.doc, 'recommendations', { findingIds: ['f-1'] }, { id: 'r-1' });
    await until(
      async () => (await trace()).counts['finding-unanswered'] === 0,
      'the recommendation to answer F1',
    );
    client.destroy();

    for (const role of ROLES) expect((await trace('', role)).chains).toHaveLength(1);
    const before = await trace(`?version=${saved.id}`);
    expect(before.gaps).toEqual([
      {
        kind: 'finding-unanswered',
        collection: 'findings',
        itemId: 'f-1',
        label: 'F1',
        message: expect.any(String),
        detail: { status: 'validated' },
      },
    ]);
    const now = await trace('?version=live');
    expect(now.chains[0]!.recommendations).toEqual([{ id: 'r-1', label: 'R1', actions: [] }]);
    expect(now.counts['recommendation-without-action']).toBe(1);

    expect((await request('/traceability')).status).toBe(401);
    expect((await request(`/traceability?version=${randomUUID()}`, workshop.invites.viewer)).status).toBe(
      404,
    );
    const bad = await request('/traceability?version=v1', workshop.invites.viewer);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'invalid_request', message: expect.any(String) } });
  });
});
