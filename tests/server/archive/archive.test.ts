import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { count, eq, getTableName, is, Table } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Amendment, AmendmentList } from '../../../shared/amendments.js';
import type {
  ApiError,
  CreateWorkshopResponse,
  VersionDetail,
  VersionList,
  VersionSummary,
} from '../../../shared/api.js';
import {
  ARCHIVE_MANIFEST,
  type ArchiveManifest,
  type ImportArchiveResponse,
} from '../../../shared/archive.js';
import { verifyAuditChain, type AuditLogResponse } from '../../../shared/audit.js';
import type { CommentThread, CommentThreadList } from '../../../shared/comments.js';
import type { VoteResults, VoteState } from '../../../shared/votes.js';
import {
  canonicalContent,
  canonicalJson,
  createItem,
  findItem,
} from '../../../shared/workshop-document/index.js';
import { packArchive } from '../../../server/archive/archive-format.js';
import { decodeRows } from '../../../server/archive/archive-rows.js';
import { unpackTar } from '../../../server/archive/tar.js';
import type { RunningServer } from '../../../server/start-server.js';
import { ARCHIVED_TABLES, LEFT_OUT_TABLES } from '../../../server/store/archive-repository.js';
import { currentSchemaVersion } from '../../../server/store/schema-version.js';
import { createAttendanceRepository } from '../../../server/store/attendance-repository.js';
import * as schema from '../../../server/store/schema.js';
import { apiCall } from '../../helpers/api-call.js';
import { serverPerFile } from '../../helpers/server-per-file.js';
import { createScratchDatabase, postgresAvailable } from '../../helpers/services.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, waitFor } from '../../helpers/yjs-clients.js';

/** Where the workshop is run (the venue's laptop, PGlite). */
const venue = serverPerFile();

type Invite = keyof CreateWorkshopResponse['invites'];
const personToken = (who: string) => `${who}-${'x'.repeat(40)}`.replace(/[^A-Za-z0-9_-]/g, '_');

function caller(server: () => RunningServer, workshop: { id: string; invites: Record<Invite, string> }) {
  return <T>(method: string, path: string, role: Invite, body?: unknown) =>
    apiCall<T>(`${server().url}/api/workshops/${workshop.id}${path}`, method, {
      token: workshop.invites[role],
      body,
      headers: { 'x-author-name': encodeURIComponent(`The ${role}`), 'x-person-token': personToken(role) },
    });
}

