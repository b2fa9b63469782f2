import { invitePath, type InviteTokens } from '../../shared/api.js';
import { ROLES, type Role } from '../../shared/roles.js';
import { generateInviteToken, hashInviteToken } from './invite-tokens.js';

/**
 * A workshop's starting set of invites, one shared link per role, as a new workshop and an imported
 * one get them: the tokens and links to show once, and the hashes to store.
 */
export function roleInviteSet(workshopId: string): {
  tokens: InviteTokens;
  links: Record<Role, string>;
  stored: Array<{ role: Role; tokenHash: string }>;
} {
  const tokens = Object.fromEntries(ROLES.map((role) => [role, generateInviteToken()])) as InviteTokens;
  const links = Object.fromEntries(
    ROLES.map((role) => [role, invitePath(workshopId, tokens[role])]),
  ) as Record<Role, string>;
  return { tokens, links, stored: ROLES.map((role) => ({ role, tokenHash: hashInviteToken(tokens[role]) })) };
}
