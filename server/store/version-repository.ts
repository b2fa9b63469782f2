import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Endorsement, VersionSummary } from '../../shared/api.js';
import type { EndorsementIdentity } from '../../shared/people.js';
import type { Decision } from '../../shared/decisions.js';
import type { Role } from '../../shared/roles.js';
import type { StoreTransaction } from './audit-repository.js';
import type { Database } from './database.js';
import { decisions, documentVersions, endorsementRequests, endorsements } from './schema.js';

export interface NewVersion {
  workshopId: string;
  name: string;
  kind: 'named' | 'auto';
  authorName: string;
  authorRole: Role;
  state: Uint8Array;
  contentHash: string;
}

export interface NewEndorsement {
  versionId: string;
  name: string;
  organisation: string;
  role: Role;
  decision: 'endorse' | 'decline';
  comment: string | null;
  contentHash: string;
  identity: EndorsementIdentity;
  /** The invite it came through; at most one `invite`-identity endorsement each per version. */
  inviteId: string;
  /** The audit entry recording it (written in the same transaction). */
  auditHead: string;
}

export type NewDecision = Omit<Decision, 'id' | 'createdAt'> & { versionId: string };

export interface StoredVersion extends VersionSummary {
  workshopId: string;
  state: Uint8Array;
}

/**
 * Versions, endorsements and decisions: append-only. There is deliberately no update or delete here,
 * and the database refuses UPDATE on these tables (migration 0002), and also DELETE on decisions (0005).
 */
export interface VersionRepository {
  create(version: NewVersion): Promise<VersionSummary>;
  list(workshopId: string): Promise<VersionSummary[]>;
  find(workshopId: string, versionId: string): Promise<StoredVersion | null>;
  latestHash(workshopId: string): Promise<{ hash: string; createdAt: Date } | null>;
  /** Idempotent: opening an already open version changes nothing, and says so (false). */
  openForEndorsement(versionId: string, openedBy: string): Promise<boolean>;
  /**
   * Null when this personal invite has already answered on this version. `id` is chosen by the
   * caller, whose audit entry names it; `tx` is the transaction that entry is written in.
   */
  addEndorsement(id: string, endorsement: NewEndorsement, tx: StoreTransaction): Promise<Endorsement | null>;
  addDecision(decision: NewDecision): Promise<Decision>;
  /**
   * Changes whenever something printed with the version is added (an endorsement, a decision), and
   * only then: the records are append-only, so their counts say it. Null for an unknown version.
   */
  recordStamp(workshopId: string, versionId: string): Promise<string | null>;
}

type VersionRow = typeof documentVersions.$inferSelect;
type EndorsementRow = typeof endorsements.$inferSelect;
type DecisionRow = typeof decisions.$inferSelect;

function toEndorsement(row: EndorsementRow): Endorsement {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    role: row.role,
    decision: row.decision,
    comment: row.comment,
    contentHash: row.contentHash,
    identity: row.identity,
    auditHead: row.auditHead,
    createdAt: row.createdAt.toISOString(),
  };
}

function toDecision({ versionId: _version, createdAt, ...row }: DecisionRow): Decision {
  return { ...row, createdAt: createdAt.toISOString() };
}

function toSummary(
  row: Omit<VersionRow, 'state'>,
  open: boolean,
  given: Endorsement[],
  decided: Decision[],
): VersionSummary {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    kind: row.kind,
    authorName: row.authorName,
    authorRole: row.authorRole,
    createdAt: row.createdAt.toISOString(),
    hash: row.contentHash,
    openForEndorsement: open,
    endorsements: given,
    decisions: decided,
  };
}

const summaryColumns = {
  id: documentVersions.id,
  workshopId: documentVersions.workshopId,
  number: documentVersions.number,
  name: documentVersions.name,
  kind: documentVersions.kind,
  authorName: documentVersions.authorName,
  authorRole: documentVersions.authorRole,
  contentHash: documentVersions.contentHash,
  createdAt: documentVersions.createdAt,
};

