import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type {
  ApiError,
  CreateWorkshopResponse,
  Endorsement,
  RestoreResult,
  VersionDetail,
  VersionList,
  VersionSummary,
} from '../../../shared/api.js';
import type { Role } from '../../../shared/roles.js';
import {
  canonicalContent,
  canonicalJson,
  createItem,
  findItem,
  itemText,
  readWorkshopContent,
  type ContentDiff,
} from '../../../shared/workshop-document/index.js';
import { createLogger } from '../../../server/logger.js';
import { openDatabase } from '../../../server/store/database.js';
import type { RunningServer } from '../../../server/start-server.js';
import { contentHash } from '../../../server/versions/content-hash.js';
import { freePort } from '../../helpers/server-process.js';
import { createScratchDatabase, postgresAvailable } from '../../helpers/services.js';
import { apiCall } from '../../helpers/api-call.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function call<T>(
  base: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return apiCall<T>(`${base}${path}`, method, { token, body, headers: { 'x-author-name': 'Amina' } });
}

function api(workshop: CreateWorkshopResponse, base = server.url) {
  const as = (role: Role) => ({
    get: <T>(path: string) =>
      call<T>(base, 'GET', `/api/workshops/${workshop.id}${path}`, workshop.invites[role]),
    post: <T>(path: string, body?: unknown) =>
      call<T>(base, 'POST', `/api/workshops/${workshop.id}${path}`, workshop.invites[role], body ?? {}),
    send: <T>(method: string, path: string, body?: unknown) =>
      call<T>(base, method, `/api/workshops/${workshop.id}${path}`, workshop.invites[role], body),
  });
  return as;
}

/** Adds a finding through a live client (fixed id, so two servers can build identical content). */
async function addFinding(
  base: string,
  workshop: CreateWorkshopResponse,
  id: string,
  source: string,
): Promise<TestClient> {
  const client = connectClient(base, workshop.id, workshop.invites.participant);
  await client.synced;
  createItem(
    client.doc,
    'findings',
    { source, theme: 'Legal framework', evidence: 'Birth registration requires a parent’s ID' },
    { id },
  );
  return client;
}

async function liveHash(workshop: CreateWorkshopResponse, base = server.url): Promise<string> {
  return (await api(workshop, base)('viewer').get<VersionList>('/versions')).body.live.hash;
}

/** Waits until the server's live draft hashes differently from `previous` (an edit reached it). */
async function liveHashChangedFrom(
  previous: string,
  workshop: CreateWorkshopResponse,
  base = server.url,
): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const hash = await liveHash(workshop, base);
    if (hash !== previous) return hash;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the live draft never changed');
}

