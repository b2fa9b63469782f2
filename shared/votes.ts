import { z } from 'zod';

/**
 * Prioritising recommendations: the facilitator opens a vote, each person casts from their device,
 * the facilitator closes it and the ranking becomes each recommendation's priority. The server is the
 * one that enforces the rules (dots per person, one cast per recommendation, only while open).
 */

export const VOTE_MODES = ['dots', 'rating'] as const;
export type VoteMode = (typeof VOTE_MODES)[number];

export const MAX_DOTS_PER_PERSON = 20;
export const RATING_SCALE = { min: 1, max: 5 } as const;

export const OpenVoteRequest = z
  .object({
    mode: z.enum(VOTE_MODES),
    /** Dots each person may place in a dots vote (several may go on one recommendation). */
    dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON).optional(),
    /** Anonymous: results show totals only; named: also who voted for what. */
    anonymous: z.boolean(),
  })
  .strict()
  .refine((vote) => vote.mode === 'rating' || vote.dotsPerPerson !== undefined, {
    message: 'a dots vote needs dotsPerPerson',
    path: ['dotsPerPerson'],
  });
export type OpenVoteRequest = z.infer<typeof OpenVoteRequest>;

export const CastRequest = z
  .object({
    recommendationId: z.string().min(1).max(100),
    /** Dots placed on this recommendation, or its rating from 1 to 5. */
    points: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  })
  .strict();
export type CastRequest = z.infer<typeof CastRequest>;

export interface Vote {
  id: string;
  mode: VoteMode;
  /** null for a rating vote. */
  dotsPerPerson: number | null;
  anonymous: boolean;
  status: 'open' | 'closed';
  /** The recommendations on the ballot: those that existed when the vote opened. */
  recommendationIds: string[];
  openedAt: string;
  closedAt: string | null;
}

export interface RankedRecommendation {
  recommendationId: string;
  rank: number;
  /** Dots received, or the sum of ratings. */
  total: number;
  /** How many people put dots on it or rated it. */
  voters: number;
  /** Mean rating (rating votes); null for dots. */
  average: number | null;
  /** Who voted and how; empty when the vote is anonymous. */
  ballots: Array<{ name: string; points: number }>;
}

export interface VoteResults {
  vote: Vote;
  ranking: RankedRecommendation[];
  /** Distinct people who cast anything. */
  participants: number;
  /** What the asking person cast: recommendation id → points. */
  mine: Record<string, number>;
}

export interface VoteState {
  /** The open vote, else the most recent one; null before the first vote. */
  current: VoteResults | null;
}

/**
 * Ranks by total (dots) or mean rating, then by number of voters; ties share a rank ("1, 1, 3").
 * Recommendations nobody voted for are ranked last, so the order is complete.
 */
export function rankRecommendations(
  mode: VoteMode,
  recommendationIds: readonly string[],
  ballots: ReadonlyArray<{ recommendationId: string; points: number; name: string }>,
  anonymous: boolean,
): RankedRecommendation[] {
  const rows = recommendationIds.map((recommendationId) => {
    const mine = ballots.filter((ballot) => ballot.recommendationId === recommendationId);
    const total = mine.reduce((sum, ballot) => sum + ballot.points, 0);
    return {
      recommendationId,
      rank: 0,
      total,
      voters: mine.length,
      average: mode === 'rating' && mine.length > 0 ? total / mine.length : mode === 'rating' ? 0 : null,
      ballots: anonymous ? [] : mine.map(({ name, points }) => ({ name, points })),
    };
  });
  const score = (row: RankedRecommendation) => (mode === 'rating' ? (row.average ?? 0) : row.total);
  rows.sort(
    (a, b) =>
      score(b) - score(a) ||
      b.voters - a.voters ||
      recommendationIds.indexOf(a.recommendationId) - recommendationIds.indexOf(b.recommendationId),
  );
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    row.rank =
      previous && score(previous) === score(row) && previous.voters === row.voters
        ? previous.rank
        : index + 1;
  });
  return rows;
}

/** What a recommendation's priority field says once a vote closes, e.g. "#1 · 14 dots". */
export function priorityLabel(mode: VoteMode, row: RankedRecommendation): string {
  if (mode === 'dots') return `#${row.rank} · ${row.total} dot${row.total === 1 ? '' : 's'}`;
  return row.voters === 0
    ? `#${row.rank} · not rated`
    : `#${row.rank} · ${row.average!.toFixed(1)}/5 (${row.voters} rating${row.voters === 1 ? '' : 's'})`;
}