export function createVersionRepository(db: Database): VersionRepository {
  /** Open flags, endorsements and decisions of the given versions, oldest of each first. */
  async function decorate(rows: Array<Omit<VersionRow, 'state'>>): Promise<VersionSummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [opened, given, decided] = await Promise.all([
      db
        .select({ versionId: endorsementRequests.versionId })
        .from(endorsementRequests)
        .where(inArray(endorsementRequests.versionId, ids)),
      db
        .select()
        .from(endorsements)
        .where(inArray(endorsements.versionId, ids))
        .orderBy(asc(endorsements.createdAt)),
      db
        .select()
        .from(decisions)
        .where(inArray(decisions.versionId, ids))
        .orderBy(asc(decisions.createdAt), asc(decisions.id)),
    ]);
    const open = new Set(opened.map((row) => row.versionId));
    return rows.map((row) =>
      toSummary(
        row,
        open.has(row.id),
        given.filter((e) => e.versionId === row.id).map(toEndorsement),
        decided.filter((d) => d.versionId === row.id).map(toDecision),
      ),
    );
  }

  return {
    async create(version) {
      const row = await db.transaction(async (tx) => {
        // Numbers are per workshop and dense: serialise their allocation across instances.
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtextextended(${'versions:' + version.workshopId}, 0))`,
        );
        const [last] = await tx
          .select({ number: documentVersions.number })
          .from(documentVersions)
          .where(eq(documentVersions.workshopId, version.workshopId))
          .orderBy(desc(documentVersions.number))
          .limit(1);
        const [inserted] = await tx
          .insert(documentVersions)
          .values({ id: crypto.randomUUID(), number: (last?.number ?? 0) + 1, ...version })
          .returning(summaryColumns);
        if (!inserted) throw new Error('insert into document_versions returned no row');
        return inserted;
      });
      return toSummary(row, false, [], []);
    },

    async list(workshopId) {
      const rows = await db
        .select(summaryColumns)
        .from(documentVersions)
        .where(eq(documentVersions.workshopId, workshopId))
        .orderBy(desc(documentVersions.number));
      return decorate(rows);
    },

    async find(workshopId, versionId) {
      const [row] = await db
        .select()
        .from(documentVersions)
        .where(and(eq(documentVersions.workshopId, workshopId), eq(documentVersions.id, versionId)));
      if (!row) return null;
      const [summary] = await decorate([row]);
      return { ...summary!, workshopId: row.workshopId, state: row.state };
    },

    async latestHash(workshopId) {
      const [row] = await db
        .select({ hash: documentVersions.contentHash, createdAt: documentVersions.createdAt })
        .from(documentVersions)
        .where(eq(documentVersions.workshopId, workshopId))
        .orderBy(desc(documentVersions.number))
        .limit(1);
      return row ?? null;
    },

    async openForEndorsement(versionId, openedBy) {
      const opened = await db
        .insert(endorsementRequests)
        .values({ versionId, openedBy })
        .onConflictDoNothing()
        .returning({ versionId: endorsementRequests.versionId });
      return opened.length > 0;
    },

    async addEndorsement(id, endorsement, tx) {
      // The partial unique index settles a personal invite answering twice, even in two racing requests.
      const [row] = await tx
        .insert(endorsements)
        .values({ id, ...endorsement })
        .onConflictDoNothing()
        .returning();
      return row ? toEndorsement(row) : null;
    },

    async addDecision(decision) {
      const [row] = await db
        .insert(decisions)
        .values({ id: crypto.randomUUID(), ...decision })
        .returning();
      if (!row) throw new Error('insert into decisions returned no row');
      return toDecision(row);
    },

    async recordStamp(workshopId, versionId) {
      const [version] = await db
        .select({ id: documentVersions.id })
        .from(documentVersions)
        .where(and(eq(documentVersions.workshopId, workshopId), eq(documentVersions.id, versionId)));
      if (!version) return null;
      const [[given], [decided]] = await Promise.all([
        db.select({ n: count() }).from(endorsements).where(eq(endorsements.versionId, versionId)),
        db.select({ n: count() }).from(decisions).where(eq(decisions.versionId, versionId)),
      ]);
      return `e${given?.n ?? 0}d${decided?.n ?? 0}`;
    },
  };
}
