import { z } from 'zod';
import type { InviteGrant } from '../../shared/people.js';
import type { Logger } from '../logger.js';
import { loggableError } from '../logger.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';
import { hashInviteToken } from './invite-tokens.js';

const WorkshopId = z.uuid();
/** base64url of 32 bytes is 43 characters; anything far off that is not a token we issued. */
const InviteToken = z.string().min(20).max(200);

/** What an invite token grants on a workshop, or null for "not allowed in" (unknown, revoked, deleted). */
export type InviteAuthorizer = (
  workshopId: string,
  token: string | undefined | null,
) => Promise<InviteGrant | null>;

/** "Last used" is for people, to the minute: a write per request would double every request's work. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function createInviteAuthorizer(workshops: WorkshopRepository, logger: Logger): InviteAuthorizer {
  const touchedAt = new Map<string, number>();
  const touch = (inviteId: string) => {
    const now = Date.now();
    if (now - (touchedAt.get(inviteId) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    touchedAt.set(inviteId, now);
    // Bounded memory: a long-running server forgets invites it has not seen for a while.
    if (touchedAt.size > 10_000) {
      for (const [id, at] of touchedAt) if (now - at >= LAST_USED_RESOLUTION_MS) touchedAt.delete(id);
    }
    workshops
      .touchInvite(inviteId, new Date(now))
      .catch((error: unknown) =>
        logger.warn({ err: loggableError(error), inviteId }, 'could not record when an invite was used'),
      );
  };
  return async (workshopId, token) => {
    if (!WorkshopId.safeParse(workshopId).success) return null;
    const parsedToken = InviteToken.safeParse(token);
    if (!parsedToken.success) return null;
    const grant = await workshops.findInvite(workshopId, hashInviteToken(parsedToken.data));
    if (grant) touch(grant.inviteId);
    return grant;
  };
}
