import { and, asc, count, eq, isNull, max, ne, sql } from 'drizzle-orm';
import type { CreateWorkshopRequest, Workshop } from '../../shared/api.js';
import type { InviteGrant, InviteKind, InviteSummary } from '../../shared/people.js';
import type { Role } from '../../shared/roles.js';
import type { Database } from './database.js';
import { documentSnapshots, documentUpdates, documentVersions, invites, workshops } from './schema.js';

export interface NewInvite {
  role: Role;
  tokenHash: string;
  kind?: InviteKind;
  name?: string | null;
  organisation?: string | null;
}

/** An invite as stored (never its token hash): the People panel's row without its live socket count. */
export type StoredInvite = Omit<InviteSummary, 'openSockets'>;

export type RevokeOutcome = { revoked: StoredInvite } | { refused: 'not_found' | 'last_facilitator' };

/** One row of the administrator's list of workshops. */
export interface WorkshopUsage extends Workshop {
  /** Bytes of its stored document (snapshot and update log) and saved versions. */
  bytes: number;
  /** The latest of: created, last update stored, last version saved, an invite last used. */
  lastActivityAt: string;
}

export interface WorkshopRepository {
  /** Creates the workshop, its invites and its initial document state in one transaction. */
  create(
    id: string,
    details: CreateWorkshopRequest,
    newInvites: NewInvite[],
    initialDocument?: Uint8Array,
  ): Promise<Workshop>;
  find(id: string): Promise<Workshop | null>;
  /** One more invite (a projector's link, a named person's); the workshop's other invites keep working. */
  addInvite(workshopId: string, invite: NewInvite): Promise<StoredInvite>;
  /** What an invite grants on this workshop, or null when the hash is not one of its working invites. */
  findInvite(workshopId: string, tokenHash: string): Promise<InviteGrant | null>;
  listInvites(workshopId: string): Promise<StoredInvite[]>;
  findInviteById(workshopId: string, inviteId: string): Promise<StoredInvite | null>;
  touchInvite(inviteId: string, at: Date): Promise<void>;
  /**
   * Revokes an invite for good, unless it is the workshop's last working facilitator invite (then
   * nobody could manage the workshop any more). Revoking a revoked invite returns it unchanged.
   */
  revokeInvite(workshopId: string, inviteId: string): Promise<RevokeOutcome>;
  /** Sets or clears `archivedAt`; false when there is no such workshop. */
  setArchived(workshopId: string, archived: boolean): Promise<Workshop | null>;
  /** Removes the workshop and, by cascade, every row that belongs to it. */
  delete(workshopId: string): Promise<boolean>;
  /** Every workshop with its size and last activity, most recently active first. */
  listUsage(): Promise<WorkshopUsage[]>;
}

type WorkshopRow = typeof workshops.$inferSelect;
type InviteRow = typeof invites.$inferSelect;

function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    country: row.country,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    createdAt: row.createdAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    language: row.language,
  };
}

