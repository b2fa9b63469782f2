import { z } from 'zod';
import { invitePath, type Workshop } from '../../shared/api.js';
import { SYSTEM_ACTOR } from '../../shared/audit.js';
import { hashInviteToken } from '../auth/invite-tokens.js';
import type { InviteService } from '../people/invite-service.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';
import type { Language } from '../../shared/i18n/languages.js';
import { createWorkshopWithInvites } from '../workshops/workshop-creation.js';
import { readSecretFile, writeSecretFile } from './secret-file.js';

/** Workshop id → the facilitator token venue mode printed for it. */
const KeptLinks = z.record(z.string(), z.string());

export interface VenueFacilitatorLink {
  workshop: Workshop;
  /** `/w/<id>#invite=<facilitator token>`, to append to the origin. */
  path: string;
  /** Whether the workshop was made for this start (the store had none to carry on with). */
  created: boolean;
}

export interface FacilitatorLinkDependencies {
  workshops: WorkshopRepository;
  invites: InviteService;
  /** The 0600 file the printed tokens are kept in, so every start prints the same link. */
  file: string;
  /** The title of a workshop made when the store has none open. */
  newTitle: string;
  /** That workshop's language (its template's words). */
  language?: Language;
}

function readKeptLinks(file: string): Record<string, string> {
  const text = readSecretFile(file);
  if (text === undefined) return {};
  try {
    const parsed = KeptLinks.safeParse(JSON.parse(text));
    // A damaged file costs one new facilitator invite, not the start of the room's server.
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * A facilitator link to the workshop the room is most likely running: the open workshop with the
 * latest activity, or a new one when there is none. The store keeps only hashes of invite tokens,
 * so the first start for a workshop makes it a facilitator invite (audited, as the workspace's) and
 * keeps the token; later starts reuse it while it still works, so the link on the facilitator's
 * phone or in their notes survives a restart. Revoked from the People panel, it is replaced.
 */
export async function venueFacilitatorLink({
  workshops,
  invites,
  file,
  newTitle,
  language,
}: FacilitatorLinkDependencies): Promise<VenueFacilitatorLink> {
  const kept = readKeptLinks(file);
  const remember = (workshopId: string, token: string) =>
    writeSecretFile(file, `${JSON.stringify({ ...kept, [workshopId]: token }, null, 2)}\n`);

  const latest = (await workshops.listUsage()).find((workshop) => workshop.archivedAt === null);
  if (!latest) {
    const made = await createWorkshopWithInvites(workshops, {
      title: newTitle,
      ...(language ? { language } : {}),
    });
    remember(made.id, made.invites.facilitator);
    const { invites: _tokens, links, ...workshop } = made;
    return { workshop, path: links.facilitator, created: true };
  }
  const { bytes: _bytes, lastActivityAt: _at, ...workshop } = latest;
  const token = kept[workshop.id];
  const grant = token === undefined ? null : await workshops.findInvite(workshop.id, hashInviteToken(token));
  if (token !== undefined && grant?.role === 'facilitator') {
    return { workshop, path: invitePath(workshop.id, token), created: false };
  }
  const minted = await invites.create(workshop.id, { role: 'facilitator' }, SYSTEM_ACTOR);
  remember(workshop.id, minted.token);
  return { workshop, path: minted.link, created: false };
}
