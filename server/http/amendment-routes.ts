import { Hono } from 'hono';
import { z } from 'zod';
import {
  AcceptAmendmentRequest,
  AMENDMENT_DECIDERS,
  AMENDMENT_PROPOSERS,
  AmendmentListQuery,
  MAX_PROPOSED_TEXT,
  ProposeAmendmentRequest,
  RejectAmendmentRequest,
  type Amendment,
  type AmendmentList,
} from '../../shared/amendments.js';
import type { AmendmentService } from '../amendments/amendment-service.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { HttpError, readJsonBody } from './errors.js';
import { inviteGuard } from './invite-guard.js';
import { requestAuthor, requestPersonKey } from './request-author.js';

export interface AmendmentRouteDependencies {
  amendments: AmendmentService;
  authorize: InviteAuthorizer;
}

const AmendmentId = z.uuid();

function amendmentIdOf(raw: string | undefined): string {
  const parsed = AmendmentId.safeParse(raw);
  if (!parsed.success) throw new HttpError(404, 'not_found', 'no such amendment');
  return parsed.data;
}

/**
 * All under /workshops/:id/amendments, with `Authorization: Bearer <invite token>`:
 * GET  /?status=open|accepted|rejected|all  each with its diff against the text now (any role)
 * POST /                           propose a new wording of a text field or of report words (facilitator,
 *                                  participant, stakeholder)
 * POST /:amendmentId/support       +1, once per person (same roles; needs X-Person-Token on a role link)
 * POST /:amendmentId/accept        `{confirmOutdated?}`: the server makes the change (facilitator)
 * POST /:amendmentId/reject        `{reason}` (facilitator)
 */
export function amendmentRoutes({ amendments, authorize }: AmendmentRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);
  return new Hono()
    .get('/workshops/:id/amendments', async (c) => {
      const grant = await requireRole(c);
      const status = AmendmentListQuery.safeParse(c.req.query('status'));
      if (!status.success)
        throw new HttpError(400, 'invalid_request', 'status is one of open, accepted, rejected, all');
      const list = await amendments.list(c.req.param('id'), status.data, requestPersonKey(c, grant));
      return c.json<AmendmentList>({ amendments: list });
    })

    .post('/workshops/:id/amendments', async (c) => {
      const grant = await requireRole(c, AMENDMENT_PROPOSERS);
      const body = await readJsonBody(c, ProposeAmendmentRequest);
      if (body.proposedText.length > MAX_PROPOSED_TEXT)
        throw new HttpError(
          413,
          'payload_too_large',
          `the proposed text is over ${MAX_PROPOSED_TEXT.toLocaleString('en')} characters`,
        );
      const made = await amendments.propose(c.req.param('id'), body, requestAuthor(c, grant));
      return c.json<Amendment>(made, 201);
    })

    .post('/workshops/:id/amendments/:amendmentId/support', async (c) => {
      const grant = await requireRole(c, AMENDMENT_PROPOSERS);
      const key = requestPersonKey(c, grant);
      if (!key)
        throw new HttpError(400, 'invalid_request', 'supporting needs X-Person-Token: who is supporting');
      const { name, role } = requestAuthor(c, grant);
      const supported = await amendments.support(
        c.req.param('id'),
        amendmentIdOf(c.req.param('amendmentId')),
        {
          key,
          name,
          role,
        },
      );
      return c.json<Amendment>(supported);
    })

    .post('/workshops/:id/amendments/:amendmentId/accept', async (c) => {
      const grant = await requireRole(c, AMENDMENT_DECIDERS);
      // `{}` may be left out: accepting needs nothing more unless the amendment is outdated.
      const body = (await c.req.text()).trim() ? await readJsonBody(c, AcceptAmendmentRequest) : {};
      const accepted = await amendments.accept(
        c.req.param('id'),
        amendmentIdOf(c.req.param('amendmentId')),
        body,
        requestAuthor(c, grant),
      );
      return c.json<Amendment>(accepted);
    })

    .post('/workshops/:id/amendments/:amendmentId/reject', async (c) => {
      const grant = await requireRole(c, AMENDMENT_DECIDERS);
      const body = await readJsonBody(c, RejectAmendmentRequest);
      const rejected = await amendments.reject(
        c.req.param('id'),
        amendmentIdOf(c.req.param('amendmentId')),
        body.reason,
        requestAuthor(c, grant),
      );
      return c.json<Amendment>(rejected);
    });
}