async function download(
  server: RunningServer,
  workshopId: string,
  token: string | undefined,
): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshopId}/archive`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
}

async function importArchive(server: RunningServer, file: Uint8Array, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/gzip', ...headers },
    body: file.slice(),
  });
  return { status: response.status, body: (await response.json()) as ImportArchiveResponse & ApiError };
}

const liveContent = (doc: Y.Doc) => canonicalJson(canonicalContent(doc));

let workshop: CreateWorkshopResponse;
let version: VersionSummary;
let file: Uint8Array;
let fileSha256: string;
let sourceContent: string;
/** Where it continues (the ministry's server): a second server, with a store of its own. */
let ministry: RunningServer;

/** Sets up a workshop with one of everything, as a day at the venue leaves it, and downloads its archive. */
beforeAll(async () => {
  ministry = await startTestServer();
  const server = venue.server;
  workshop = await createWorkshop(server.url, {
    title: 'ประชุม Results workshop',
    country: 'Thailand',
    language: 'th',
  });
  const call = caller(() => server, workshop);
  const editor = venue.connect(workshop.id, workshop.invites.participant);
  await editor.synced;
  editor.doc.transact(() => {
    createItem(editor.doc, 'recommendations', { text: 'Waive late registration fees' }, { id: 'r-fees' });
    createItem(editor.doc, 'recommendations', { text: 'Accept a witness statement' }, { id: 'r-witness' });
  });
  const room = await server.registry.peek(workshop.id);
  await waitFor(
    () => room !== undefined && findItem(room.doc, 'recommendations', 'r-witness') !== undefined,
    'server has it',
  );

  version = (await call<VersionSummary>('POST', '/versions', 'facilitator', { name: 'Presented' })).body;
  expect((await call('POST', `/versions/${version.id}/endorsement-request`, 'facilitator')).status).toBe(201);
  const endorsed = await call('POST', `/versions/${version.id}/endorsements`, 'stakeholder', {
    name: 'Nadia Haddad',
    organisation: 'Ministry of Interior',
    decision: 'endorse',
  });
  expect(endorsed.status).toBe(201);
  const decided = await call('POST', `/versions/${version.id}/decisions`, 'facilitator', {
    decisionMaker: 'Somsak K.',
    office: 'Minister of Interior',
    kind: 'formal',
    decidedOn: '2027-02-01',
    text: 'Adopted.',
    recommendations: { 'r-witness': 'adopted', 'r-fees': 'deferred' },
  });
  expect(decided.status).toBe(201);
  const vote = await call<VoteResults>('POST', '/votes', 'facilitator', {
    mode: 'dots',
    dotsPerPerson: 3,
    anonymous: false,
  });
  expect(vote.status).toBe(201);
  const cast = await call('POST', `/votes/${vote.body.vote.id}/ballots`, 'participant', {
    recommendationId: 'r-fees',
    points: 2,
  });
  expect(cast.status).toBe(201);
  expect((await call('POST', `/votes/${vote.body.vote.id}/close`, 'facilitator')).status).toBe(200);
  const thread = await call<CommentThread>('POST', '/comments', 'stakeholder', {
    anchor: { collection: 'recommendations', itemId: 'r-fees' },
    body: 'Which fees?',
  });
  expect(thread.status).toBe(201);
  expect(
    (await call('POST', `/comments/${thread.body.id}/replies`, 'participant', { body: 'All of them.' }))
      .status,
  ).toBe(201);
  const amendment = await call<Amendment>('POST', '/amendments', 'stakeholder', {
    target: { collection: 'recommendations', itemId: 'r-fees', field: 'text' },
    proposedText: 'Waive late birth registration fees',
    reason: 'Only births are concerned.',
  });
  expect(amendment.status).toBe(201);
  expect((await call('POST', `/amendments/${amendment.body.id}/support`, 'participant')).status).toBe(200);
  await createAttendanceRepository(server.db).record(workshop.id, [
    { name: 'Amina', role: 'participant' },
    { name: 'Nadia Haddad', role: 'stakeholder' },
  ]);
  // An edit after the version, still in the room when the archive is made.
  editor.doc.transact(() =>
    createItem(editor.doc, 'recommendations', { text: 'Typed just now' }, { id: 'r-late' }),
  );
  await waitFor(
    () => findItem(room!.doc, 'recommendations', 'r-late') !== undefined,
    'server has the late edit',
  );
  sourceContent = liveContent(room!.doc);

  const response = await download(server, workshop.id, workshop.invites.facilitator);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/gzip');
  expect(response.headers.get('content-disposition')).toMatch(/\.workshop\.tar\.gz/);
  file = new Uint8Array(await response.arrayBuffer());
  fileSha256 = response.headers.get('x-archive-sha256') ?? '';
}, 60_000);

afterAll(async () => {
  await ministry?.close();
});

/** The archive opened with the system's own tools' view of it: gzip, then tar entries by name. */
async function entriesOf(archive: Uint8Array): Promise<Map<string, Uint8Array>> {
  return new Map(
    (await unpackTar(new Uint8Array(gunzipSync(archive)))).map((entry) => [entry.name, entry.bytes]),
  );
}

/** The same archive with one part's text edited, its manifest left as it was. */
async function tampered(archive: Uint8Array, part: string, from: string, to: string): Promise<Uint8Array> {
  const tar = Buffer.from(gunzipSync(archive));
  const entry = (await entriesOf(archive)).get(part);
  if (!entry) throw new Error(`no part ${part}`);
  const offset = tar.indexOf(Buffer.from(entry));
  const edited = Buffer.from(Buffer.from(entry).toString('utf8').replace(from, to), 'utf8');
  expect(edited.length).toBe(entry.length);
  edited.copy(tar, offset);
  return new Uint8Array(gzipSync(tar));
}

/**
 * A consistent archive with parts edited and the manifest recomputed, as someone editing it with care
 * would make it: what only the checks of the rows themselves can catch.
 */
async function forgedArchive(
  archive: Uint8Array,
  heading: Partial<Pick<ArchiveManifest, 'workshopId'>>,
  edit: (part: string, text: string) => string,
): Promise<Uint8Array> {
  const entries = await entriesOf(archive);
  const manifest = JSON.parse(
    Buffer.from(entries.get(ARCHIVE_MANIFEST)!).toString('utf8'),
  ) as ArchiveManifest;
  const parts = manifest.parts.map((part) => {
    const bytes = entries.get(part.name)!;
    if (!part.name.endsWith('.json')) return { name: part.name, bytes };
    return { name: part.name, bytes: Buffer.from(edit(part.name, Buffer.from(bytes).toString('utf8'))) };
  });
  return packArchive(
    { workshopId: manifest.workshopId, title: manifest.title, exportedAt: manifest.exportedAt, ...heading },
    parts,
  );
}

describe('the workshop archive', () => {
  it('lists every table of the store as carried or deliberately left out', () => {
    const tables = Object.values(schema).flatMap((value) => (is(value, Table) ? [getTableName(value)] : []));
    const covered = [...ARCHIVED_TABLES.map((table) => table.name), ...Object.keys(LEFT_OUT_TABLES)];
    expect(covered.sort()).toEqual(tables.sort());
  });

  it('is one .tar.gz whose manifest lists each part with its SHA-256, the schema and the format', async () => {
    const entries = await entriesOf(file);
    const manifest = JSON.parse(
      Buffer.from(entries.get(ARCHIVE_MANIFEST)!).toString('utf8'),
    ) as ArchiveManifest;
    expect(manifest).toMatchObject({
      format: 'results-workshop-archive',
      formatVersion: 1,
      schemaVersion: currentSchemaVersion().tag,
      workshopId: workshop.id,
      title: 'ประชุม Results workshop',
    });
    expect([...entries.keys()].sort()).toEqual(
      [ARCHIVE_MANIFEST, ...manifest.parts.map((part) => part.name)].sort(),
    );
    for (const part of manifest.parts) {
      const digest = Buffer.from(
        await crypto.subtle.digest('SHA-256', entries.get(part.name)!.slice()),
      ).toString('hex');
      expect({ part: part.name, digest }).toEqual({ part: part.name, digest: part.sha256 });
    }
    // Secrets stay behind: no invite token hash, no join code.
    const invites = Buffer.from(entries.get('invites.json')!).toString('utf8');
    expect(invites).not.toMatch(/tokenHash|token_hash/);
    expect(entries.has('join_codes.json')).toBe(false);
    // Readable with the system's tar, nothing of ours needed.
    const dir = mkdtempSync(join(tmpdir(), 'archive-'));
    const path = join(dir, 'workshop.tar.gz');
    writeFileSync(path, file);
    const listed = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' }).trim().split('\n');
    rmSync(dir, { recursive: true });
    expect(listed[0]).toBe(ARCHIVE_MANIFEST);
    expect(listed.sort()).toEqual([...entries.keys()].sort());
  });

  it('refuses the download to every invite but a facilitator’s', async () => {
    expect((await download(venue.server, workshop.id, undefined)).status).toBe(401);
    expect((await download(venue.server, workshop.id, 'not-a-token')).status).toBe(401);
    for (const role of ['participant', 'stakeholder', 'viewer'] as const)
      expect({
        role,
        status: (await download(venue.server, workshop.id, workshop.invites[role])).status,
      }).toEqual({
        role,
        status: 403,
      });
  });

  it('imports on another server with everything in it, new invites, and the old ones refused', async () => {
    const imported = await importArchive(ministry, file);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      id: workshop.id,
      title: 'ประชุม Results workshop',
      country: 'Thailand',
      language: 'th',
    });
    expect(Object.keys(imported.body.invites).sort()).toEqual([
      'facilitator',
      'participant',
      'stakeholder',
      'viewer',
    ]);
    expect(imported.body.links.facilitator).toBe(
      `/w/${workshop.id}#invite=${encodeURIComponent(imported.body.invites.facilitator)}`,
    );
    const call = caller(() => ministry, imported.body);

    const versions = await call<VersionList>('GET', '/versions', 'viewer');
    expect(versions.body.versions.map((v) => [v.id, v.number, v.hash])).toEqual([
      [version.id, 1, version.hash],
    ]);
    const detail = await call<VersionDetail>('GET', `/versions/${version.id}`, 'viewer');
    expect(detail.body.verified).toBe(true);
    expect(detail.body.openForEndorsement).toBe(true);
    expect(detail.body.endorsements.map((e) => [e.name, e.contentHash])).toEqual([
      ['Nadia Haddad', version.hash],
    ]);
    expect(detail.body.decisions.map((d) => [d.decisionMaker, d.contentHash])).toEqual([
      ['Somsak K.', version.hash],
    ]);

    const votes = await call<VoteState>('GET', '/votes/current', 'participant');
    expect(votes.body.current?.vote.status).toBe('closed');
    expect(votes.body.current?.ranking.find((r) => r.recommendationId === 'r-fees')?.total).toBe(2);
    const comments = await call<CommentThreadList>('GET', '/comments', 'viewer');
    expect(comments.body.threads.map((t) => t.messages.map((m) => m.body))).toEqual([
      ['Which fees?', 'All of them.'],
    ]);
    const amendments = await call<AmendmentList>('GET', '/amendments', 'participant');
    expect(amendments.body.amendments.map((a) => [a.proposedText, a.supporters.length])).toEqual([
      ['Waive late birth registration fees', 1],
    ]);
    const attendance = await ministry.db
      .select({ name: schema.attendance.name })
      .from(schema.attendance)
      .where(eq(schema.attendance.workshopId, workshop.id));
    expect(attendance.map((row) => row.name).sort()).toEqual(['Amina', 'Nadia Haddad']);
    const [activity] = await ministry.db
      .select({ n: count() })
      .from(schema.activity)
      .where(eq(schema.activity.workshopId, workshop.id));
    expect(activity!.n).toBeGreaterThan(0);

    // The audit chain carries on: the venue's entries, then the import, one unbroken chain.
    const audit = await call<AuditLogResponse>('GET', '/audit', 'facilitator');
    expect(await verifyAuditChain(audit.body.entries)).toMatchObject({ intact: true });
    expect(audit.body.entries.at(-1)).toMatchObject({ action: 'workshop.imported', subject: workshop.id });
    expect(audit.body.entries.map((e) => e.action)).toContain('endorsement.given');
    // Both ends record the same file: the venue its download, the ministry its import.
    expect(fileSha256).toBe(Buffer.from(await crypto.subtle.digest('SHA-256', file.slice())).toString('hex'));
    expect(audit.body.entries.at(-1)?.details.sha256).toBe(fileSha256);
    const venueLog = await caller(() => venue.server, workshop)<AuditLogResponse>(
      'GET',
      '/audit',
      'facilitator',
    );
    expect(venueLog.body.entries.at(-1)).toMatchObject({
      action: 'workshop.exported',
      details: { sha256: fileSha256, bytes: file.length },
    });

    // The new facilitator invite opens the document over the websocket, with the content of the venue's room.
    const client = connectClient(ministry.url, workshop.id, imported.body.invites.facilitator);
    try {
      await client.synced;
      expect(liveContent(client.doc)).toBe(sourceContent);
    } finally {
      client.destroy();
    }
    // The old links open nothing here, and are listed in People as revoked.
    for (const role of ['facilitator', 'viewer'] as const)
      expect(
        (
          await apiCall(`${ministry.url}/api/workshops/${workshop.id}`, 'GET', {
            token: workshop.invites[role],
          })
        ).status,
      ).toBe(401);
    const people = await call<{ invites: Array<{ revokedAt: string | null }> }>(
      'GET',
      '/invites',
      'facilitator',
    );
    expect(people.body.invites.filter((i) => i.revokedAt === null)).toHaveLength(4);
    expect(people.body.invites.filter((i) => i.revokedAt !== null).length).toBeGreaterThanOrEqual(4);

    // The same workshop twice on one server: refused, it keeps its ids.
    const again = await importArchive(ministry, file);
    expect(again.status).toBe(409);
  }, 60_000);

  it('refuses an import posted by another site’s page, even on loopback (403)', async () => {
    const refused = await importArchive(ministry, file, { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
  });

  it('names the part that was tampered with (400)', async () => {
    const edited = await tampered(file, 'endorsements.json', 'Nadia Haddad', 'Nadia Hadded');
    const refused = await importArchive(ministry, edited);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toEqual({
      code: 'invalid_archive',
      message: 'part endorsements.json: SHA-256 mismatch',
    });
  });

  it('refuses a truncated archive (400)', async () => {
    for (const cut of [
      file.subarray(0, Math.floor(file.length / 2)),
      new Uint8Array(gzipSync(gunzipSync(file).subarray(0, 4096))),
    ]) {
      const refused = await importArchive(ministry, cut);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('invalid_archive');
      expect(refused.body.error.message).toMatch(/truncated|missing/);
    }
    expect((await importArchive(ministry, new TextEncoder().encode('not an archive'))).status).toBe(400);
  });

  it('refuses an archive from a newer store schema (409)', async () => {
    const ours = currentSchemaVersion().tag;
    const newer = await tampered(
      file,
      ARCHIVE_MANIFEST,
      `"schemaVersion": "${ours.slice(0, 5)}`,
      '"schemaVersion": "9999_',
    );
    const refused = await importArchive(ministry, newer);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(`9999_${ours.slice(5)}, newer than this server's ${ours}`);
  });

  it('checks the rows themselves, whatever the manifest says (400 naming the part and row)', async () => {
    const cases: Array<[string, (part: string, text: string) => string, RegExp]> = [
      [
        'a value its column does not allow',
        (part, text) => (part === 'endorsements.json' ? text.replace('"endorse"', '"maybe"') : text),
        /^part endorsements\.json: row 1, decision: /,
      ],
      [
        'an endorsement moved to a version that is not in the archive',
        (part, text) =>
          part === 'endorsements.json' ? text.replaceAll(version.id, crypto.randomUUID()) : text,
        /^part endorsements\.json: row 1 belongs to no row of document_versions\.json$/,
      ],
      [
        'a version whose hash is not its content’s',
        (part, text) =>
          part === 'document_versions.json' ? text.replace(version.hash, 'f'.repeat(64)) : text,
        /^part document_versions\.json: v1 does not verify/,
      ],
      [
        'an endorsement bound to another hash',
        (part, text) => (part === 'endorsements.json' ? text.replace(version.hash, 'e'.repeat(64)) : text),
        /^part endorsements\.json: row 1 is not bound to its version's content hash$/,
      ],
      [
        'an audit entry changed',
        (part, text) => (part === 'audit_log.json' ? text.replace('"Nadia Haddad"', '"Someone Else"') : text),
        /^part audit_log\.json: entry \d+ was changed after it was written$/,
      ],
    ];
    for (const [what, edit, message] of cases) {
      const refused = await importArchive(ministry, await forgedArchive(file, {}, edit));
      expect({ what, status: refused.status, code: refused.body.error?.code }).toEqual({
        what,
        status: 400,
        code: 'invalid_archive',
      });
      expect(refused.body.error.message).toMatch(message);
    }
  });

  it('leaves nothing behind when the store refuses part of it', async () => {
    // A consistent archive (hashes recomputed) of the same rows under another workshop id: its
    // invites and versions collide with those of the workshop imported first, after its workshop row went in.
    expect([201, 409]).toContain((await importArchive(ministry, file)).status); // whichever test ran first
    const otherId = crypto.randomUUID();
    const forged = await forgedArchive(file, { workshopId: otherId }, (name, text) =>
      name === 'workshops.json' ? text.replaceAll(workshop.id, otherId) : text,
    );
    const refused = await importArchive(ministry, forged);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/already on this server/);
    for (const table of [
      schema.workshops,
      schema.documentSnapshots,
      schema.invites,
      schema.auditLog,
    ] as const) {
      const column = 'workshopId' in table ? table.workshopId : schema.workshops.id;
      const [left] = await ministry.db.select({ n: count() }).from(table).where(eq(column, otherId));
      expect({ table: getTableName(table), n: left!.n }).toEqual({ table: getTableName(table), n: 0 });
    }
  });
});

