import { z } from 'zod';

/** The four invite kinds a workshop hands out; each invite link carries exactly one. */
export const ROLES = ['facilitator', 'participant', 'stakeholder', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * Each role in English, as the server stores it where no name was given (an author, a presence).
 * What people read is the catalogue's word (`shell.roles`, through shared/i18n/role-words.ts).
 */
export const ROLE_WORDS: Readonly<Record<Role, string>> = {
  facilitator: 'Facilitator',
  participant: 'Participant',
  stakeholder: 'Stakeholder',
  viewer: 'Viewer',
};

const EDITING_ROLES: ReadonlySet<Role> = new Set<Role>(['facilitator', 'participant']);

/** Stakeholders and viewers read the live draft (and show up in presence) but never change it. */
export function canEditDocument(role: Role): boolean {
  return EDITING_ROLES.has(role);
}

/**
 * Only facilitators steer the room (the projector's pin, the join code it shows, bringing everyone to
 * an item): the parts of the document that do so are refused from any other role's socket.
 */
export function canSteerRoom(role: Role): boolean {
  return role === 'facilitator';
}
