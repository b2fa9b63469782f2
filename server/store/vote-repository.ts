import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Vote, VoteMode } from '../../shared/votes.js';
import type { Database } from './database.js';
import { ballots, votes } from './schema.js';

export interface NewVote {
  workshopId: string;
  mode: VoteMode;
  dotsPerPerson: number | null;
  anonymous: boolean;
  recommendationIds: string[];
  openedBy: string;
}

export interface Voter {
  /** SHA-256 of the person's token: the identity the one-cast rule is enforced on. */
  key: string;
  name: string;
}

export interface StoredBallot {
  voterKey: string;
  voterName: string;
  recommendationId: string;
  points: number;
}

/** Why a cast was refused, decided inside the transaction that would have stored it. */
export type CastOutcome = 'cast' | 'no-such-vote' | 'closed' | 'already-cast' | 'over-budget';

export interface VoteRepository {
  /** null when the workshop already has an open vote. */
  open(vote: NewVote): Promise<Vote | null>;
  /** The open vote, else the most recent one. */
  current(workshopId: string): Promise<Vote | null>;
  find(workshopId: string, voteId: string): Promise<Vote | null>;
  /** The vote closed last, by `until` when given. */
  latestClosed(workshopId: string, until?: Date): Promise<Vote | null>;
  /** null unless the vote was open. */
  close(workshopId: string, voteId: string): Promise<Vote | null>;
  ballots(voteId: string): Promise<StoredBallot[]>;
  cast(
    workshopId: string,
    voteId: string,
    voter: Voter,
    recommendationId: string,
    points: number,
  ): Promise<CastOutcome>;
}

type VoteRow = typeof votes.$inferSelect;

function toVote(row: VoteRow): Vote {
  return {
    id: row.id,
    mode: row.mode,
    dotsPerPerson: row.dotsPerPerson,
    anonymous: row.anonymous,
    status: row.status,
    recommendationIds: row.recommendationIds,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export function createVoteRepository(db: Database): VoteRepository {
  return {
    async open(vote) {
      // The partial unique index (one open vote per workshop) settles two facilitators racing.
      const [row] = await db
        .insert(votes)
        .values({ id: crypto.randomUUID(), status: 'open', ...vote })
        .onConflictDoNothing()
        .returning();
      return row ? toVote(row) : null;
    },

    async current(workshopId) {
      const [row] = await db
        .select()
        .from(votes)
        .where(eq(votes.workshopId, workshopId))
        .orderBy(sql`${votes.status} = 'open' desc`, desc(votes.openedAt))
        .limit(1);
      return row ? toVote(row) : null;
    },

    async find(workshopId, voteId) {
      const [row] = await db
        .select()
        .from(votes)
        .where(and(eq(votes.workshopId, workshopId), eq(votes.id, voteId)));
      return row ? toVote(row) : null;
    },

    async latestClosed(workshopId, until) {
      const [row] = await db
        .select()
        .from(votes)
        .where(
          and(
            eq(votes.workshopId, workshopId),
            eq(votes.status, 'closed'),
            until ? lte(votes.closedAt, until) : undefined,
          ),
        )
        .orderBy(desc(votes.closedAt))
        .limit(1);
      return row ? toVote(row) : null;
    },

    async close(workshopId, voteId) {
      const [row] = await db
        .update(votes)
        .set({ status: 'closed', closedAt: new Date() })
        .where(and(eq(votes.workshopId, workshopId), eq(votes.id, voteId), eq(votes.status, 'open')))
        .returning();
      return row ? toVote(row) : null;
    },

    ballots(voteId) {
      return db
        .select({
          voterKey: ballots.voterKey,
          voterName: ballots.voterName,
          recommendationId: ballots.recommendationId,
          points: ballots.points,
        })
        .from(ballots)
        .where(eq(ballots.voteId, voteId))
        .orderBy(ballots.id);
    },

    cast(workshopId, voteId, voter, recommendationId, points) {
      return db.transaction(async (tx): Promise<CastOutcome> => {
        // Locking the vote row serialises this person's casts (so two at once cannot both fit in
        // the budget) and orders them against the close.
        const [vote] = await tx
          .select()
          .from(votes)
          .where(and(eq(votes.workshopId, workshopId), eq(votes.id, voteId)))
          .for('update');
        if (!vote) return 'no-such-vote';
        if (vote.status !== 'open') return 'closed';
        if (vote.dotsPerPerson !== null) {
          const [spent] = await tx
            .select({ total: sql<number>`coalesce(sum(${ballots.points}), 0)::int` })
            .from(ballots)
            .where(and(eq(ballots.voteId, voteId), eq(ballots.voterKey, voter.key)));
          if ((spent?.total ?? 0) + points > vote.dotsPerPerson) return 'over-budget';
        }
        const inserted = await tx
          .insert(ballots)
          .values({ voteId, voterKey: voter.key, voterName: voter.name, recommendationId, points })
          .onConflictDoNothing()
          .returning({ id: ballots.id });
        return inserted.length > 0 ? 'cast' : 'already-cast';
      });
    },
  };
}
