import type { Context } from 'hono';
import { bearerToken, secretsEqual } from '../auth/invite-tokens.js';
import { HttpError } from './errors.js';

/**
 * What only the server's administrator may do (create workshops, list and delete any of them):
 * with ADMIN_TOKEN set, only with `Authorization: Bearer <ADMIN_TOKEN>`; without one the server
 * listens on loopback only (config.ts), so whoever reaches it is on the machine.
 */
export function adminGuard(adminToken: string | undefined) {
  return (c: Context, what: string): void => {
    if (adminToken && !secretsEqual(bearerToken(c.req.header('authorization')) ?? '', adminToken)) {
      throw new HttpError(401, 'unauthorized', `${what} requires the admin token (Authorization: Bearer)`);
    }
  };
}
