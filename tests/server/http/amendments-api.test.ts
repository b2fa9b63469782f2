import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { Amendment, AmendmentList, ProposeAmendmentRequest } from '../../../shared/amendments.js';
import type { ApiError, CreateWorkshopResponse } from '../../../shared/api.js';
import type { CommentThread } from '../../../shared/comments.js';
import { noticeKey } from '../../../shared/live-notices.js';
import {
  createItem,
  findItem,
  itemText,
  metaMap,
  paragraphs,
  reportFragment,
} from '../../../shared/workshop-document/index.js';
import { plainText } from '../../../shared/workshop-document/plain-text.js';
import { richTextSurface } from '../../../shared/workshop-document/text-surface.js';
import type { RunningServer } from '../../../server/start-server.js';
import { apiCall } from '../../helpers/api-call.js';
import { serverPerFile } from '../../helpers/server-per-file.js';
import { postgresAvailable, redisAvailable } from '../../helpers/services.js';
import { createWorkshop, startSharedInstances } from '../../helpers/test-server.js';
import { connectClient, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

const files = serverPerFile();

type Invite = keyof CreateWorkshopResponse['invites'];

/** A person token per test person, as each browser keeps its own (32+ base64url characters). */
const personToken = (who: string) => `${who}-${'x'.repeat(40)}`.replace(/[^A-Za-z0-9_-]/g, '_');

function api(running: () => RunningServer, workshop: CreateWorkshopResponse) {
  return <T>(method: string, path: string, role: Invite, body?: unknown, person: string = role) =>
    apiCall<T>(`${running().url}/api/workshops/${workshop.id}${path}`, method, {
      token: workshop.invites[role],
      body,
      headers: { 'x-author-name': encodeURIComponent(person), 'x-person-token': personToken(person) },
    });
}

const recommendationText = (doc: Y.Doc, id: string) =>
  itemText(findItem(doc, 'recommendations', id)!, 'text').toString();

/** A workshop with one recommendation, known to the server's room and to an editing client. */
async function withRecommendation(title: string, text: string) {
  const workshop = await createWorkshop(files.server.url, { title });
  const editor = files.connect(workshop.id, workshop.invites.participant);
  await editor.synced;
  editor.doc.transact(() => createItem(editor.doc, 'recommendations', { text }, { id: 'r-1' }));
  const room = await files.server.registry.peek(workshop.id);
  await waitFor(
    () => room !== undefined && findItem(room.doc, 'recommendations', 'r-1') !== undefined,
    'server has it',
  );
  return { workshop, editor, call: api(() => files.server, workshop) };
}

const target = { collection: 'recommendations', itemId: 'r-1', field: 'text' } as const;

describe('amendments', () => {
  it('proposes, supports once per person, and accepts as a minimal edit while someone types in the same field', async () => {
    const { workshop, editor, call } = await withRecommendation(
      'Amend',
      'Waive the late registration fee for refugee children.',
    );
    let notices = 0;
    metaMap(editor.doc).observe((event) => {
      if (event.keysChanged.has(noticeKey('amendments'))) notices++;
    });
    const proposed = await call<Amendment>('POST', '/amendments', 'stakeholder', {
      target,
      proposedText: 'Waive the late birth registration fee for refugee and stateless children.',
      reason: 'Stateless children face the same fee.',
    } satisfies ProposeAmendmentRequest);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      status: 'open',
      baseText: 'Waive the late registration fee for refugee children.',
      proposedText: 'Waive the late birth registration fee for refugee and stateless children.',
      reason: 'Stateless children face the same fee.',
      proposer: { name: 'stakeholder', role: 'stakeholder' },
      outdated: false,
      gone: false,
      supporters: [],
      decision: null,
    });
    // Only words added: nothing of the current text is struck out.
    expect(
      proposed.body.diff.filter((part) => part.op !== 'equal').map((part) => [part.op, part.text.trim()]),
    ).toEqual([
      ['insert', 'birth'],
      ['insert', 'and stateless'],
    ]);
    await waitFor(() => notices > 0, 'the room is told');
    // The live text is untouched.
    expect(recommendationText(editor.doc, 'r-1')).toBe(
      'Waive the late registration fee for refugee children.',
    );

    const id = proposed.body.id;
    const once = await call<Amendment>('POST', `/amendments/${id}/support`, 'participant', {}, 'Ana');
    const twice = await call<Amendment>('POST', `/amendments/${id}/support`, 'participant', {}, 'Ana');
    expect([once.status, twice.status]).toEqual([200, 200]);
    expect(twice.body.supporters).toEqual([{ name: 'Ana', role: 'participant' }]);
    expect(twice.body.supportedByMe).toBe(true);
    const other = await call<Amendment>('POST', `/amendments/${id}/support`, 'facilitator', {}, 'Bo');
    expect(other.body.supporters.map((s) => s.name)).toEqual(['Ana', 'Bo']);

    // A second client types at the end of the same field while offline; the facilitator accepts meanwhile.
    const typist = files.connect(workshop.id, workshop.invites.participant);
    await typist.synced;
    typist.provider.disconnect();
    const typed = itemText(findItem(typist.doc, 'recommendations', 'r-1')!, 'text');
    typed.insert(typed.length, ' Within a year.');
    typed.insert(0, 'Urgently: ');
    const accepted = await call<Amendment>('POST', `/amendments/${id}/accept`, 'facilitator');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      decision: { by: { role: 'facilitator' }, reason: null },
    });
    typist.provider.connect();
    const expected =
      'Urgently: Waive the late birth registration fee for refugee and stateless children. Within a year.';
    const room = (await files.server.registry.peek(workshop.id))!;
    for (const doc of [editor.doc, typist.doc, room.doc])
      await waitFor(() => recommendationText(doc, 'r-1') === expected, 'both changes everywhere');

    // Decided: no second decision, no more support.
    expect((await call<ApiError>('POST', `/amendments/${id}/accept`, 'facilitator')).status).toBe(409);
    expect((await call('POST', `/amendments/${id}/reject`, 'facilitator', { reason: 'no' })).status).toBe(
      409,
    );
    expect((await call('POST', `/amendments/${id}/support`, 'stakeholder')).status).toBe(409);

    // The accept is the facilitator's edit in the activity log, and in the audit log.
    const activity = await call<{ entries: Array<{ actor: { role: string }; fields: string[] }> }>(
      'GET',
      '/activity?itemId=r-1',
      'viewer',
    );
    expect(
      activity.body.entries.some((e) => e.actor.role === 'facilitator' && e.fields.includes('text')),
    ).toBe(true);
    const audit = await call<{ entries: Array<{ action: string; subject: string }> }>(
      'GET',
      '/audit',
      'facilitator',
    );
    expect(audit.body.entries.filter((e) => e.subject === id).map((e) => e.action)).toEqual([
      'amendment.proposed',
      'amendment.accepted',
    ]);
  });

  it('refuses what the issue says it refuses', async () => {
    const { workshop, editor, call } = await withRecommendation('Rules', 'Train registrars.');
    editor.doc.transact(() => createItem(editor.doc, 'findings', {}, { id: 'f-1' }));
    const room = (await files.server.registry.peek(workshop.id))!;
    await waitFor(() => findItem(room.doc, 'findings', 'f-1') !== undefined, 'finding reaches the server');
    const propose = (role: Invite, body: unknown) => call<ApiError>('POST', '/amendments', role, body);
    const reason = 'because';
    expect((await propose('viewer', { target, proposedText: 'Train all registrars.', reason })).status).toBe(
      403,
    );
    const notText = await propose('participant', {
      target: { collection: 'findings', itemId: 'f-1', field: 'status' },
      proposedText: 'validated',
      reason,
    });
    expect(notText.status).toBe(400);
    expect(notText.body.error.message).toMatch(/not a text field/);
    expect(
      (await propose('participant', { target: { ...target, itemId: 'r-nope' }, proposedText: 'x', reason }))
        .status,
    ).toBe(400);
    const same = await propose('participant', { target, proposedText: 'Train registrars.', reason });
    expect(same.status).toBe(400);
    expect(same.body.error.message).toMatch(/same as the current/);
    expect(
      (await propose('participant', { target, proposedText: 'Train all registrars.', reason: ' ' })).status,
    ).toBe(400);
    const long = await propose('participant', { target, proposedText: 'a'.repeat(20_001), reason });
    expect(long.status).toBe(413);
    expect(long.body.error.code).toBe('payload_too_large');
    const fits = await propose('participant', { target, proposedText: 'a'.repeat(20_000), reason });
    expect(fits.status).toBe(201);

    // Support needs to know who is supporting.
    const anonymous = await apiCall<ApiError>(
      `${files.server.url}/api/workshops/${workshop.id}/amendments/${(fits.body as unknown as Amendment).id}/support`,
      'POST',
      { token: workshop.invites.participant, body: {} },
    );
    expect(anonymous.status).toBe(400);

    // Reject needs a reason; only facilitators decide.
    const made = await call<Amendment>('POST', '/amendments', 'participant', {
      target,
      proposedText: 'Train and pay registrars.',
      reason: 'Pay matters.',
    });
    const id = made.body.id;
    expect((await call('POST', `/amendments/${id}/reject`, 'participant', { reason: 'no' })).status).toBe(
      403,
    );
    expect((await call('POST', `/amendments/${id}/accept`, 'stakeholder')).status).toBe(403);
    expect((await call('POST', `/amendments/${id}/reject`, 'facilitator', {})).status).toBe(400);
    expect((await call('POST', `/amendments/${id}/reject`, 'facilitator', { reason: '  ' })).status).toBe(
      400,
    );
    const rejected = await call<Amendment>('POST', `/amendments/${id}/reject`, 'facilitator', {
      reason: 'Pay is set by the civil service commission.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decision: { reason: 'Pay is set by the civil service commission.' },
    });
    expect(recommendationText(room.doc, 'r-1')).toBe('Train registrars.');
    expect((await call('POST', '/amendments/not-a-uuid/accept', 'facilitator')).status).toBe(404);
    expect((await call('POST', `/amendments/${crypto.randomUUID()}/accept`, 'facilitator')).status).toBe(404);

    // Lists by status.
    const count = async (status: string) =>
      (await call<AmendmentList>('GET', `/amendments?status=${status}`, 'viewer')).body.amendments.length;
    expect([
      await count('open'),
      await count('rejected'),
      await count('accepted'),
      await count('all'),
    ]).toEqual([1, 1, 0, 2]);
    expect((await call<AmendmentList>('GET', '/amendments', 'viewer')).body.amendments).toHaveLength(1);
    expect((await call('GET', '/amendments?status=maybe', 'viewer')).status).toBe(400);
  });

  it('shows an amendment whose words changed as outdated, with the new diff, and accepts it only when confirmed', async () => {
    const { workshop, editor, call } = await withRecommendation(
      'Outdated',
      'Register refugee births within 30 days.',
    );
    const made = await call<Amendment>('POST', '/amendments', 'participant', {
      target,
      proposedText: 'Register refugee births within 60 days.',
      reason: 'Remote camps.',
    });
    const id = made.body.id;
    // An edit elsewhere in the field does not make it outdated…
    editor.doc.transact(() =>
      itemText(findItem(editor.doc, 'recommendations', 'r-1')!, 'text').insert(0, 'Always '),
    );
    const room = (await files.server.registry.peek(workshop.id))!;
    await waitFor(() => recommendationText(room.doc, 'r-1').startsWith('Always'), 'edit reaches the server');
    let listed = (await call<AmendmentList>('GET', '/amendments', 'viewer')).body.amendments[0]!;
    expect(listed).toMatchObject({
      outdated: false,
      resultText: 'Always Register refugee births within 60 days.',
    });
    // …changing the words it replaces does.
    editor.doc.transact(() => {
      const text = itemText(findItem(editor.doc, 'recommendations', 'r-1')!, 'text');
      const at = text.toString().indexOf('30');
      text.delete(at, 2);
      text.insert(at, '45');
    });
    await waitFor(() => recommendationText(room.doc, 'r-1').includes('45'), 'edit reaches the server');
    listed = (await call<AmendmentList>('GET', '/amendments', 'viewer')).body.amendments[0]!;
    expect(listed).toMatchObject({
      outdated: true,
      currentText: 'Always Register refugee births within 45 days.',
      resultText: 'Always Register refugee births within 60 days.',
    });
    expect(listed.diff.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: '45' },
      { op: 'insert', text: '60' },
    ]);
    const unconfirmed = await call<ApiError>('POST', `/amendments/${id}/accept`, 'facilitator', {});
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error.code).toBe('outdated');
    expect(recommendationText(room.doc, 'r-1')).toBe('Always Register refugee births within 45 days.');
    const confirmed = await call<Amendment>('POST', `/amendments/${id}/accept`, 'facilitator', {
      confirmOutdated: true,
    });
    expect(confirmed.status).toBe(200);
    await waitFor(
      () => recommendationText(editor.doc, 'r-1') === 'Always Register refugee births within 60 days.',
      'the client has it',
    );
  });

  it('amends words selected in the report, and discusses an amendment in a comment thread', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Report words' });
    const editor = files.connect(workshop.id, workshop.invites.participant);
    await editor.synced;
    const report = reportFragment(editor.doc);
    editor.doc.transact(() => {
      report.delete(0, report.length);
      report.insert(0, paragraphs('The workshop met on two days.\nIt validated twelve findings.'));
    });
    const room = (await files.server.registry.peek(workshop.id))!;
    await waitFor(() => plainText(reportFragment(room.doc)).includes('twelve'), 'report reaches the server');
    const surface = richTextSurface(report);
    const from = surface.text.indexOf('two days');
    const encode = (p: Y.RelativePosition) => toBase64(Y.encodeRelativePosition(p));
    const range = {
      start: encode(surface.positionAt(from, 0)!),
      end: encode(surface.positionAt(from + 'two days'.length, -1)!),
    };
    const call = api(() => files.server, workshop);
    const made = await call<Amendment>('POST', '/amendments', 'stakeholder', {
      target: { report: range },
      proposedText: 'three days',
      reason: 'It ran over.',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      baseText: 'two days',
      proposedText: 'three days',
      currentText: 'two days',
    });

    const thread = await call<CommentThread>('POST', '/comments', 'participant', {
      anchor: { collection: 'amendment', itemId: made.body.id },
      body: 'Half a day more, in fact.',
    });
    expect(thread.status).toBe(201);
    expect(
      (
        await call('POST', '/comments', 'participant', {
          anchor: { collection: 'amendment', itemId: crypto.randomUUID() },
          body: 'On nothing',
        })
      ).status,
    ).toBe(400);

    // Someone types in the same paragraph, outside the words, while it is accepted.
    editor.doc.transact(() => ((report.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'In short: '));
    const accepted = await call<Amendment>('POST', `/amendments/${made.body.id}/accept`, 'facilitator');
    expect(accepted.status).toBe(200);
    const expected = 'In short: The workshop met on three days.\nIt validated twelve findings.';
    for (const doc of [editor.doc, room.doc])
      await waitFor(() => plainText(reportFragment(doc)) === expected, 'the report everywhere');

    const refused = await call<ApiError>('POST', '/amendments', 'stakeholder', {
      target: { report: { start: range.start, end: range.start } },
      proposedText: 'x',
      reason: 'r',
    });
    expect(refused.status).toBe(400);
  });

  it('puts the decided amendments in an annex of the exports, and deletes them with the workshop', async () => {
    const { workshop, call } = await withRecommendation('Annex', 'Issue birth certificates free of charge.');
    const accept = await call<Amendment>(
      'POST',
      '/amendments',
      'stakeholder',
      {
        target,
        proposedText: 'Issue birth certificates free of charge to everyone.',
        reason: 'Universal coverage.',
      },
      'Ministry of Interior',
    );
    const reject = await call<Amendment>(
      'POST',
      '/amendments',
      'participant',
      {
        target,
        proposedText: 'Issue birth certificates.',
        reason: 'Fees fund the registry.',
      },
      'Registrar General',
    );
    await call<Amendment>('POST', '/amendments', 'participant', {
      target,
      proposedText: 'Issue certificates free of charge.',
      reason: 'Still open.',
    });
    await call('POST', `/amendments/${accept.body.id}/support`, 'participant', {}, 'Ana');
    expect(
      (await call('POST', `/amendments/${accept.body.id}/accept`, 'facilitator', {}, 'Chair')).status,
    ).toBe(200);
    expect(
      (
        await call(
          'POST',
          `/amendments/${reject.body.id}/reject`,
          'facilitator',
          { reason: 'Against SDG 16.9.' },
          'Chair',
        )
      ).status,
    ).toBe(200);

    const markdown = await fetch(`${files.server.url}/api/workshops/${workshop.id}/export/report.md`, {
      headers: { authorization: `Bearer ${workshop.invites.viewer}` },
    });
    const text = await markdown.text();
    expect(text).toContain('Annex: amendments considered');
    expect(text).toContain('Universal coverage.');
    expect(text).toContain('Ministry of Interior');
    expect(text).toContain('Against SDG 16.9.');
    expect(text).toContain('Rejected by Chair');
    expect(text).not.toContain('Still open.');
    for (const file of ['report.docx', 'report.pdf']) {
      const response = await fetch(`${files.server.url}/api/workshops/${workshop.id}/export/${file}`, {
        headers: { authorization: `Bearer ${workshop.invites.viewer}` },
      });
      expect(response.status).toBe(200);
    }

    const count = async (table: 'amendments' | 'amendment_supports') => {
      const result = (await files.server.db.execute(
        sql`select count(*)::int as n from ${sql.identifier(table)}`,
      )) as unknown as { rows: Array<{ n: number }> };
      return Number(result.rows[0]!.n);
    };
    const before = [await count('amendments'), await count('amendment_supports')];
    const deleted = await call('DELETE', '', 'facilitator', { confirmTitle: 'Annex' });
    expect(deleted.status).toBe(200);
    expect([
      before[0]! - (await count('amendments')),
      before[1]! - (await count('amendment_supports')),
    ]).toEqual([3, 1]);
  });
});

