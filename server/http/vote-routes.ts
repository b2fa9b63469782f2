import { Hono } from 'hono';
import { z } from 'zod';
import { CastRequest, OpenVoteRequest, type VoteResults, type VoteState } from '../../shared/votes.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import type { VoteService } from '../votes/vote-service.js';
import { HttpError, readJsonBody } from './errors.js';
import { inviteGuard } from './invite-guard.js';
import { requestAuthor, requestPersonKey } from './request-author.js';

export interface VoteRouteDependencies {
  votes: VoteService;
  authorize: InviteAuthorizer;
}

const VoteId = z.uuid();

function voteIdOf(raw: string | undefined): string {
  const parsed = VoteId.safeParse(raw);
  if (!parsed.success) throw new HttpError(404, 'not_found', 'no such vote');
  return parsed.data;
}

/**
 * All under /workshops/:id/votes, with `Authorization: Bearer <invite token>`:
 * GET  /current                 the open vote (else the latest) ranked, with what this person cast (any role)
 * POST /                        open a dots or rating vote on the current recommendations (facilitator)
 * POST /:voteId/ballots         cast dots or a rating on one recommendation (participant, facilitator;
 *                               needs X-Person-Token)
 * POST /:voteId/close           close it; the ranking becomes each recommendation's priority (facilitator)
 */
export function voteRoutes({ votes, authorize }: VoteRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);
  return new Hono()
    .get('/workshops/:id/votes/current', async (c) => {
      const grant = await requireRole(c);
      return c.json<VoteState>(await votes.state(c.req.param('id'), requestPersonKey(c, grant)));
    })

    .post('/workshops/:id/votes', async (c) => {
      const grant = await requireRole(c, ['facilitator']);
      const body = await readJsonBody(c, OpenVoteRequest);
      const opened = await votes.open(c.req.param('id'), body, requestAuthor(c, grant));
      return c.json<VoteResults>(opened, 201);
    })

    .post('/workshops/:id/votes/:voteId/ballots', async (c) => {
      const grant = await requireRole(c, ['participant', 'facilitator']);
      const key = requestPersonKey(c, grant);
      if (!key) throw new HttpError(400, 'invalid_request', 'voting needs X-Person-Token: who is voting');
      const body = await readJsonBody(c, CastRequest);
      const results = await votes.cast(
        c.req.param('id'),
        voteIdOf(c.req.param('voteId')),
        { key, name: requestAuthor(c, grant).name },
        body,
      );
      return c.json<VoteResults>(results, 201);
    })

    .post('/workshops/:id/votes/:voteId/close', async (c) => {
      const grant = await requireRole(c, ['facilitator']);
      return c.json<VoteResults>(
        await votes.close(c.req.param('id'), voteIdOf(c.req.param('voteId')), requestAuthor(c, grant)),
      );
    });
}
