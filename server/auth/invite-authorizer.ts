import { z } from 'zod';
import type { Role } from '../../shared/roles.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';
import { hashInviteToken } from './invite-tokens.js';

const WorkshopId = z.uuid();
/** base64url of 32 bytes is 43 characters; anything far off that is not a token we issued. */
const InviteToken = z.string().min(20).max(200);

export type InviteAuthorizer = (workshopId: string, token: string | undefined | null) => Promise<Role | null>;

/** Decides what an invite token may do on a workshop: its role, or null for "not allowed in". */
export function createInviteAuthorizer(workshops: WorkshopRepository): InviteAuthorizer {
  return async (workshopId, token) => {
    if (!WorkshopId.safeParse(workshopId).success) return null;
    const parsedToken = InviteToken.safeParse(token);
    if (!parsedToken.success) return null;
    return workshops.findInviteRole(workshopId, hashInviteToken(parsedToken.data));
  };
}
