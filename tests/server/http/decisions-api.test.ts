import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  CreateWorkshopResponse,
  Decision,
  VersionDetail,
  VersionList,
  VersionSummary,
} from '../../../shared/api.js';
import type { Role } from '../../../shared/roles.js';
import { createItem } from '../../../shared/workshop-document/index.js';
import { createLogger } from '../../../server/logger.js';
import { openDatabase, type OpenDatabase } from '../../../server/store/database.js';
import { createVersionRepository } from '../../../server/store/version-repository.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createScratchDatabase, postgresAvailable } from '../../helpers/services.js';
import { apiCall } from '../../helpers/api-call.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient } from '../../helpers/yjs-clients.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function call<T>(
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return apiCall<T>(`${server.url}${path}`, method, {
    token,
    body,
    headers: { 'x-author-name': encodeURIComponent('Amina خان') },
  });
}

function api(workshop: CreateWorkshopResponse) {
  return (role: Role) => ({
    get: <T>(path: string) => call<T>('GET', `/api/workshops/${workshop.id}${path}`, workshop.invites[role]),
    send: <T>(method: string, path: string, body?: unknown) =>
      call<T>(method, `/api/workshops/${workshop.id}${path}`, workshop.invites[role], body),
  });
}

/**
 * A workshop whose v1 holds two recommendations (fixed ids), and whose live draft has a third added
 * after v1 was saved.
 */
