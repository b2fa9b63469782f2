import { invitePath } from '../../shared/api.js';
import type { Actor, CreateInviteRequest, CreatedInvite, InviteSummary } from '../../shared/people.js';
import type { AuditLog } from '../audit/audit-log.js';
import { generateInviteToken, hashInviteToken } from '../auth/invite-tokens.js';
import type { RoomFanout, SocketCounts } from '../collab/room-fanout.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import { Refusal } from '../refusal.js';
import type { StoredInvite, WorkshopRepository } from '../store/workshop-repository.js';

export interface InviteServiceDependencies {
  workshops: WorkshopRepository;
  registry: RoomRegistry;
  fanout: Pick<RoomFanout, 'countSocketsElsewhere'>;
  audit: AuditLog;
}

export type InviteService = ReturnType<typeof createInviteService>;

/** A workshop's invites: role links and personal ones, who is on them right now, and revocation. */
export function createInviteService({ workshops, registry, fanout, audit }: InviteServiceDependencies) {
  /** This instance's sockets plus every other instance's, per invite. */
  async function openSocketsByInvite(workshopId: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const add = (byInvite: SocketCounts) => {
      for (const [id, n] of Object.entries(byInvite)) counts.set(id, (counts.get(id) ?? 0) + n);
    };
    const [here, elsewhere] = await Promise.all([
      registry.socketCounts(workshopId),
      fanout.countSocketsElsewhere(workshopId),
    ]);
    add(here);
    for (const answer of elsewhere) add(answer);
    return counts;
  }

  const summaryOf = (invite: StoredInvite, open: Map<string, number>): InviteSummary => ({
    ...invite,
    openSockets: open.get(invite.id) ?? 0,
  });

  return {
    async create(workshopId: string, request: CreateInviteRequest, actor: Actor): Promise<CreatedInvite> {
      const token = generateInviteToken();
      const personal = request.name !== undefined;
      const invite = await workshops.addInvite(workshopId, {
        role: request.role,
        tokenHash: hashInviteToken(token),
        kind: personal ? 'personal' : 'role',
        name: request.name ?? null,
        organisation: request.organisation ?? null,
      });
      await audit.append(workshopId, actor, 'invite.created', invite.id, {
        role: invite.role,
        kind: invite.kind,
        name: invite.name,
        organisation: invite.organisation,
      });
      return {
        id: invite.id,
        role: invite.role,
        name: invite.name,
        organisation: invite.organisation,
        token,
        link: invitePath(workshopId, token),
      };
    },

    async list(workshopId: string): Promise<InviteSummary[]> {
      const [invites, open] = await Promise.all([
        workshops.listInvites(workshopId),
        openSocketsByInvite(workshopId),
      ]);
      return invites.map((invite) => summaryOf(invite, open));
    },

    /**
     * Revokes the invite and closes every socket opened with it, on this instance before this
     * resolves and on the others as soon as they hear of it. From then on it opens nothing.
     */
    async revoke(workshopId: string, inviteId: string, actor: Actor): Promise<InviteSummary> {
      const outcome = await workshops.revokeInvite(workshopId, inviteId);
      if ('refused' in outcome) {
        if (outcome.refused === 'not_found')
          throw new Refusal('not-found', 'no such invite in this workshop');
        throw new Refusal(
          'conflict',
          'this is the last working facilitator invite: make another facilitator invite before revoking it',
        );
      }
      const { revoked } = outcome;
      // Sockets first: the revoke must take effect within a second, even if its record fails.
      await registry.control(workshopId, { kind: 'revoke', inviteId });
      await audit.append(workshopId, actor, 'invite.revoked', inviteId, {
        role: revoked.role,
        kind: revoked.kind,
        name: revoked.name,
      });
      return summaryOf(revoked, new Map());
    },
  };
}
