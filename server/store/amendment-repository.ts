import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { AmendmentPerson, AmendmentProposal, AmendmentStatus } from '../../shared/amendments.js';
import type { Actor } from '../../shared/people.js';
import type { Database } from './database.js';
import { amendments, amendmentSupports } from './schema.js';

export interface StoredDecision {
  by: AmendmentPerson;
  at: Date;
  reason: string | null;
  before: string;
  after: string;
}

/** An amendment as stored: the proposal, who made it, its supporters and its decision. */
export interface StoredAmendment extends AmendmentProposal {
  id: string;
  status: AmendmentStatus;
  reason: string;
  proposer: AmendmentPerson;
  createdAt: Date;
  supporters: Array<AmendmentPerson & { key: string }>;
  decision: StoredDecision | null;
}

export interface Supporter extends AmendmentPerson {
  /** SHA-256 of the person's token (server/http/request-author.ts). */
  key: string;
}

export type SupportOutcome = 'added' | 'already' | 'decided' | 'no-such-amendment';

export interface NewDecision {
  status: Exclude<AmendmentStatus, 'open'>;
  by: Actor;
  reason: string | null;
  before: string;
  after: string;
}

export interface AmendmentRepository {
  /** Oldest first; only those with `status` when given; only those proposed by `until` when given. */
  list(workshopId: string, options?: { status?: AmendmentStatus; until?: Date }): Promise<StoredAmendment[]>;
  find(workshopId: string, amendmentId: string): Promise<StoredAmendment | null>;
  create(
    workshopId: string,
    proposal: AmendmentProposal,
    reason: string,
    by: Actor,
  ): Promise<StoredAmendment>;
  support(workshopId: string, amendmentId: string, supporter: Supporter): Promise<SupportOutcome>;
  /** Decides it; null unless it was open (so of two facilitators deciding at once, one wins). */
  decide(workshopId: string, amendmentId: string, decision: NewDecision): Promise<StoredAmendment | null>;
  /** Undoes `decide` when the change it decided could not be made after all. */
  reopen(workshopId: string, amendmentId: string): Promise<void>;
  /** What accepting actually made of the text (it may differ from what `decide` was told, by a keystroke). */
  recordApplied(amendmentId: string, before: string, after: string): Promise<void>;
}

type Row = typeof amendments.$inferSelect;
type SupportRow = typeof amendmentSupports.$inferSelect;

function toAmendment(row: Row, supports: SupportRow[]): StoredAmendment {
  return {
    id: row.id,
    status: row.status,
    target: row.target,
    anchor: row.anchor ?? null,
    baseText: row.baseText,
    proposedText: row.proposedText,
    replacedText: row.replacedText,
    replacement: row.replacement,
    reason: row.reason,
    proposer: { name: row.proposerName, role: row.proposerRole },
    createdAt: row.createdAt,
    supporters: supports
      .filter((support) => support.amendmentId === row.id)
      .map((support) => ({ key: support.personKey, name: support.name, role: support.role })),
    decision:
      row.decidedAt && row.decidedByName && row.decidedByRole
        ? {
            by: { name: row.decidedByName, role: row.decidedByRole },
            at: row.decidedAt,
            reason: row.decisionReason,
            before: row.decidedBefore ?? '',
            after: row.decidedAfter ?? '',
          }
        : null,
  };
}

export function createAmendmentRepository(db: Database): AmendmentRepository {
  async function withSupports(rows: Row[]): Promise<StoredAmendment[]> {
    if (rows.length === 0) return [];
    const supports = await db
      .select()
      .from(amendmentSupports)
      .where(
        inArray(
          amendmentSupports.amendmentId,
          rows.map((row) => row.id),
        ),
      )
      .orderBy(asc(amendmentSupports.createdAt));
    return rows.map((row) => toAmendment(row, supports));
  }

  const one = (workshopId: string, amendmentId: string) =>
    and(eq(amendments.workshopId, workshopId), eq(amendments.id, amendmentId));

  return {
    async list(workshopId, { status, until } = {}) {
      const rows = await db
        .select()
        .from(amendments)
        .where(
          and(
            eq(amendments.workshopId, workshopId),
            status ? eq(amendments.status, status) : undefined,
            until ? lte(amendments.createdAt, until) : undefined,
          ),
        )
        .orderBy(asc(amendments.createdAt), asc(amendments.id));
      return withSupports(rows);
    },

    async find(workshopId, amendmentId) {
      const rows = await db.select().from(amendments).where(one(workshopId, amendmentId));
      const [found] = await withSupports(rows);
      return found ?? null;
    },

    async create(workshopId, proposal, reason, by) {
      const [row] = await db
        .insert(amendments)
        .values({
          id: crypto.randomUUID(),
          workshopId,
          ...proposal,
          reason,
          proposerName: by.name,
          proposerRole: by.role,
          proposerInviteId: by.inviteId,
        })
        .returning();
      return toAmendment(row!, []);
    },

    async support(workshopId, amendmentId, supporter) {
      const [row] = await db
        .select({ status: amendments.status })
        .from(amendments)
        .where(one(workshopId, amendmentId));
      if (!row) return 'no-such-amendment';
      if (row.status !== 'open') return 'decided';
      // The primary key (amendment, person) settles two requests racing: the second adds nothing.
      const added = await db
        .insert(amendmentSupports)
        .values({ amendmentId, personKey: supporter.key, name: supporter.name, role: supporter.role })
        .onConflictDoNothing()
        .returning({ amendmentId: amendmentSupports.amendmentId });
      return added.length > 0 ? 'added' : 'already';
    },

    async decide(workshopId, amendmentId, decision) {
      const rows = await db
        .update(amendments)
        .set({
          status: decision.status,
          decidedByName: decision.by.name,
          decidedByRole: decision.by.role,
          decidedAt: new Date(),
          decisionReason: decision.reason,
          decidedBefore: decision.before,
          decidedAfter: decision.after,
        })
        .where(and(one(workshopId, amendmentId), eq(amendments.status, 'open')))
        .returning();
      const [decided] = await withSupports(rows);
      return decided ?? null;
    },

    async reopen(workshopId, amendmentId) {
      await db
        .update(amendments)
        .set({
          status: 'open',
          decidedByName: null,
          decidedByRole: null,
          decidedAt: null,
          decisionReason: null,
          decidedBefore: null,
          decidedAfter: null,
        })
        .where(one(workshopId, amendmentId));
    },

    async recordApplied(amendmentId, before, after) {
      await db
        .update(amendments)
        .set({ decidedBefore: before, decidedAfter: after })
        .where(eq(amendments.id, amendmentId));
    },
  };
}
