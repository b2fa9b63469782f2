import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiError, CreateWorkshopResponse } from '../../../shared/api.js';
import type { VoteResults, VoteState } from '../../../shared/votes.js';
import { createItem, findItem, orderedItems } from '../../../shared/workshop-document/index.js';
import { createScratchDatabase, postgresAvailable } from '../../helpers/services.js';
import { serverPerFile, type ServerPerFile } from '../../helpers/server-per-file.js';
import { createWorkshop } from '../../helpers/test-server.js';
import { waitFor } from '../../helpers/yjs-clients.js';

const onPglite = serverPerFile();

const person = () => randomBytes(32).toString('base64url');

/** Requests and fixtures against one server: the PGlite one of this file, or the PostgreSQL one below. */
function votingOn(files: ServerPerFile) {
  async function call<T>(
    workshop: CreateWorkshopResponse,
    method: string,
    path: string,
    options: {
      role: keyof CreateWorkshopResponse['invites'];
      person?: string;
      name?: string;
      body?: unknown;
    },
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${files.server.url}/api/workshops/${workshop.id}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${workshop.invites[options.role]}`,
        'content-type': 'application/json',
        'x-author-name': encodeURIComponent(options.name ?? options.role),
        ...(options.person ? { 'x-person-token': options.person } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** A workshop with `count` recommendations, written through a participant's live connection. */
  async function workshopWithRecommendations(count: number) {
    const workshop = await createWorkshop(files.server.url, { title: 'Prioritising' });
    const editor = files.connect(workshop.id, workshop.invites.participant);
    await editor.synced;
    editor.doc.transact(() => {
      for (let i = 0; i < count; i++)
        createItem(editor.doc, 'recommendations', { text: `Recommendation ${i + 1}` });
    });
    const ids = orderedItems(editor.doc, 'recommendations').map((item) => String(item.get('id')));
    const room = await files.server.registry.peek(workshop.id);
    await waitFor(
      () => ids.every((id) => room && findItem(room.doc, 'recommendations', id)),
      'server has them',
    );
    return { workshop, ids, editor };
  }

  return { call, workshopWithRecommendations };
}

describe('dot-voting', () => {
  const { call, workshopWithRecommendations } = votingOn(onPglite);

  it('enforces the dot budget, one cast per recommendation, the close, and roles', async () => {
    const { workshop, ids, editor } = await workshopWithRecommendations(3);
    const [r1, r2, r3] = ids as [string, string, string];

    const byParticipant = await call<ApiError>(workshop, 'POST', '/votes', {
      role: 'participant',
      body: { mode: 'dots', dotsPerPerson: 3, anonymous: false },
    });
    expect(byParticipant.status).toBe(403);

    const opened = await call<VoteResults>(workshop, 'POST', '/votes', {
      role: 'facilitator',
      body: { mode: 'dots', dotsPerPerson: 3, anonymous: false },
    });
    expect(opened.status).toBe(201);
    const voteId = opened.body.vote.id;
    expect(opened.body.vote.recommendationIds).toEqual(ids);

    const second = await call<ApiError>(workshop, 'POST', '/votes', {
      role: 'facilitator',
      body: { mode: 'rating', anonymous: true },
    });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(/already open/);

    const amina = person();
    const cast = (
      who: string,
      recommendationId: string,
      points: number,
      role: 'participant' | 'stakeholder' | 'viewer' = 'participant',
      name = 'Amina',
    ) =>
      call<VoteResults & ApiError>(workshop, 'POST', `/votes/${voteId}/ballots`, {
        role,
        person: who,
        name,
        body: { recommendationId, points },
      });

    expect((await cast(amina, r1, 2)).status).toBe(201);
    // Over-voting: 2 spent, 2 more would make 4 of 3.
    const over = await cast(amina, r2, 2);
    expect(over.status).toBe(409);
    expect(over.body.error.message).toMatch(/more than your 3 dots/);
    // Voting twice on the same recommendation.
    const twice = await cast(amina, r1, 1);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already/);
    const last = await cast(amina, r2, 1);
    expect(last.status).toBe(201);
    expect(last.body.mine).toEqual({ [r1]: 2, [r2]: 1 });

    // Wrong roles, no person, a recommendation not on the ballot.
    expect((await cast(person(), r3, 1, 'stakeholder')).status).toBe(403);
    expect((await cast(person(), r3, 1, 'viewer')).status).toBe(403);
    const anonymousCaller = await call<ApiError>(workshop, 'POST', `/votes/${voteId}/ballots`, {
      role: 'participant',
      body: { recommendationId: r3, points: 1 },
    });
    expect(anonymousCaller.status).toBe(400);
    expect((await cast(person(), 'r-not-there', 1)).status).toBe(400);
    expect((await cast(person(), r3, 0)).status).toBe(400);

    // Bilal's dots race each other: only what fits in his budget is stored.
    const bilal = person();
    const racing = await Promise.all([
      cast(bilal, r1, 2, 'participant', 'Bilal'),
      cast(bilal, r3, 2, 'participant', 'Bilal'),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);

    // The vote survives a reconnect: the state, read again as Amina, still has her dots.
    const state = await call<VoteState>(workshop, 'GET', '/votes/current', {
      role: 'participant',
      person: amina,
    });
    expect(state.body.current?.mine).toEqual({ [r1]: 2, [r2]: 1 });
    expect(state.body.current?.participants).toBe(2);
    expect(state.body.current?.ranking[0]?.recommendationId).toBe(r1);
    const bilalOnR1 = racing.some((r) => r.status === 201 && r.body.mine[r1] === 2);
    expect(state.body.current?.ranking[0]?.ballots.map((b) => b.name).sort()).toEqual(
      bilalOnR1 ? ['Amina', 'Bilal'] : ['Amina'],
    );

    expect((await call(workshop, 'POST', `/votes/${voteId}/close`, { role: 'participant' })).status).toBe(
      403,
    );
    const closed = await call<VoteResults>(workshop, 'POST', `/votes/${voteId}/close`, {
      role: 'facilitator',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.vote.status).toBe('closed');

    const afterClose = await cast(person(), r3, 1);
    expect(afterClose.status).toBe(409);
    expect(afterClose.body.error.message).toMatch(/closed/);
    expect((await call(workshop, 'POST', `/votes/${voteId}/close`, { role: 'facilitator' })).status).toBe(
      409,
    );

    // The ranking is now each recommendation's priority, live in everyone's document.
    const first = findItem(editor.doc, 'recommendations', closed.body.ranking[0]!.recommendationId)!;
    await waitFor(() => String(first.get('priority')).startsWith('#1 ·'), 'priority reaches the editor');
  });

  it('rates 1–5, anonymously, one rating per person and recommendation', async () => {
    const { workshop, ids } = await workshopWithRecommendations(2);
    const opened = await call<VoteResults>(workshop, 'POST', '/votes', {
      role: 'facilitator',
      body: { mode: 'rating', anonymous: true },
    });
    const voteId = opened.body.vote.id;
    const rate = (who: string, recommendationId: string, points: number) =>
      call<VoteResults & ApiError>(workshop, 'POST', `/votes/${voteId}/ballots`, {
        role: 'participant',
        person: who,
        body: { recommendationId, points },
      });
    const a = person();
    const b = person();
    expect((await rate(a, ids[1]!, 6)).status).toBe(400);
    expect((await rate(a, ids[1]!, 5)).status).toBe(201);
    expect((await rate(a, ids[1]!, 4)).status).toBe(409);
    expect((await rate(b, ids[1]!, 4)).status).toBe(201);
    const result = await rate(b, ids[0]!, 2);
    expect(result.body.ranking.map((row) => [row.recommendationId, row.average, row.voters])).toEqual([
      [ids[1], 4.5, 2],
      [ids[0], 2, 1],
    ]);
    expect(result.body.ranking.every((row) => row.ballots.length === 0)).toBe(true);
  });

  it('refuses a vote on a workshop without recommendations, and unknown votes', async () => {
    const workshop = await createWorkshop(onPglite.server.url, { title: 'Empty' });
    const state = await call<VoteState>(workshop, 'GET', '/votes/current', { role: 'viewer' });
    expect(state.body.current).toBeNull();
    // A new workshop's template has no recommendations yet.
    const opened = await call<ApiError>(workshop, 'POST', '/votes', {
      role: 'facilitator',
      body: { mode: 'dots', dotsPerPerson: 2, anonymous: false },
    });
    expect(opened.status).toBe(409);
    expect(opened.body.error.message).toMatch(/no recommendations/);
    const unknown = await call<ApiError>(workshop, 'POST', `/votes/${crypto.randomUUID()}/close`, {
      role: 'facilitator',
    });
    expect(unknown.status).toBe(404);
    const missingDots = await call<ApiError>(workshop, 'POST', '/votes', {
      role: 'facilitator',
      body: { mode: 'dots', anonymous: false },
    });
    expect(missingDots.status).toBe(400);
  });
});

describe.runIf(await postgresAvailable())('dot-voting on PostgreSQL, with casts racing', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  // Registered first so it runs last, once the server has closed its connections.
  afterAll(async () => {
    await scratch?.drop();
  });
  const onPostgres = serverPerFile(async () => {
    scratch = await createScratchDatabase();
    return { database: { kind: 'postgres', url: scratch.url } };
  });
  const { call, workshopWithRecommendations } = votingOn(onPostgres);

  it('stores no more than each person’s dots and one cast per recommendation, whatever arrives at once', async () => {
    const { workshop, ids } = await workshopWithRecommendations(6);
    const opened = await call<VoteResults>(workshop, 'POST', '/votes', {
      role: 'facilitator',
      body: { mode: 'dots', dotsPerPerson: 3, anonymous: true },
    });
    const voteId = opened.body.vote.id;
    const cast = (who: string, recommendationId: string) =>
      call<ApiError>(workshop, 'POST', `/votes/${voteId}/ballots`, {
        role: 'participant',
        person: who,
        body: { recommendationId, points: 1 },
      });
    const people = [person(), person(), person()];
    // Each person sends a dot to all six recommendations, and a second one to the first, at once.
    const outcomes = await Promise.all(
      people.flatMap((who) => [...ids.map((id) => cast(who, id)), cast(who, ids[0]!)]),
    );
    expect(outcomes.filter((outcome) => outcome.status === 201)).toHaveLength(people.length * 3);
    expect(outcomes.every((outcome) => outcome.status === 201 || outcome.status === 409)).toBe(true);
    for (const who of people) {
      const state = await call<VoteState>(workshop, 'GET', '/votes/current', {
        role: 'participant',
        person: who,
      });
      expect(Object.values(state.body.current!.mine)).toEqual([1, 1, 1]);
    }
  });
});
