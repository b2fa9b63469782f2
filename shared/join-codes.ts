import { z } from 'zod';
import { Role } from './roles.js';

/**
 * Join codes: what a room types from the projector instead of a 90-character invite link. Eight
 * characters from an alphabet without look-alikes (no 0/O, no 1/I/L), shown as `K7PM-3QXD`.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 8;

/** The path a join code opens: `/join/<code>`; `/join` alone asks for it. */
export const JOIN_PATH = '/join';

/** The code as typed: letter case, spaces and dashes do not matter. Null when it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const character of code) if (!JOIN_CODE_ALPHABET.includes(character)) return null;
  return code;
}

/** `K7PM3QXD` → `K7PM-3QXD`: two groups of four are read out and typed without losing one's place. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Who a code lets in: participants by default; stakeholders and viewers too, never facilitators. */
export const JOIN_CODE_ROLES = ['participant', 'stakeholder', 'viewer'] as const satisfies readonly Role[];

export const CreateJoinCodeRequest = z
  .object({ role: z.enum(JOIN_CODE_ROLES).default('participant') })
  .strict();
export type CreateJoinCodeRequest = z.infer<typeof CreateJoinCodeRequest>;

export interface JoinCode {
  id: string;
  /** Formatted, `K7PM-3QXD`. */
  code: string;
  role: (typeof JOIN_CODE_ROLES)[number];
  /** `<public base>/join/<code>`: what the QR code holds. */
  url: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface JoinCodeList {
  joinCodes: JoinCode[];
}

export const JoinRequest = z.object({ code: z.string().max(64) }).strict();
export type JoinRequest = z.infer<typeof JoinRequest>;

export interface JoinResponse {
  workshopId: string;
  role: Role;
  /** The usual invite path, `/w/<id>#invite=<token>`. */
  link: string;
}
