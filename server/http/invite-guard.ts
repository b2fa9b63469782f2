import type { Context } from 'hono';
import type { InviteGrant } from '../../shared/people.js';
import type { Role } from '../../shared/roles.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { bearerToken } from '../auth/invite-tokens.js';
import { HttpError } from './errors.js';

export interface GuardOptions {
  /**
   * Whether the request may change things while the workshop is archived. By default only reads
   * (GET, HEAD) may: managing invites and unarchiving are the exceptions, and say so.
   */
  whileArchived?: 'allowed';
}

/**
 * What the request's `Authorization: Bearer <invite token>` grants on the workshop in the path:
 * 401 without a valid invite (an unknown workshop looks the same, so ids cannot be probed), 403 when
 * the invite's role is not among `allowed`, 409 for a change to an archived workshop.
 */
export function inviteGuard(authorize: InviteAuthorizer) {
  return async (c: Context, allowed?: readonly Role[], options: GuardOptions = {}): Promise<InviteGrant> => {
    const grant = await authorize(c.req.param('id') ?? '', bearerToken(c.req.header('authorization')));
    if (!grant) throw new HttpError(401, 'unauthorized', 'this invite link is not valid for this workshop');
    if (allowed && !allowed.includes(grant.role)) {
      throw new HttpError(
        403,
        'forbidden',
        `this needs a ${allowed.join(' or ')} invite; yours is ${grant.role}`,
      );
    }
    const reads = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (grant.archived && !reads && options.whileArchived !== 'allowed') {
      throw new HttpError(
        409,
        'archived',
        'this workshop is archived: a facilitator can unarchive it to make changes',
      );
    }
    return grant;
  };
}
