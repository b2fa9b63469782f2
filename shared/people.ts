import { z } from 'zod';
import { Role } from './roles.js';

/**
 * People, not just roles: invites, who acts, and how an endorsement's identity is known. Shared by
 * the server (store, routes, audit, activity) and the browser (People panel, histories).
 */

/** `role`: one link shared by everyone of a role; `personal`: a named person's own link. */
export const INVITE_KINDS = ['role', 'personal'] as const;
export type InviteKind = (typeof INVITE_KINDS)[number];

/** `invite`: name and organisation come from a personal invite; `self-declared`: typed on a role link. */
export const ENDORSEMENT_IDENTITIES = ['invite', 'self-declared'] as const;
export type EndorsementIdentity = (typeof ENDORSEMENT_IDENTITIES)[number];

/** What a valid invite token grants on a workshop. */
export interface InviteGrant {
  inviteId: string;
  role: Role;
  kind: InviteKind;
  /** The invited person's name and organisation; null on a role link. */
  name: string | null;
  organisation: string | null;
  /** The workshop is archived: read-only for every role. */
  archived: boolean;
}

/** Who did something, as histories, the activity log and the audit chain record it. */
export interface Actor {
  inviteId: string;
  name: string;
  role: Role;
}

/**
 * `POST /api/workshops/:id/invites` (facilitators). `{role}` alone makes one more role link (a projector's
 * viewer link, say); with `name` it is a personal invite for that person.
 */
export const CreateInviteRequest = z
  .object({
    role: Role,
    name: z.string().trim().min(1, 'name must not be empty').max(100).optional(),
    organisation: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine((invite) => invite.name !== undefined || invite.organisation === undefined, {
    message: 'an organisation belongs to a named person: give a name too',
    path: ['name'],
  });
export type CreateInviteRequest = z.infer<typeof CreateInviteRequest>;

export interface CreatedInvite {
  id: string;
  role: Role;
  name: string | null;
  organisation: string | null;
  /** Shown this once; the server keeps only its hash. */
  token: string;
  link: string;
}

/** One row of `GET /api/workshops/:id/invites`: never the token, which the server does not keep. */
export interface InviteSummary {
  id: string;
  role: Role;
  kind: InviteKind;
  name: string | null;
  organisation: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  /** Websockets open with it right now, on every instance sharing the rooms. */
  openSockets: number;
  revokedAt: string | null;
}

export interface InviteList {
  invites: InviteSummary[];
}
