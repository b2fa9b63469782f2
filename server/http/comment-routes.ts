import { Hono } from 'hono';
import { z } from 'zod';
import {
  CreateThreadRequest,
  ReplyRequest,
  ThreadStatusRequest,
  type CommentMessage,
  type CommentThread,
  type CommentThreadList,
} from '../../shared/comments.js';
import type { Role } from '../../shared/roles.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import type { CommentService } from '../comments/comment-service.js';
import { HttpError, readJsonBody } from './errors.js';
import { inviteGuard } from './invite-guard.js';
import { requestAuthor } from './request-author.js';

export interface CommentRouteDependencies {
  comments: CommentService;
  authorize: InviteAuthorizer;
}

/** Stakeholders comment although they cannot edit; viewers (the projector, observers) only read. */
const COMMENTERS: readonly Role[] = ['facilitator', 'participant', 'stakeholder'];

const ThreadId = z.uuid();

function threadIdOf(raw: string | undefined): string {
  const parsed = ThreadId.safeParse(raw);
  if (!parsed.success) throw new HttpError(404, 'not_found', 'no such comment thread');
  return parsed.data;
}

/**
 * All under /workshops/:id/comments, with `Authorization: Bearer <invite token>`:
 * GET   /                      every thread with its messages (any role)
 * POST  /                      open a thread on an item or a text range (facilitator, participant, stakeholder)
 * POST  /:threadId/replies     reply (same roles)
 * PATCH /:threadId             `{resolved}`: resolve or reopen (same roles)
 */
export function commentRoutes({ comments, authorize }: CommentRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);
  return new Hono()
    .get('/workshops/:id/comments', async (c) => {
      await requireRole(c);
      return c.json<CommentThreadList>({ threads: await comments.list(c.req.param('id')) });
    })

    .post('/workshops/:id/comments', async (c) => {
      const grant = await requireRole(c, COMMENTERS);
      const body = await readJsonBody(c, CreateThreadRequest);
      const thread = await comments.open(c.req.param('id'), body, requestAuthor(c, grant));
      return c.json<CommentThread>(thread, 201);
    })

    .post('/workshops/:id/comments/:threadId/replies', async (c) => {
      const grant = await requireRole(c, COMMENTERS);
      const body = await readJsonBody(c, ReplyRequest);
      const message = await comments.reply(
        c.req.param('id'),
        threadIdOf(c.req.param('threadId')),
        body.body,
        requestAuthor(c, grant),
      );
      return c.json<CommentMessage>(message, 201);
    })

    .patch('/workshops/:id/comments/:threadId', async (c) => {
      const grant = await requireRole(c, COMMENTERS);
      const body = await readJsonBody(c, ThreadStatusRequest);
      const thread = await comments.setResolved(
        c.req.param('id'),
        threadIdOf(c.req.param('threadId')),
        body.resolved,
        requestAuthor(c, grant),
      );
      return c.json<CommentThread>(thread);
    });
}
