import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CreateWorkshopResponse,
  Endorsement,
  VersionList,
  VersionSummary,
} from '../../../shared/api.js';
import { SYSTEM_ACTOR, verifyAuditChain, type AuditLogResponse } from '../../../shared/audit.js';
import type { CreatedInvite } from '../../../shared/people.js';
import type { Role } from '../../../shared/roles.js';
import type { VoteResults } from '../../../shared/votes.js';
import { createItem } from '../../../shared/workshop-document/index.js';
import { createAuditRepository } from '../../../server/store/audit-repository.js';
import { createLogger } from '../../../server/logger.js';
import { openDatabase, type OpenDatabase } from '../../../server/store/database.js';
import { createWorkshopRepository } from '../../../server/store/workshop-repository.js';
import type { RunningServer } from '../../../server/start-server.js';
import { templateDocument } from '../../../shared/workshop-document/index.js';
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

async function call<T>(method: string, url: string, token: string, body?: unknown) {
  return apiCall<T>(`${server.url}${url}`, method, {
    token,
    body,
    headers: { 'x-author-name': encodeURIComponent('Amina خان') },
  });
}

function api(workshop: CreateWorkshopResponse) {
  const base = `/api/workshops/${workshop.id}`;
  return (role: Role | { token: string }) => {
    const token = typeof role === 'string' ? workshop.invites[role] : role.token;
    return {
      get: <T>(p: string) => call<T>('GET', `${base}${p}`, token),
      send: <T>(method: string, p: string, body?: unknown) => call<T>(method, `${base}${p}`, token, body),
      raw: (p: string) =>
        fetch(`${server.url}${base}${p}`, { headers: { authorization: `Bearer ${token}` } }),
    };
  };
}

