import { randomInt, randomUUID } from 'node:crypto';
import { invitePath } from '../../shared/api.js';
import {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  JOIN_PATH,
  normaliseJoinCode,
  type CreateJoinCodeRequest,
  type JoinCode,
  type JoinResponse,
} from '../../shared/join-codes.js';
import type { Actor } from '../../shared/people.js';
import type { AuditLog } from '../audit/audit-log.js';
import { hashInviteToken } from '../auth/invite-tokens.js';
import type { InviteService } from '../people/invite-service.js';
import { Refusal } from '../refusal.js';
import type { JoinCodeRepository, StoredJoinCode } from '../store/join-code-repository.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';

export interface JoinCodeServiceDependencies {
  joinCodes: JoinCodeRepository;
  invites: Pick<InviteService, 'create'>;
  workshops: Pick<WorkshopRepository, 'findInvite'>;
  audit: AuditLog;
}

export type JoinCodeService = ReturnType<typeof createJoinCodeService>;

/** Codes taken by another workshop are redrawn; 31⁸ codes make a second collision all but impossible. */
const DRAWS = 5;

/** Eight characters drawn uniformly (`randomInt` rejects the modulo bias) from the look-alike-free alphabet. */
export function drawJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** A stored code as the API shows it: formatted, with the URL its QR code holds. */
export function joinCodeView(stored: StoredJoinCode, base: string): JoinCode {
  return {
    id: stored.id,
    code: formatJoinCode(stored.code),
    role: stored.role as JoinCode['role'],
    url: `${base}${JOIN_PATH}/${stored.code}`,
    createdAt: stored.createdAt.toISOString(),
    revokedAt: stored.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Join codes: a short code per role that admits whoever types it. Each code is backed by a role invite
 * of its own, made through the invite service (so People lists it and the audit log records it), and
 * joining hands out that invite's link.
 *
 * Revoking a code stops new joins and nothing else: the people already in keep their place, as when
 * a quiz's room code is closed. To send them away too, revoke the backing invite in People; a code
 * whose invite was revoked admits nobody either.
 */
export function createJoinCodeService({ joinCodes, invites, workshops, audit }: JoinCodeServiceDependencies) {
  return {
    async create(workshopId: string, request: CreateJoinCodeRequest, actor: Actor): Promise<StoredJoinCode> {
      const invite = await invites.create(workshopId, { role: request.role }, actor);
      for (let draw = 0; draw < DRAWS; draw++) {
        const stored = await joinCodes.add({
          id: randomUUID(),
          workshopId,
          code: drawJoinCode(),
          role: request.role,
          inviteId: invite.id,
          inviteToken: invite.token,
        });
        if (!stored) continue;
        // The code itself stays out of the log: it is a working secret, like a token.
        await audit.append(workshopId, actor, 'join-code.created', stored.id, {
          role: stored.role,
          inviteId: invite.id,
        });
        return stored;
      }
      throw new Error(`no free join code after ${DRAWS} draws`);
    },

    list(workshopId: string): Promise<StoredJoinCode[]> {
      return joinCodes.list(workshopId);
    },

    async find(workshopId: string, id: string): Promise<StoredJoinCode> {
      const stored = await joinCodes.find(workshopId, id);
      if (!stored) throw new Refusal('not-found', 'no such join code in this workshop');
      return stored;
    },

    /** Revoking again answers the code unchanged, and records nothing more. */
    async revoke(workshopId: string, id: string, actor: Actor): Promise<StoredJoinCode> {
      const before = await this.find(workshopId, id);
      if (before.revokedAt) return before;
      const revoked = await joinCodes.revoke(workshopId, id);
      if (!revoked) throw new Refusal('not-found', 'no such join code in this workshop');
      await audit.append(workshopId, actor, 'join-code.revoked', id, {
        role: revoked.role,
        inviteId: revoked.inviteId,
      });
      return revoked;
    },

    /**
     * What a typed code opens, or null: not a code, unknown, revoked, or backed by an invite that no
     * longer works. All look the same to the caller, so nobody learns which codes once existed.
     */
    async join(typed: string): Promise<JoinResponse | null> {
      const code = normaliseJoinCode(typed);
      if (!code) return null;
      const stored = await joinCodes.findWorking(code);
      if (!stored) return null;
      const grant = await workshops.findInvite(stored.workshopId, hashInviteToken(stored.inviteToken));
      if (!grant) return null;
      return {
        workshopId: stored.workshopId,
        role: grant.role,
        link: invitePath(stored.workshopId, stored.inviteToken),
      };
    },
  };
}
