import type { Context } from 'hono';
import type { Role } from '../../shared/roles.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { bearerToken } from '../auth/invite-tokens.js';
import { HttpError } from './errors.js';

/**
 * The role the request's `Authorization: Bearer <invite token>` grants on the workshop in the path:
 * 401 without a valid invite (an unknown workshop looks the same, so ids cannot be probed), 403 when
 * the invite's role is not among `allowed`.
 */
export function inviteGuard(authorize: InviteAuthorizer) {
  return async (c: Context, allowed?: readonly Role[]): Promise<Role> => {
    const role = await authorize(c.req.param('id') ?? '', bearerToken(c.req.header('authorization')));
    if (!role) throw new HttpError(401, 'unauthorized', 'this invite link is not valid for this workshop');
    if (allowed && !allowed.includes(role)) {
      throw new HttpError(403, 'forbidden', `this needs a ${allowed.join(' or ')} invite; yours is ${role}`);
    }
    return role;
  };
}