function toInvite(row: InviteRow): StoredInvite {
  return {
    id: row.id,
    role: row.role,
    kind: row.kind,
    name: row.name,
    organisation: row.organisation,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

const inviteValues = (workshopId: string, invite: NewInvite) => ({
  workshopId,
  tokenHash: invite.tokenHash,
  role: invite.role,
  kind: invite.kind ?? 'role',
  name: invite.name ?? null,
  organisation: invite.organisation ?? null,
});

export function createWorkshopRepository(db: Database): WorkshopRepository {
  return {
    async create(id, details, newInvites, initialDocument) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(workshops)
          .values({
            id,
            title: details.title,
            country: details.country ?? null,
            startsOn: details.startsOn ?? null,
            endsOn: details.endsOn ?? null,
            language: details.language ?? 'en',
          })
          .returning();
        if (!row) throw new Error('insert into workshops returned no row');
        if (newInvites.length > 0) {
          await tx.insert(invites).values(newInvites.map((invite) => inviteValues(id, invite)));
        }
        if (initialDocument)
          await tx.insert(documentSnapshots).values({ workshopId: id, state: initialDocument });
        return toWorkshop(row);
      });
    },

    async find(id) {
      const [row] = await db.select().from(workshops).where(eq(workshops.id, id));
      return row ? toWorkshop(row) : null;
    },

    async addInvite(workshopId, invite) {
      const [row] = await db.insert(invites).values(inviteValues(workshopId, invite)).returning();
      if (!row) throw new Error('insert into invites returned no row');
      return toInvite(row);
    },

    async findInvite(workshopId, tokenHash) {
      const [row] = await db
        .select({
          inviteId: invites.id,
          role: invites.role,
          kind: invites.kind,
          name: invites.name,
          organisation: invites.organisation,
          archivedAt: workshops.archivedAt,
        })
        .from(invites)
        .innerJoin(workshops, eq(workshops.id, invites.workshopId))
        .where(
          and(
            eq(invites.workshopId, workshopId),
            eq(invites.tokenHash, tokenHash),
            isNull(invites.revokedAt),
          ),
        );
      if (!row) return null;
      const { archivedAt, ...grant } = row;
      return { ...grant, archived: archivedAt !== null };
    },

    async listInvites(workshopId) {
      const rows = await db
        .select()
        .from(invites)
        .where(eq(invites.workshopId, workshopId))
        .orderBy(asc(invites.createdAt), asc(invites.id));
      return rows.map(toInvite);
    },

    async findInviteById(workshopId, inviteId) {
      const [row] = await db
        .select()
        .from(invites)
        .where(and(eq(invites.workshopId, workshopId), eq(invites.id, inviteId)));
      return row ? toInvite(row) : null;
    },

    async touchInvite(inviteId, at) {
      await db.update(invites).set({ lastUsedAt: at }).where(eq(invites.id, inviteId));
    },

    async revokeInvite(workshopId, inviteId) {
      return db.transaction(async (tx): Promise<RevokeOutcome> => {
        // Serialises revocations on one workshop: two facilitators revoking each other's invite at
        // the same moment must not both succeed and leave nobody in charge.
        await tx.execute(sql`select id from ${workshops} where id = ${workshopId} for update`);
        const [target] = await tx
          .select()
          .from(invites)
          .where(and(eq(invites.workshopId, workshopId), eq(invites.id, inviteId)));
        if (!target) return { refused: 'not_found' };
        if (target.revokedAt) return { revoked: toInvite(target) };
        if (target.role === 'facilitator') {
          const [others] = await tx
            .select({ n: count() })
            .from(invites)
            .where(
              and(
                eq(invites.workshopId, workshopId),
                eq(invites.role, 'facilitator'),
                isNull(invites.revokedAt),
                ne(invites.id, inviteId),
              ),
            );
          if ((others?.n ?? 0) === 0) return { refused: 'last_facilitator' };
        }
        const [row] = await tx
          .update(invites)
          .set({ revokedAt: new Date() })
          .where(eq(invites.id, inviteId))
          .returning();
        if (!row) throw new Error('update of invites returned no row');
        return { revoked: toInvite(row) };
      });
    },

    async setArchived(workshopId, archived) {
      const [row] = await db
        .update(workshops)
        .set({ archivedAt: archived ? sql`coalesce(${workshops.archivedAt}, now())` : null })
        .where(eq(workshops.id, workshopId))
        .returning();
      return row ? toWorkshop(row) : null;
    },

    async delete(workshopId) {
      const removed = await db
        .delete(workshops)
        .where(eq(workshops.id, workshopId))
        .returning({ id: workshops.id });
      return removed.length > 0;
    },

    async listUsage() {
      const [rows, snapshots, updates, versions, used] = await Promise.all([
        db.select().from(workshops),
        db
          .select({
            id: documentSnapshots.workshopId,
            bytes: sql<string>`octet_length(${documentSnapshots.state})`,
          })
          .from(documentSnapshots),
        db
          .select({
            id: documentUpdates.workshopId,
            bytes: sql<string>`sum(octet_length(${documentUpdates.update}))`,
            at: max(documentUpdates.createdAt),
          })
          .from(documentUpdates)
          .groupBy(documentUpdates.workshopId),
        db
          .select({
            id: documentVersions.workshopId,
            bytes: sql<string>`sum(octet_length(${documentVersions.state}))`,
            at: max(documentVersions.createdAt),
          })
          .from(documentVersions)
          .groupBy(documentVersions.workshopId),
        db
          .select({ id: invites.workshopId, at: max(invites.lastUsedAt) })
          .from(invites)
          .groupBy(invites.workshopId),
      ]);
      const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((entry) => [entry.id, entry]));
      const [snapshotOf, updatesOf, versionsOf, usedOf] = [
        byId(snapshots),
        byId(updates),
        byId(versions),
        byId(used),
      ];
      return rows
        .map((row) => {
          const times = [
            row.createdAt,
            updatesOf.get(row.id)?.at,
            versionsOf.get(row.id)?.at,
            usedOf.get(row.id)?.at,
          ];
          const latest = Math.max(...times.flatMap((at) => (at ? [new Date(at).getTime()] : [])));
          return {
            ...toWorkshop(row),
            bytes:
              Number(snapshotOf.get(row.id)?.bytes ?? 0) +
              Number(updatesOf.get(row.id)?.bytes ?? 0) +
              Number(versionsOf.get(row.id)?.bytes ?? 0),
            lastActivityAt: new Date(latest).toISOString(),
          };
        })
        .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
    },
  };
}