async function workshopWithVersion() {
  const workshop = await createWorkshop(server.url, { title: 'Decision' });
  const as = api(workshop);
  const client = connectClient(server.url, workshop.id, workshop.invites.participant);
  await client.synced;
  const empty = (await as('viewer').get<VersionList>('/versions')).body.live.hash;
  createItem(
    client.doc,
    'recommendations',
    { text: 'Allow registration on two witnesses' },
    { id: 'r-witness' },
  );
  createItem(client.doc, 'recommendations', { text: 'Waive late registration fees' }, { id: 'r-fees' });
  for (let attempt = 0; ; attempt++) {
    if ((await as('viewer').get<VersionList>('/versions')).body.live.hash !== empty) break;
    if (attempt > 200) throw new Error('the recommendations never reached the server');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const version = (await as('facilitator').send<VersionSummary>('POST', '/versions', { name: 'Presented' }))
    .body;
  createItem(client.doc, 'recommendations', { text: 'Added after v1' }, { id: 'r-later' });
  client.destroy();
  return { workshop, as, version };
}

const DECISION = {
  decisionMaker: 'Somsak K.',
  office: 'Minister of Interior',
  kind: 'formal',
  decidedOn: '2027-02-01',
  text: 'The ministry adopts the witness procedure.\n\nFees are deferred to the next budget.',
  recommendations: { 'r-witness': 'adopted', 'r-fees': 'deferred' },
} as const;

describe('decisions API', () => {
  it('lets only facilitators record a decision, and stores it with its recorder and the version hash', async () => {
    const { as, version } = await workshopWithVersion();
    const path = `/versions/${version.id}/decisions`;
    for (const role of ['participant', 'stakeholder', 'viewer'] as const) {
      const refused = await as(role).send<ApiError>('POST', path, DECISION);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    const recorded = await as('facilitator').send<Decision>('POST', path, DECISION);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      ...DECISION,
      recorderName: 'Amina خان',
      recorderRole: 'facilitator',
      contentHash: version.hash,
    });
    expect(recorded.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(recorded.body.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    // A second decision (an informal one later) is appended, never merged into the first.
    const later = await as('facilitator').send<Decision>('POST', path, {
      ...DECISION,
      kind: 'informal',
      decidedOn: '2027-03-01',
      text: 'Fees rejected after all.',
      recommendations: { 'r-fees': 'rejected' },
    });
    expect(later.status).toBe(201);

    const detail = await as('viewer').get<VersionDetail>(`/versions/${version.id}`);
    expect(detail.body.decisions.map((d) => [d.id, d.kind, d.recommendations])).toEqual([
      [recorded.body.id, 'formal', DECISION.recommendations],
      [later.body.id, 'informal', { 'r-fees': 'rejected' }],
    ]);
    expect(detail.body.decisions[0]).toEqual(recorded.body);
    const list = (await as('stakeholder').get<VersionList>('/versions')).body;
    const listed = list.versions.find((v) => v.id === version.id)!;
    expect(listed.decisions.map((d) => d.id)).toEqual([recorded.body.id, later.body.id]);
    // Other versions (the automatic one saved when the editor left) have none of them.
    for (const other of list.versions.filter((v) => v.id !== version.id)) expect(other.decisions).toEqual([]);
  });

  it('refuses recommendations that are not in that version, a bad body, an unknown version and a huge body', async () => {
    const { as, version } = await workshopWithVersion();
    const path = `/versions/${version.id}/decisions`;
    const post = (body: unknown) => as('facilitator').send<ApiError>('POST', path, body);

    // r-later exists in the live draft, but v1 was presented without it.
    for (const id of ['r-later', 'r-nonexistent']) {
      const unknown = await post({
        ...DECISION,
        recommendations: { 'r-witness': 'adopted', [id]: 'adopted' },
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error).toMatchObject({ code: 'invalid_request' });
      expect(unknown.body.error.message).toContain(id);
      expect(unknown.body.error.message).not.toContain('r-witness');
    }

    const bad: unknown[] = [
      { ...DECISION, kind: 'verbal' },
      { ...DECISION, decidedOn: '01/02/2027' },
      { ...DECISION, decidedOn: '2027-02-30' },
      { ...DECISION, decisionMaker: '   ' },
      { ...DECISION, office: undefined },
      { ...DECISION, text: '' },
      { ...DECISION, recommendations: { 'r-witness': 'approved' } },
      { ...DECISION, recommendations: ['r-witness'] },
      { ...DECISION, extra: true },
      [],
      null,
    ];
    for (const body of bad) {
      const refused = await post(body);
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
      expect(refused.body.error.code).toBe('invalid_request');
      expect(typeof refused.body.error.message).toBe('string');
    }
    const notJson = await post('{"decisionMaker":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('invalid_json');

    for (const missing of [crypto.randomUUID(), 'not-a-version']) {
      const unknown = await as('facilitator').send<ApiError>(
        'POST',
        `/versions/${missing}/decisions`,
        DECISION,
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('not_found');
    }

    const huge = await post({ ...DECISION, text: 'x'.repeat(70 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');

    // Nothing refused was stored; an empty ruling (no recommendation decided) is a valid decision.
    expect((await as('viewer').get<VersionDetail>(`/versions/${version.id}`)).body.decisions).toEqual([]);
    expect((await post({ ...DECISION, recommendations: {} })).status).toBe(201);
  });

  it("prints a decision recorded after the version was first exported in that version's next export", async () => {
    const { workshop, as, version } = await workshopWithVersion();
    const exported = async () => {
      const response = await fetch(
        `${server.url}/api/workshops/${workshop.id}/export/report.md?version=${version.id}`,
        { headers: { authorization: `Bearer ${workshop.invites.viewer}` } },
      );
      expect(response.status).toBe(200);
      return response.text();
    };
    const before = await exported();
    expect(before).not.toContain('## Decision');
    await as('facilitator').send<Decision>('POST', `/versions/${version.id}/decisions`, DECISION);
    const after = await exported();
    expect(after).toContain('- **Decision:** Formal, 1 Feb 2027, Somsak K. (Minister of Interior)');
    expect(after).toContain('## Decision');
    expect(after).toContain('| R1 | Allow registration on two witnesses | Adopted |');
    expect(after).toContain('| R2 | Waive late registration fees | Deferred |');
    // The recommendation added to the draft after v1 is not in v1's report.
    expect(after).not.toContain('Added after v1');
  });

  it('refuses to change or delete decisions (409), whoever asks', async () => {
    const { as, version } = await workshopWithVersion();
    const decision = (
      await as('facilitator').send<Decision>('POST', `/versions/${version.id}/decisions`, DECISION)
    ).body;
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      for (const path of [
        `/versions/${version.id}/decisions`,
        `/versions/${version.id}/decisions/${decision.id}`,
      ]) {
        for (const role of ['facilitator', 'viewer'] as const) {
          const attempt = await as(role).send<ApiError>(method, path, { ...DECISION, kind: 'informal' });
          expect({ method, path, role, status: attempt.status }).toEqual({ method, path, role, status: 409 });
          expect(attempt.body.error.code).toBe('conflict');
        }
      }
    }
    const kept = (await as('viewer').get<VersionDetail>(`/versions/${version.id}`)).body.decisions;
    expect(kept).toEqual([decision]);
  });
});

/** A version with one decision, written through the repository straight into `store`. */
async function storedDecision(
  store: OpenDatabase,
): Promise<{ workshopId: string; versionId: string; id: string }> {
  const workshopId = crypto.randomUUID();
  await store.db.execute(sql`insert into workshops (id, title) values (${workshopId}, 'Tamper')`);
  const repository = createVersionRepository(store.db);
  const version = await repository.create({
    workshopId,
    name: 'Presented',
    kind: 'named',
    authorName: 'Amina',
    authorRole: 'facilitator',
    state: new Uint8Array([0, 0]),
    contentHash: 'a'.repeat(64),
  });
  const decision = await repository.addDecision({
    versionId: version.id,
    ...DECISION,
    recommendations: { ...DECISION.recommendations },
    recorderName: 'Amina',
    recorderRole: 'facilitator',
    contentHash: version.hash,
  });
  return { workshopId, versionId: version.id, id: decision.id };
}

/** The database itself refuses to rewrite or remove a decision, whatever the application does. */
async function expectAppendOnly(store: OpenDatabase): Promise<void> {
  const { workshopId, versionId, id } = await storedDecision(store);
  const attempts = [
    sql`update decisions set kind = 'informal' where id = ${id}`,
    sql`delete from decisions where id = ${id}`,
    sql`truncate decisions`,
  ];
  for (const attempt of attempts) {
    const refused = await store.db.execute(attempt).then(
      () => null,
      (error: Error) => error,
    );
    expect(refused).toBeInstanceOf(Error);
    expect(String(refused?.cause ?? refused)).toMatch(/decisions is append-only/);
  }
  const kept = await createVersionRepository(store.db).find(workshopId, versionId);
  expect(kept?.decisions.map((d) => [d.id, d.kind])).toEqual([[id, 'formal']]);
}

const hasPostgres = await postgresAvailable();

describe('decisions at the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on PGlite', async () => {
    const store = await openDatabase({ kind: 'pglite' }, createLogger('silent'));
    try {
      await expectAppendOnly(store);
    } finally {
      await store.close();
    }
  });

  it.runIf(hasPostgres)('refuses UPDATE, DELETE and TRUNCATE on PostgreSQL', async () => {
    const scratch = await createScratchDatabase();
    const store = await openDatabase({ kind: 'postgres', url: scratch.url }, createLogger('silent'));
    try {
      await expectAppendOnly(store);
    } finally {
      await store.close();
      await scratch.drop();
    }
  });
});
