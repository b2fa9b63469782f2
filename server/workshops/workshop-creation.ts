import { randomUUID } from 'node:crypto';
import { invitePath, type CreateWorkshopRequest, type CreateWorkshopResponse } from '../../shared/api.js';
import { ROLES, type Role } from '../../shared/roles.js';
import { templateDocument } from '../../shared/workshop-document/index.js';
import { generateInviteToken, hashInviteToken } from '../auth/invite-tokens.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';

/**
 * A new workshop from the template, with one invite per role. The answer is the only time its
 * tokens exist outside the store's hashes: `POST /api/workshops` hands them out, and so does
 * `npm run venue` when it makes the room's workshop itself.
 */
export async function createWorkshopWithInvites(
  workshops: WorkshopRepository,
  details: CreateWorkshopRequest,
): Promise<CreateWorkshopResponse> {
  const id = randomUUID();
  const tokens = Object.fromEntries(ROLES.map((role) => [role, generateInviteToken()])) as Record<
    Role,
    string
  >;
  const workshop = await workshops.create(
    id,
    details,
    ROLES.map((role) => ({ role, tokenHash: hashInviteToken(tokens[role]) })),
    templateDocument(),
  );
  const links = Object.fromEntries(ROLES.map((role) => [role, invitePath(id, tokens[role])])) as Record<
    Role,
    string
  >;
  return { ...workshop, invites: tokens, links };
}
