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

/**
 * What is open on loopback must not be usable by other web pages the person on the machine visits:
 * a cross-site form or no-cors POST carries their Origin (and needs no preflight), so it is refused.
 */
export function refuseCrossSite(c: Context, what: string): void {
  const origin = c.req.header('origin');
  if (origin && origin !== 'null' && URL.parse(origin)?.host !== c.req.header('host')) {
    throw new HttpError(403, 'forbidden', `${what} is only possible from this server’s own pages`);
  }
}
