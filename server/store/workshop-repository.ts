import { and, eq } from 'drizzle-orm';
import type { CreateWorkshopRequest, Workshop } from '../../shared/api.js';
import type { Role } from '../../shared/roles.js';
import type { Database } from './database.js';
import { documentSnapshots, invites, workshops } from './schema.js';

export interface NewInvite {
  role: Role;
  tokenHash: string;
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
  /** One more invite (a projector's link, say); the workshop's other invites keep working. */
  addInvite(workshopId: string, invite: NewInvite): Promise<void>;
  /** The role an invite grants on this workshop, or null when the hash is not one of its invites. */
  findInviteRole(workshopId: string, tokenHash: string): Promise<Role | null>;
}

type WorkshopRow = typeof workshops.$inferSelect;

function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    country: row.country,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    createdAt: row.createdAt.toISOString(),
  };
}

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
          })
          .returning();
        if (!row) throw new Error('insert into workshops returned no row');
        if (newInvites.length > 0) {
          await tx.insert(invites).values(newInvites.map((invite) => ({ workshopId: id, ...invite })));
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
      await db.insert(invites).values({ workshopId, ...invite });
    },

    async findInviteRole(workshopId, tokenHash) {
      const [row] = await db
        .select({ role: invites.role })
        .from(invites)
        .where(and(eq(invites.workshopId, workshopId), eq(invites.tokenHash, tokenHash)));
      return row?.role ?? null;
    },
  };
}
