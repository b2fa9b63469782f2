import { Hono } from 'hono';
import type { ActivityPage } from '../../shared/activity.js';
import type { ActivityReader } from '../activity/activity-log.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { HttpError } from './errors.js';
import { inviteGuard } from './invite-guard.js';

export interface ActivityRouteDependencies {
  activity: ActivityReader;
  authorize: InviteAuthorizer;
}

/** A `before` cursor: the id of the last entry of the page before (a positive integer, as text). */
const CURSOR = /^[1-9]\d{0,17}$/;

/**
 * GET /workshops/:id/activity?itemId=<id>&before=<cursor>  (any invite)
 *   → {entries, next}: who changed which fields of which item when, newest first; the whole
 *   workshop without `itemId`.
 */
export function activityRoutes({ activity, authorize }: ActivityRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);
  return new Hono().get('/workshops/:id/activity', async (c) => {
    await requireRole(c);
    const itemId = c.req.query('itemId');
    const before = c.req.query('before');
    if (before !== undefined && !CURSOR.test(before))
      throw new HttpError(400, 'invalid_request', 'before: expected a cursor from an earlier page');
    if (itemId !== undefined && (itemId === '' || itemId.length > 100))
      throw new HttpError(400, 'invalid_request', 'itemId: expected an item id');
    const page = await activity.page(c.req.param('id'), {
      itemId,
      before: before === undefined ? undefined : Number(before),
    });
    return c.json<ActivityPage>(page);
  });
}
