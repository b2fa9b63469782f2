import { randomUUID } from 'node:crypto';
import type { CreateWorkshopRequest, CreateWorkshopResponse } from '../../shared/api.js';
import { catalogueOf } from '../../shared/i18n/catalogues.js';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages.js';
import { templateDocument } from '../../shared/workshop-document/index.js';
import { roleInviteSet } from '../auth/role-invites.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';

/**
 * A new workshop from the template, with one invite per role. The answer is the only time its
 * tokens exist outside the store's hashes: `POST /api/workshops` hands them out, and so does
 * `npm run venue` when it makes the room's workshop itself. The template is in the workshop's
 * language (English unless `details.language` says otherwise).
 */
export async function createWorkshopWithInvites(
  workshops: WorkshopRepository,
  details: CreateWorkshopRequest,
): Promise<CreateWorkshopResponse> {
  const id = randomUUID();
  const { tokens, links, stored } = roleInviteSet(id);
  const language = details.language ?? DEFAULT_LANGUAGE;
  const template = templateDocument(catalogueOf(language).template);
  const workshop = await workshops.create(id, { ...details, language }, stored, template);
  return { ...workshop, invites: tokens, links };
}