describe('archives made before workshops had a language', () => {
  it('read without one, so the store gives the workshop its default, English', () => {
    const workshops = ARCHIVED_TABLES.find((table) => table.name === 'workshops')!;
    expect(Object.keys(workshops.columns)).toContain('language');
    const values: Record<string, unknown> = {
      id: crypto.randomUUID(),
      title: 'Older',
      country: null,
      startsOn: null,
      endsOn: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      archivedAt: null,
    };
    const carried = Object.fromEntries(
      Object.keys(workshops.columns)
        .filter((key) => key !== 'language')
        .map((key) => [key, values[key]]),
    );
    const [decoded] = decodeRows(workshops, new TextEncoder().encode(JSON.stringify([carried])), new Map());
    expect(decoded).not.toHaveProperty('language');
    expect(() =>
      decodeRows(
        workshops,
        new TextEncoder().encode(JSON.stringify([{ ...carried, language: 'xx' }])),
        new Map(),
      ),
    ).toThrow(/language/);
  });
});

describe('on PostgreSQL, with ADMIN_TOKEN', async () => {
  const available = await postgresAvailable();
  const ADMIN_TOKEN = 'admin-token-for-the-archive-test';
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    if (!available) return;
    scratch = await createScratchDatabase();
    server = await startTestServer({
      database: { kind: 'postgres', url: scratch.url },
      adminToken: ADMIN_TOKEN,
    });
  });
  afterAll(async () => {
    await server?.close();
    await scratch?.drop();
  });

  it.skipIf(!available)(
    'refuses an import without the admin token, and takes the PGlite archive with it',
    async () => {
      expect((await importArchive(server!, file)).status).toBe(401);
      expect(
        (await importArchive(server!, file, { authorization: 'Bearer wrong-token-wrong-token' })).status,
      ).toBe(401);
      const imported = await importArchive(server!, file, { authorization: `Bearer ${ADMIN_TOKEN}` });
      expect(imported.status).toBe(201);
      const call = caller(() => server!, imported.body);
      const detail = await call<VersionDetail>('GET', `/versions/${version.id}`, 'stakeholder');
      expect(detail.body.verified).toBe(true);
      expect(detail.body.endorsements.map((e) => e.contentHash)).toEqual([version.hash]);
      const client = connectClient(server!.url, workshop.id, imported.body.invites.participant);
      try {
        await client.synced;
        expect(liveContent(client.doc)).toBe(sourceContent);
      } finally {
        client.destroy();
      }
      const audit = await call<AuditLogResponse>('GET', '/audit', 'stakeholder');
      expect(await verifyAuditChain(audit.body.entries)).toMatchObject({ intact: true });

      // And on from PostgreSQL: the same rows come out again (and what happened since: the room's
      // automatic version when the client left, the audit entries).
      const again = await download(server!, workshop.id, imported.body.invites.facilitator);
      expect(again.status).toBe(200);
      const rowsOf = async (archive: Uint8Array) =>
        new Map(
          [...(await entriesOf(archive))]
            .filter(([name]) => name.endsWith('.json') && name !== ARCHIVE_MANIFEST)
            .map(([name, bytes]) => [name, JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown[]]),
        );
      const before = await rowsOf(file);
      const after = await rowsOf(new Uint8Array(await again.arrayBuffer()));
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const name of [...before.keys()].filter((name) => name !== 'invites.json')) {
        const rows = before.get(name)!;
        expect({ name, rows: after.get(name)!.slice(0, rows.length) }).toEqual({ name, rows });
      }
    },
    60_000,
  );
});
