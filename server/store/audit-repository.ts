import { and, asc, desc, eq, notInArray } from 'drizzle-orm';
import {
  auditHash,
  auditHeadOf,
  type AuditAction,
  type AuditDetails,
  type AuditEntry,
  type AuditHead,
} from '../../shared/audit.js';
import type { Actor } from '../../shared/people.js';
import type { Database } from './database.js';
import { auditLog, workshops } from './schema.js';

/** A transaction of the store: what an act written together with its audit entry runs on. */
export type StoreTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface NewAuditEntry {
  actor: Actor;
  action: AuditAction;
  subject: string;
  details: AuditDetails;
}

/** Rolls the transaction back when the act written with the entry did not happen. */
class NotDone extends Error {}

/**
 * The audit log: append-only (there is no update or delete here, and triggers of migration 0006
 * refuse them at the database). Appends to one workshop's chain take turns on its workshop row, so
 * two at once, on one instance or several, never get the same seq nor fork the chain.
 */
export interface AuditRepository {
  /**
   * Appends one entry. With `alongside`, that act is written in the same transaction, after the
   * entry is made and before it is stored, knowing the entry (an endorsement keeps its hash); when
   * `alongside` returns null nothing is written and null is returned. Null too when the workshop is gone.
   */
  append<T = true>(
    workshopId: string,
    entry: NewAuditEntry,
    alongside?: (tx: StoreTransaction, entry: AuditEntry) => Promise<T | null>,
  ): Promise<{ entry: AuditEntry; result: T } | null>;
  list(workshopId: string): Promise<AuditEntry[]>;
  /** With `except`, the last entry whose action is none of those. */
  head(workshopId: string, options?: { except?: readonly AuditAction[] }): Promise<AuditHead>;
}

type AuditRow = typeof auditLog.$inferSelect;

function toEntry({ workshopId: _workshop, action, details, ...row }: AuditRow): AuditEntry {
  // Only this repository writes the table, and only with actions and details of these types.
  return { ...row, action: action as AuditAction, details: details as AuditDetails };
}

export function createAuditRepository(db: Database): AuditRepository {
  return {
    async append<T>(
      workshopId: string,
      entry: NewAuditEntry,
      alongside?: (tx: StoreTransaction, entry: AuditEntry) => Promise<T | null>,
    ) {
      try {
        return await db.transaction(async (tx) => {
          const [workshop] = await tx
            .select({ id: workshops.id })
            .from(workshops)
            .where(eq(workshops.id, workshopId))
            .for('update');
          if (!workshop) throw new NotDone();
          const [last] = await tx
            .select({ seq: auditLog.seq, hash: auditLog.hash })
            .from(auditLog)
            .where(eq(auditLog.workshopId, workshopId))
            .orderBy(desc(auditLog.seq))
            .limit(1);
          const body = {
            seq: (last?.seq ?? 0) + 1,
            // Millisecond ISO text is what is hashed, so it is what is stored (not a timestamp column).
            at: new Date().toISOString(),
            actor: { inviteId: entry.actor.inviteId, name: entry.actor.name, role: entry.actor.role },
            action: entry.action,
            subject: entry.subject,
            details: entry.details,
          };
          const prevHash = last?.hash ?? auditHeadOf([]).hash;
          const made: AuditEntry = { ...body, prevHash, hash: await auditHash(prevHash, body) };
          const result = alongside ? await alongside(tx, made) : (true as T);
          if (result === null) throw new NotDone();
          await tx.insert(auditLog).values({ workshopId, ...made });
          return { entry: made, result };
        });
      } catch (error) {
        if (error instanceof NotDone) return null;
        throw error;
      }
    },

    async list(workshopId) {
      const rows = await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.workshopId, workshopId))
        .orderBy(asc(auditLog.seq));
      return rows.map(toEntry);
    },

    async head(workshopId, options = {}) {
      const [last] = await db
        .select({ seq: auditLog.seq, hash: auditLog.hash })
        .from(auditLog)
        .where(
          options.except === undefined || options.except.length === 0
            ? eq(auditLog.workshopId, workshopId)
            : and(eq(auditLog.workshopId, workshopId), notInArray(auditLog.action, [...options.except])),
        )
        .orderBy(desc(auditLog.seq))
        .limit(1);
      return last ?? auditHeadOf([]);
    },
  };
}