/** A workshop whose live draft holds two recommendations, so a vote can be opened on it. */
async function workshopWithRecommendations() {
  const workshop = await createWorkshop(server.url, { title: 'Audit' });
  const as = api(workshop);
  const client = connectClient(server.url, workshop.id, workshop.invites.participant);
  await client.synced;
  const empty = (await as('viewer').get<VersionList>('/versions')).body.live.hash;
  createItem(client.doc, 'recommendations', { text: 'Allow registration on two witnesses' }, { id: 'r-a' });
  createItem(client.doc, 'recommendations', { text: 'Waive late fees' }, { id: 'r-b' });
  for (let attempt = 0; ; attempt++) {
    if ((await as('viewer').get<VersionList>('/versions')).body.live.hash !== empty) break;
    if (attempt > 200) throw new Error('the recommendations never reached the server');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  client.destroy();
  return { workshop, as };
}

const DECISION = {
  decisionMaker: 'Somsak K.',
  office: 'Minister of Interior',
  kind: 'formal',
  decidedOn: '2027-02-01',
  text: 'Adopted.',
  recommendations: { 'r-a': 'adopted' },
} as const;

const compact = (text: string) => text.replace(/\s+/g, '');

describe('audit log API', () => {
  it('records each act in order, in a chain that verifies, readable by facilitators and stakeholders', async () => {
    const { workshop, as } = await workshopWithRecommendations();
    const before = (await as('facilitator').get<AuditLogResponse>('/audit')).body;
    const offset = before.entries.length;

    const invite = await as('facilitator').send<CreatedInvite>('POST', '/invites', {
      role: 'stakeholder',
      name: 'Somchai P.',
      organisation: 'DOPA',
    });
    expect(invite.status).toBe(201);
    const version = (await as('facilitator').send<VersionSummary>('POST', '/versions', { name: 'Final' }))
      .body;
    expect((await as('facilitator').send('POST', `/versions/${version.id}/endorsement-request`)).status).toBe(
      201,
    );
    const endorsed = await as({ token: invite.body.token }).send<Endorsement>(
      'POST',
      `/versions/${version.id}/endorsements`,
      { decision: 'endorse' },
    );
    expect(endorsed.status).toBe(201);
    expect(endorsed.body.identity).toBe('invite');
    const declined = await as('stakeholder').send<Endorsement>(
      'POST',
      `/versions/${version.id}/endorsements`,
      {
        decision: 'decline',
        name: 'Nok',
        organisation: 'UNICEF',
        comment: 'Not yet',
      },
    );
    expect(declined.body.identity).toBe('self-declared');
    const vote = (
      await as('facilitator').send<VoteResults>('POST', '/votes', { mode: 'rating', anonymous: true })
    ).body;
    expect((await as('facilitator').send('POST', `/votes/${vote.vote.id}/close`)).status).toBe(200);
    expect((await as('facilitator').send('POST', `/versions/${version.id}/decisions`, DECISION)).status).toBe(
      201,
    );
    expect((await as('facilitator').send('POST', '/archive')).status).toBe(200);
    expect((await as('facilitator').send('POST', '/unarchive')).status).toBe(200);
    const exported = await as('viewer').raw(`/export/report.md?version=${version.id}`);
    expect(exported.status).toBe(200);
    const markdown = await exported.text();
    expect((await as('facilitator').send('DELETE', `/invites/${invite.body.id}`)).status).toBe(200);

    const log = await as('stakeholder').get<AuditLogResponse>('/audit');
    expect(log.status).toBe(200);
    // The participant's leaving auto-saves a version whenever its room empties: the server's act, not ours.
    const automatic = log.body.entries
      .slice(offset)
      .filter((e) => e.actor.inviteId === SYSTEM_ACTOR.inviteId);
    for (const entry of automatic)
      expect(entry).toMatchObject({ action: 'version.saved', details: { kind: 'auto' } });
    const entries = log.body.entries.slice(offset).filter((e) => !automatic.includes(e));
    expect(entries.map((e) => [e.action, e.actor.name])).toEqual([
      ['invite.created', 'Amina خان'],
      ['version.saved', 'Amina خان'],
      ['endorsement.requested', 'Amina خان'],
      ['endorsement.given', 'Somchai P.'],
      ['endorsement.declined', 'Nok'],
      ['vote.opened', 'Amina خان'],
      ['vote.closed', 'Amina خان'],
      ['decision.recorded', 'Amina خان'],
      ['workshop.archived', 'Amina خان'],
      ['workshop.unarchived', 'Amina خان'],
      ['export.version', 'Viewer'],
      ['invite.revoked', 'Amina خان'],
    ]);
    expect(entries[0]).toMatchObject({
      subject: invite.body.id,
      actor: { role: 'facilitator' },
      details: { role: 'stakeholder', kind: 'personal', name: 'Somchai P.', organisation: 'DOPA' },
    });
    expect(entries[1]).toMatchObject({
      subject: version.id,
      details: { number: version.number, contentHash: version.hash },
    });
    expect(entries[10]).toMatchObject({ subject: version.id, details: { file: 'report.md' } });
    // No token, nor its hash, is ever in the log.
    expect(JSON.stringify(log.body)).not.toContain(invite.body.token);
    expect(log.body.entries.map((e) => e.seq)).toEqual(log.body.entries.map((_, i) => i + 1));
    expect(await verifyAuditChain(log.body.entries)).toMatchObject({
      intact: true,
      head: { seq: log.body.entries.length, hash: log.body.head },
    });
    expect(log.body.head).toBe(log.body.entries.at(-1)!.hash);

    // Each endorsement keeps the head its own entry made.
    const listed = (await as('viewer').get<VersionList>('/versions')).body.versions.find(
      (v) => v.id === version.id,
    )!;
    const given = listed.endorsements.find((e) => e.id === endorsed.body.id)!;
    expect(given.auditHead).toBe(entries[3]!.hash);
    expect(entries[3]!.subject).toBe(endorsed.body.id);
    expect(listed.endorsements.find((e) => e.id === declined.body.id)!.auditHead).toBe(entries[4]!.hash);

    // The export printed the head before its own entry: the latest entry that is not an export's.
    const printed = log.body.entries.filter((e) => e.seq < entries[10]!.seq).at(-1)!;
    expect(markdown).toContain(`${printed.hash} (entry ${printed.seq})`);
    expect(markdown).toContain('confirmed by personal invite');
    expect(markdown).toContain('self-declared');

    for (const role of ['participant', 'viewer'] as const)
      expect((await as(role).get('/audit')).status).toBe(403);
    expect((await call('GET', `/api/workshops/${workshop.id}/audit`, 'nope')).status).toBe(401);
  });

  it('records an import with the file’s hash, not the file', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Imported' });
    const csv = 'Theme,Population group,Evidence\r\nLegal framework,Refugees,Births go unregistered\r\n';
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}/import/findings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${workshop.invites.facilitator}`, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(response.status).toBe(201);
    const { entries } = (await api(workshop)('facilitator').get<AuditLogResponse>('/audit')).body;
    expect(entries.filter((e) => e.action === 'import.applied')).toEqual([
      expect.objectContaining({
        subject: workshop.id,
        details: expect.objectContaining({
          collection: 'findings',
          format: 'csv',
          created: 1,
          fileSha256: createHash('sha256').update(csv).digest('hex'),
        }),
      }),
    ]);
  });

  it('gives concurrent appends seq 1..N without gaps or forks', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Busy' });
    const as = api(workshop);
    const saved = await Promise.all(
      Array.from({ length: 10 }, (_, i) => as('facilitator').send('POST', '/versions', { name: `V${i}` })),
    );
    expect(saved.map((s) => s.status)).toEqual(Array(10).fill(201));
    const { entries, head } = (await as('facilitator').get<AuditLogResponse>('/audit')).body;
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.prevHash)).size).toBe(10);
    expect(await verifyAuditChain(entries)).toMatchObject({
      intact: true,
      entries: 10,
      head: { seq: 10, hash: head },
    });
  });

  it('prints the head in the DOCX and the PDF of a version, and re-renders once the log moves on', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Printed' });
    const as = api(workshop);
    const version = (await as('facilitator').send<VersionSummary>('POST', '/versions', { name: 'Final' }))
      .body;
    const headNow = async () => {
      const { entries, head } = (await as('facilitator').get<AuditLogResponse>('/audit')).body;
      return { entries, head: { seq: entries.length, hash: head } };
    };
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-export-'));

    const { head } = await headNow();
    const docx = new Uint8Array(
      await (await as('viewer').raw(`/export/report.docx?version=${version.id}`)).arrayBuffer(),
    );
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(compact(xml.replace(/<[^>]+>/g, ''))).toContain(compact(`${head.hash} (entry ${head.seq})`));

    const pdfFile = path.join(dir, 'report.pdf');
    writeFileSync(
      pdfFile,
      new Uint8Array(
        await (await as('viewer').raw(`/export/report.pdf?version=${version.id}`)).arrayBuffer(),
      ),
    );
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', pdfFile, '-'], {
      encoding: 'utf8',
    });
    expect(compact(page1)).toContain(compact(`Audit log head ${head.hash} (entry ${head.seq})`));

    // Two exports appended; the printed head is unchanged, until a real act moves it.
    const afterExports = await headNow();
    expect(afterExports.entries.slice(-2).map((e) => e.action)).toEqual(['export.version', 'export.version']);
    await as('facilitator').send('POST', `/versions/${version.id}/endorsement-request`);
    const moved = (await headNow()).head;
    const md = await (await as('viewer').raw(`/export/report.md?version=${version.id}`)).text();
    expect(md).toContain(`${moved.hash} (entry ${moved.seq})`);
  });
});

const hasPostgres = await postgresAvailable();

/** The database itself refuses to rewrite or remove an entry; deleting the workshop takes its log with it. */
async function expectAppendOnly(store: OpenDatabase): Promise<void> {
  const workshopId = crypto.randomUUID();
  await createWorkshopRepository(store.db).create(
    workshopId,
    { title: 'Kept' },
    [{ role: 'facilitator', tokenHash: 'x'.repeat(64) }],
    templateDocument(),
  );
  const audit = createAuditRepository(store.db);
  const actor = { inviteId: crypto.randomUUID(), name: 'A', role: 'facilitator' as const };
  await audit.append(workshopId, { actor, action: 'workshop.archived', subject: workshopId, details: {} });
  await audit.append(workshopId, { actor, action: 'workshop.unarchived', subject: workshopId, details: {} });
  for (const attempt of [
    sql`update audit_log set details = '{"x":1}'::jsonb where workshop_id = ${workshopId} and seq = 1`,
    sql`delete from audit_log where workshop_id = ${workshopId} and seq = 2`,
    sql`truncate audit_log`,
  ]) {
    const refused = await store.db.execute(attempt).then(
      () => null,
      (error: Error) => error,
    );
    expect(refused).toBeInstanceOf(Error);
    expect(String(refused?.cause ?? refused)).toMatch(/audit_log is append-only/);
  }
  const kept = await audit.list(workshopId);
  expect(kept.map((e) => e.seq)).toEqual([1, 2]);
  expect(await verifyAuditChain(kept)).toMatchObject({ intact: true });
  await store.db.execute(sql`delete from workshops where id = ${workshopId}`);
  expect(await audit.list(workshopId)).toEqual([]);
}

describe('audit log at the database', () => {
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
