import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from './database.js';
import { joinCodes } from './schema.js';

export type StoredJoinCode = typeof joinCodes.$inferSelect;

export interface JoinCodeRepository {
  /** False when the code is taken (by any workshop): the caller draws another. */
  add(code: Omit<StoredJoinCode, 'createdAt' | 'revokedAt'>): Promise<StoredJoinCode | null>;
  list(workshopId: string): Promise<StoredJoinCode[]>;
  find(workshopId: string, id: string): Promise<StoredJoinCode | null>;
  /** The working (not revoked) code with this normalised text, in any workshop. */
  findWorking(code: string): Promise<StoredJoinCode | null>;
  revoke(workshopId: string, id: string): Promise<StoredJoinCode | null>;
}

export function createJoinCodeRepository(db: Database): JoinCodeRepository {
  return {
    async add(code) {
      const [row] = await db.insert(joinCodes).values(code).onConflictDoNothing().returning();
      return row ?? null;
    },
    async list(workshopId) {
      return db
        .select()
        .from(joinCodes)
        .where(eq(joinCodes.workshopId, workshopId))
        .orderBy(asc(joinCodes.createdAt), asc(joinCodes.id));
    },
    async find(workshopId, id) {
      const [row] = await db
        .select()
        .from(joinCodes)
        .where(and(eq(joinCodes.workshopId, workshopId), eq(joinCodes.id, id)));
      return row ?? null;
    },
    async findWorking(code) {
      const [row] = await db
        .select()
        .from(joinCodes)
        .where(and(eq(joinCodes.code, code), isNull(joinCodes.revokedAt)));
      return row ?? null;
    },
    async revoke(workshopId, id) {
      const [row] = await db
        .update(joinCodes)
        .set({ revokedAt: new Date() })
        .where(and(eq(joinCodes.workshopId, workshopId), eq(joinCodes.id, id), isNull(joinCodes.revokedAt)))
        .returning();
      return row ?? (await this.find(workshopId, id));
    },
  };
}