const sharedServices = (await postgresAvailable()) && (await redisAvailable());

describe.runIf(sharedServices)('amendments across two instances', () => {
  let instances: Awaited<ReturnType<typeof startSharedInstances>>;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    instances = await startSharedInstances();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await instances?.close();
  });

  it('tells a page on the other instance, and applies an accept made on either', async () => {
    const { first, second } = instances;
    const workshop = await createWorkshop(first.url, { title: 'Two instances' });
    const onSecond = connectClient(second.url, workshop.id, workshop.invites.participant);
    clients.push(onSecond);
    await onSecond.synced;
    onSecond.doc.transact(() =>
      createItem(onSecond.doc, 'recommendations', { text: 'Open mobile registration units.' }, { id: 'r-1' }),
    );
    let notices = 0;
    metaMap(onSecond.doc).observe((event) => {
      if (event.keysChanged.has(noticeKey('amendments'))) notices++;
    });
    const callFirst = api(() => first, workshop);
    // The first instance does not hold the room: it reads the item from the store once written.
    let made: { status: number; body: Amendment } | undefined;
    for (let attempt = 0; attempt < 50 && made?.status !== 201; attempt++) {
      made = await callFirst<Amendment>('POST', '/amendments', 'stakeholder', {
        target,
        proposedText: 'Open mobile registration units in every province.',
        reason: 'Coverage.',
      });
      if (made.status !== 201) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(made!.status).toBe(201);
    await waitFor(() => notices > 0, 'the page on the second instance is told');
    const accepted = await callFirst<Amendment>('POST', `/amendments/${made!.body.id}/accept`, 'facilitator');
    expect(accepted.status).toBe(200);
    await waitFor(
      () => recommendationText(onSecond.doc, 'r-1') === 'Open mobile registration units in every province.',
      'the accepted wording reaches the page on the second instance',
    );
  });
});
