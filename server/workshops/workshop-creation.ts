import { randomUUID } from 'node:crypto';
import type { CreateWorkshopRequest, CreateWorkshopResponse } from '../../shared/api.js';
import { templateDocument } from '../../shared/workshop-document/index.js';
import { roleInviteSet } from '../auth/role-invites.js';
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
  const { tokens, links, stored } = roleInviteSet(id);
  const workshop = await workshops.create(id, details, stored, templateDocument());
  return { ...workshop, invites: tokens, links };
}
