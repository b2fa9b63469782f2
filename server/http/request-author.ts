import type { Context } from 'hono';
import type { Role } from '../../shared/roles.js';
import { hashInviteToken } from '../auth/invite-tokens.js';
import { HttpError } from './errors.js';

function decodeHeader(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who is acting, as shown in histories and threads. The browser sends the person's display name
 * URI-encoded in `X-Author-Name` (header values cannot carry Thai or Arabic); the role is the invite's.
 */
export function requestAuthor(c: Context, role: Role, given?: string): { name: string; role: Role } {
  return { name: (given ?? decodeHeader(c.req.header('x-author-name')) ?? role).slice(0, 100), role };
}

const PERSON_TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * The person behind a request: invites are per role and shared, so each browser keeps a random secret
 * of its own (`X-Person-Token`) and the server knows a person by its SHA-256. One-person rules such as
 * "a dot budget each" are enforced on that.
 */
export function requestPersonKey(c: Context): string | undefined {
  const token = c.req.header('x-person-token');
  if (token === undefined) return undefined;
  if (!PERSON_TOKEN.test(token))
    throw new HttpError(400, 'invalid_request', 'X-Person-Token must be 32–128 base64url characters');
  return hashInviteToken(token);
}