describe('versions API', () => {
  it('lets only facilitators save versions, and any role read them with a verifiable hash', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Versions' });
    const as = api(workshop);
    for (const role of ['participant', 'stakeholder', 'viewer'] as const) {
      const refused = await as(role).post<ApiError>('/versions', { name: 'Mine' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    expect((await as('facilitator').post<ApiError>('/versions', { name: '  ' })).status).toBe(400);
    expect((await as('facilitator').post<ApiError>('/versions', { name: 'x', extra: 1 })).status).toBe(400);

    const saved = await as('facilitator').post<VersionSummary>('/versions', { name: 'Draft for plenary' });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      number: 1,
      name: 'Draft for plenary',
      kind: 'named',
      authorName: 'Amina',
      authorRole: 'facilitator',
    });
    expect(saved.body.hash).toMatch(/^[0-9a-f]{64}$/);

    const list = await as('viewer').get<VersionList>('/versions');
    expect(list.body.versions.map((v) => v.id)).toEqual([saved.body.id]);
    expect(list.body.live.hash).toBe(saved.body.hash);

    const detail = await as('stakeholder').get<VersionDetail>(`/versions/${saved.body.id}`);
    expect(detail.body).toMatchObject({
      id: saved.body.id,
      hash: saved.body.hash,
      verified: true,
      endorsements: [],
    });
    // Anyone can check the hash from the state alone.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(detail.body.state, 'base64'));
    expect(contentHash(doc)).toBe(saved.body.hash);

    expect((await as('viewer').get<ApiError>(`/versions/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await as('viewer').get<ApiError>('/versions/not-an-id')).status).toBe(404);
    const stranger = await call<ApiError>(
      server.url,
      'GET',
      `/api/workshops/${workshop.id}/versions`,
      'x'.repeat(43),
    );
    expect(stranger.status).toBe(401);
  });

  it('keeps the same hash for the same content and a different one for different content', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Hashes' });
    const as = api(workshop);
    const first = (await as('facilitator').post<VersionSummary>('/versions', { name: 'a' })).body;
    const again = (await as('facilitator').post<VersionSummary>('/versions', { name: 'b' })).body;
    expect(again.number).toBe(2);
    expect(again.hash).toBe(first.hash);

    const client = await addFinding(server.url, workshop, 'f-fixed000001', 'Desk review');
    const changed = await liveHashChangedFrom(first.hash, workshop);
    const third = (await as('facilitator').post<VersionSummary>('/versions', { name: 'c' })).body;
    expect(third.hash).toBe(changed);
    expect(third.hash).not.toBe(first.hash);
    client.destroy();
  });

  it('refuses to change or delete versions and endorsements (409), and the database refuses it too', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Append-only' });
    const as = api(workshop);
    const version = (await as('facilitator').post<VersionSummary>('/versions', { name: 'Final' })).body;
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const attempt = await as('facilitator').send<ApiError>(method, `/versions/${version.id}`, {
        name: 'Changed',
      });
      expect(attempt.status).toBe(409);
      expect(attempt.body.error.code).toBe('conflict');
      expect(
        (
          await as('facilitator').send<ApiError>(
            method,
            `/versions/${version.id}/endorsements/${crypto.randomUUID()}`,
          )
        ).status,
      ).toBe(409);
    }
    expect((await as('viewer').get<VersionDetail>(`/versions/${version.id}`)).body.name).toBe('Final');
  });

  it('records endorsements only for versions opened for them, from stakeholders or facilitators, bound to the hash', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Endorsement' });
    const as = api(workshop);
    const version = (
      await as('facilitator').post<VersionSummary>('/versions', { name: 'Final for endorsement' })
    ).body;
    const endorsement = { name: 'Somchai', organisation: 'Ministry of Interior', decision: 'endorse' };

    const early = await as('stakeholder').post<ApiError>(`/versions/${version.id}/endorsements`, endorsement);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/not open for endorsement/);

    expect((await as('participant').post(`/versions/${version.id}/endorsement-request`)).status).toBe(403);
    const opened = await as('facilitator').post<VersionSummary>(
      `/versions/${version.id}/endorsement-request`,
    );
    expect(opened.status).toBe(201);
    expect(opened.body.openForEndorsement).toBe(true);

    for (const role of ['participant', 'viewer'] as const) {
      expect((await as(role).post(`/versions/${version.id}/endorsements`, endorsement)).status).toBe(403);
    }
    expect(
      (
        await as('stakeholder').post(`/versions/${version.id}/endorsements`, {
          ...endorsement,
          decision: 'maybe',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await as('stakeholder').post(`/versions/${version.id}/endorsements`, {
          ...endorsement,
          decision: 'decline',
        })
      ).status,
    ).toBe(400);

    const given = await as('stakeholder').post<Endorsement>(
      `/versions/${version.id}/endorsements`,
      endorsement,
    );
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ ...endorsement, role: 'stakeholder', contentHash: version.hash });
    const declined = await as('facilitator').post<Endorsement>(`/versions/${version.id}/endorsements`, {
      name: 'Nguyen',
      organisation: 'UNHCR',
      decision: 'decline',
      comment: 'Targets for stateless persons are missing',
    });
    expect(declined.status).toBe(201);

    const list = (await as('viewer').get<VersionList>('/versions')).body.versions[0]!;
    expect(list.endorsements.map((e) => [e.name, e.decision])).toEqual([
      ['Somchai', 'endorse'],
      ['Nguyen', 'decline'],
    ]);
  });

  it('diffs a version against the live draft and against another version', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Diff' });
    const as = api(workshop);
    const before = (await as('facilitator').post<VersionSummary>('/versions', { name: 'before' })).body;
    const client = await addFinding(server.url, workshop, 'f-diff00000001', 'Field visit to Mae Sot');
    await waitFor(() => server.registry.loadedRoomIds.includes(workshop.id), 'room loaded');
    const after = (await as('facilitator').post<VersionSummary>('/versions', { name: 'after' })).body;
    client.doc.transact(() =>
      itemText(findItem(client.doc, 'findings', 'f-diff00000001')!, 'source').insert(22, ' and Tak'),
    );

    const versions = (await as('viewer').get<ContentDiff>(`/versions/${before.id}/diff?against=${after.id}`))
      .body;
    expect(versions.findings.added.map((f) => f.id)).toEqual(['f-diff00000001']);
    expect(versions.findings.removed).toEqual([]);

    let live = (await as('viewer').get<ContentDiff>(`/versions/${after.id}/diff?against=live`)).body;
    for (let i = 0; i < 100 && live.findings.changed.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      live = (await as('viewer').get<ContentDiff>(`/versions/${after.id}/diff`)).body;
    }
    const change = live.findings.changed[0]!;
    expect(change.id).toBe('f-diff00000001');
    expect(change.fields[0]).toMatchObject({
      field: 'source',
      before: 'Field visit to Mae Sot',
      after: 'Field visit to Mae Sot and Tak',
    });
    expect(change.fields[0]!.words?.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['and Tak']);
    expect((await as('viewer').get<ApiError>(`/versions/${after.id}/diff?against=yesterday`)).status).toBe(
      400,
    );
    client.destroy();
  });

  it('restores a version as a new change that every connected client converges on, with a backup', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Restore' });
    const as = api(workshop);
    const a = await addFinding(server.url, workshop, 'f-restore00001', 'Original source');
    const b = connectClient(server.url, workshop.id, workshop.invites.facilitator);
    await b.synced;
    await waitFor(() => readWorkshopContent(b.doc).findings.length === 1, 'b has the finding');
    const v1 = (await as('facilitator').post<VersionSummary>('/versions', { name: 'v1' })).body;

    // Both keep editing: delete the finding, rewrite fields, add items…
    a.doc.transact(() => {
      itemText(findItem(a.doc, 'findings', 'f-restore00001')!, 'source').insert(0, 'Edited ');
      createItem(a.doc, 'recommendations', { text: 'Added after v1' });
    });
    b.doc.transact(() => createItem(b.doc, 'targets', { indicator: 'Added by b' }));
    const typing = setInterval(() => a.doc.getArray<number>('noise').push([Date.now()]), 5);
    const restored = await as('facilitator').post<RestoreResult>(`/versions/${v1.id}/restore`);
    clearInterval(typing);
    expect(restored.status).toBe(200);
    expect(restored.body.restored.id).toBe(v1.id);
    expect(restored.body.backup).toMatchObject({ kind: 'auto', name: 'Before restoring v1' });

    const c = connectClient(server.url, workshop.id, workshop.invites.viewer);
    await c.synced;
    const canonical = (client: TestClient) => canonicalJson(canonicalContent(client.doc));
    await waitFor(
      () => canonical(a) === canonical(b) && canonical(b) === canonical(c),
      'every client converged',
    );
    const content = readWorkshopContent(c.doc);
    expect(content.findings.map((f) => f.source)).toEqual(['Original source']);
    expect(content.recommendations).toEqual([]);
    expect(content.targets).toEqual([]);
    expect(contentHash(c.doc)).toBe(v1.hash);
    expect(await liveHash(workshop)).toBe(v1.hash);

    // Restoring the backup undoes the restore.
    await as('facilitator').post<RestoreResult>(`/versions/${restored.body.backup.id}/restore`);
    await waitFor(() => readWorkshopContent(c.doc).recommendations.length === 1, 'backup restored');
    expect(readWorkshopContent(c.doc).findings[0]?.source).toBe('Edited Original source');
    for (const client of [a, b, c]) client.destroy();
  });

  it('saves an automatic version when everyone has left, if the content changed', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Autosave' });
    const client = await addFinding(server.url, workshop, 'f-auto00000001', 'Autosaved');
    await waitFor(() => server.registry.loadedRoomIds.includes(workshop.id), 'room loaded');
    client.destroy();
    await waitFor(() => !server.registry.loadedRoomIds.includes(workshop.id), 'room unloaded');
    const versions = (await api(workshop)('viewer').get<VersionList>('/versions')).body.versions;
    expect(versions).toMatchObject([{ kind: 'auto', name: 'Auto-saved when everyone had left' }]);
    expect(versions[0]!.hash).toBe(await liveHash(workshop));

    const again = connectClient(server.url, workshop.id, workshop.invites.viewer);
    await again.synced;
    again.destroy();
    await waitFor(() => !server.registry.loadedRoomIds.includes(workshop.id), 'room unloaded again');
    expect((await api(workshop)('viewer').get<VersionList>('/versions')).body.versions).toHaveLength(1);
  });
});

describe('versions across a restart', () => {
  it('serves the same version, verified, with the same hash after the server restarts', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'workshop-versions-'));
    const port = await freePort();
    const config = { port, database: { kind: 'pglite' as const, dataDir } };
    let first: RunningServer | undefined = await startTestServer(config);
    try {
      const workshop = await createWorkshop(first.url, { title: 'Restart' });
      const template = await liveHash(workshop, first.url);
      const client = await addFinding(first.url, workshop, 'f-restart00001', 'Before the restart');
      await liveHashChangedFrom(template, workshop, first.url);
      client.destroy();
      const saved = (
        await api(workshop, first.url)('facilitator').post<VersionSummary>('/versions', { name: 'Kept' })
      ).body;
      await first.close();
      first = await startTestServer(config);
      const detail = (await api(workshop, first.url)('viewer').get<VersionDetail>(`/versions/${saved.id}`))
        .body;
      expect(detail).toMatchObject({ hash: saved.hash, verified: true, name: 'Kept' });
      expect(await liveHash(workshop, first.url)).toBe(saved.hash);
    } finally {
      await first?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

const hasPostgres = await postgresAvailable();

describe.runIf(hasPostgres)('versions on PostgreSQL', () => {
  it('gives the same content the same hash on PGlite and PostgreSQL, and refuses UPDATE at the database', async () => {
    const scratch = await createScratchDatabase();
    const postgres = await startTestServer({ database: { kind: 'postgres', url: scratch.url } });
    try {
      const hashes: string[] = [];
      for (const base of [server.url, postgres.url]) {
        const workshop = await createWorkshop(base, { title: 'Same content' });
        const template = await liveHash(workshop, base);
        const client = await addFinding(base, workshop, 'f-same00000001', 'Identical');
        await liveHashChangedFrom(template, workshop, base);
        client.destroy();
        hashes.push(
          (await api(workshop, base)('facilitator').post<VersionSummary>('/versions', { name: 'final' })).body
            .hash,
        );
      }
      expect(hashes[0]).toBe(hashes[1]);

      const admin = await openDatabase({ kind: 'postgres', url: scratch.url }, createLogger('silent'));
      const tampering = await admin.db
        .execute("update document_versions set name = 'tampered'")
        .catch((error: Error) => error);
      expect(tampering).toBeInstanceOf(Error);
      expect(String((tampering as Error).cause ?? tampering)).toMatch(/append-only/);
      await admin.close();
    } finally {
      await postgres.close();
      await scratch.drop();
    }
  });
});
