import type { Context } from 'hono';
import type { Actor, InviteGrant } from '../../shared/people.js';
import { ROLE_WORDS } from '../../shared/roles.js';
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
 * Who is acting, as shown in histories, threads, the activity and audit logs. A personal invite's
 * person is who the invite names, whatever the page says. On a role link the browser sends the
 * person's display name URI-encoded in `X-Author-Name` (header values cannot carry Thai or Arabic):
 * self-declared, so the record keeps the invite too.
 */
export function requestAuthor(c: Context, grant: InviteGrant, given?: string): Actor {
  const name =
    grant.kind === 'personal' && grant.name
      ? grant.name
      : (given ?? decodeHeader(c.req.header('x-author-name')) ?? ROLE_WORDS[grant.role]).slice(0, 100);
  return { inviteId: grant.inviteId, name, role: grant.role };
}

const PERSON_TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * The person behind a request, for one-person rules such as "a dot budget each". A personal invite is
 * one person wherever they open it. A role link is shared, so each browser keeps a random secret of
 * its own (`X-Person-Token`) and the server knows a person by its SHA-256.
 */
export function requestPersonKey(c: Context, grant: InviteGrant): string | undefined {
  if (grant.kind === 'personal') return hashInviteToken(`invite:${grant.inviteId}`);
  const token = c.req.header('x-person-token');
  if (token === undefined) return undefined;
  if (!PERSON_TOKEN.test(token))
    throw new HttpError(400, 'invalid_request', 'X-Person-Token must be 32–128 base64url characters');
  return hashInviteToken(token);
}
