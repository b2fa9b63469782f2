import { and, desc, eq, lt, lte, sql } from 'drizzle-orm';
import type { Role } from '../../shared/roles.js';
import type { Database } from './database.js';
import { activity } from './schema.js';

/** One coalesced entry as the recorder writes it: a person's changes to one item in one minute. */
export interface ActivityRow {
  workshopId: string;
  inviteId: string;
  actorName: string;
  actorRole: Role;
  collection: string;
  itemId: string;
  fields: string[];
  created: boolean;
  minute: Date;
  at: Date;
}

export interface StoredActivity extends Omit<ActivityRow, 'workshopId' | 'minute'> {
  id: number;
}

export interface ActivityQuery {
  itemId?: string;
  /** Only entries older than this one (an id from an earlier page). */
  before?: number;
  /** Only entries last changed by then (a saved version's time). */
  until?: Date;
  limit: number;
}

export interface ActivityRepository {
  /**
   * Adds the rows, merging each into the row of the same person, item and minute if there is one
   * (fields united, created if either was, the later time). Rows must not repeat that key.
   */
  upsert(rows: readonly ActivityRow[]): Promise<void>;
  /** Newest first (by id: the order entries were first written in). */
  list(workshopId: string, query: ActivityQuery): Promise<StoredActivity[]>;
}

export function createActivityRepository(db: Database): ActivityRepository {
  return {
    async upsert(rows) {
      if (rows.length === 0) return;
      await db
        .insert(activity)
        .values([...rows])
        .onConflictDoUpdate({
          target: [
            activity.workshopId,
            activity.inviteId,
            activity.actorName,
            activity.itemId,
            activity.minute,
          ],
          set: {
            fields: sql`array(select distinct unnest(${activity.fields} || excluded.fields))`,
            created: sql`${activity.created} or excluded.created`,
            at: sql`greatest(${activity.at}, excluded.at)`,
          },
        });
    },

    async list(workshopId, { itemId, before, until, limit }) {
      return db
        .select({
          id: activity.id,
          inviteId: activity.inviteId,
          actorName: activity.actorName,
          actorRole: activity.actorRole,
          collection: activity.collection,
          itemId: activity.itemId,
          fields: activity.fields,
          created: activity.created,
          at: activity.at,
        })
        .from(activity)
        .where(
          and(
            eq(activity.workshopId, workshopId),
            itemId === undefined ? undefined : eq(activity.itemId, itemId),
            before === undefined ? undefined : lt(activity.id, before),
            until === undefined ? undefined : lte(activity.at, until),
          ),
        )
        .orderBy(desc(activity.id))
        .limit(limit);
    },
  };
}
