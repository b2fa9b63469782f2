import {
  priorityLabel,
  rankRecommendations,
  RATING_SCALE,
  type CastRequest,
  type OpenVoteRequest,
  type Vote,
  type VoteResults,
  type VoteState,
} from '../../shared/votes.js';
import { findItem, orderedItems } from '../../shared/workshop-document/index.js';
import type { RoomNotifier } from '../collab/room-notices.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { LiveDocumentReader } from '../content/workshop-content.js';
import { loggableError, type Logger } from '../logger.js';
import type { Voter, VoteRepository } from '../store/vote-repository.js';
import type { Actor } from '../../shared/people.js';
import type { AuditLog } from '../audit/audit-log.js';
import { Refusal } from '../refusal.js';

export interface VoteServiceDependencies {
  votes: VoteRepository;
  registry: RoomRegistry;
  readLive: LiveDocumentReader;
  notify: RoomNotifier;
  audit: AuditLog;
  logger: Logger;
}

/**
 * Opening, casting and closing votes on the recommendations. Every rule is checked here and in the
 * store's transaction, never only in the browser; each change is announced to the room so the
 * rankings on every screen (the projector's too) refresh at once.
 */
export function createVoteService({
  votes,
  registry,
  readLive,
  notify,
  audit,
  logger,
}: VoteServiceDependencies) {
  async function results(vote: Vote, voterKey: string | undefined): Promise<VoteResults> {
    const cast = await votes.ballots(vote.id);
    const ranking = rankRecommendations(
      vote.mode,
      vote.recommendationIds,
      cast.map((ballot) => ({ ...ballot, name: ballot.voterName })),
      vote.anonymous,
    );
    const mine = Object.fromEntries(
      cast.filter((ballot) => ballot.voterKey === voterKey).map((b) => [b.recommendationId, b.points]),
    );
    return { vote, ranking, participants: new Set(cast.map((b) => b.voterKey)).size, mine };
  }

  async function existing(workshopId: string, voteId: string): Promise<Vote> {
    const vote = await votes.find(workshopId, voteId);
    if (!vote) throw new Refusal('not-found', 'no such vote');
    return vote;
  }

  /** The ranking becomes each recommendation's priority, as an edit everyone sees and versions keep. */
  async function writePriorities(workshopId: string, outcome: VoteResults, actor: Actor): Promise<void> {
    await registry.editAsServer(
      workshopId,
      (doc) => {
        for (const row of outcome.ranking) {
          findItem(doc, 'recommendations', row.recommendationId)?.set(
            'priority',
            priorityLabel(outcome.vote.mode, row),
          );
        }
      },
      actor,
    );
  }

  return {
    async state(workshopId: string, voterKey: string | undefined): Promise<VoteState> {
      const vote = await votes.current(workshopId);
      return { current: vote ? await results(vote, voterKey) : null };
    },

    /**
     * Each recommendation's priority from the last vote closed by `until` (now when not given), from
     * the votes themselves: what the document says can be overwritten by anyone who edits it.
     */
    async prioritiesAt(workshopId: string, until?: Date): Promise<Map<string, string>> {
      const vote = await votes.latestClosed(workshopId, until);
      if (!vote) return new Map();
      const outcome = await results(vote, undefined);
      return new Map(outcome.ranking.map((row) => [row.recommendationId, priorityLabel(vote.mode, row)]));
    },

    async open(workshopId: string, request: OpenVoteRequest, actor: Actor): Promise<VoteResults> {
      const recommendationIds = await readLive(workshopId, (doc) =>
        orderedItems(doc, 'recommendations').map((item) => String(item.get('id'))),
      );
      if (recommendationIds.length === 0)
        throw new Refusal('conflict', 'there are no recommendations to vote on yet');
      const vote = await votes.open({
        workshopId,
        mode: request.mode,
        dotsPerPerson: request.mode === 'dots' ? (request.dotsPerPerson ?? null) : null,
        anonymous: request.anonymous,
        recommendationIds,
        openedBy: actor.name,
      });
      if (!vote) throw new Refusal('conflict', 'a vote is already open: close it before opening another');
      await audit.append(workshopId, actor, 'vote.opened', vote.id, {
        mode: vote.mode,
        anonymous: vote.anonymous,
        dotsPerPerson: vote.dotsPerPerson,
        recommendations: vote.recommendationIds.length,
      });
      logger.info({ workshopId, voteId: vote.id, mode: vote.mode }, 'vote opened');
      await notify(workshopId, 'votes');
      return results(vote, undefined);
    },

    async cast(workshopId: string, voteId: string, voter: Voter, request: CastRequest): Promise<VoteResults> {
      const vote = await existing(workshopId, voteId);
      if (!vote.recommendationIds.includes(request.recommendationId))
        throw new Refusal('invalid', 'that recommendation is not on this ballot');
      if (vote.mode === 'rating' && request.points > RATING_SCALE.max)
        throw new Refusal('invalid', `a rating is from ${RATING_SCALE.min} to ${RATING_SCALE.max}`);
      const outcome = await votes.cast(workshopId, voteId, voter, request.recommendationId, request.points);
      switch (outcome) {
        case 'no-such-vote':
          throw new Refusal('not-found', 'no such vote');
        case 'closed':
          throw new Refusal('conflict', 'this vote is closed');
        case 'already-cast':
          throw new Refusal(
            'conflict',
            vote.mode === 'dots'
              ? 'you have already placed your dots on this recommendation'
              : 'you have already rated this recommendation',
          );
        case 'over-budget':
          throw new Refusal('conflict', `that would be more than your ${vote.dotsPerPerson} dots`);
        case 'cast':
          break;
      }
      await notify(workshopId, 'votes');
      return results(vote, voter.key);
    },

    async close(workshopId: string, voteId: string, actor: Actor): Promise<VoteResults> {
      const closed = await votes.close(workshopId, voteId);
      if (!closed) {
        await existing(workshopId, voteId);
        throw new Refusal('conflict', 'this vote is already closed');
      }
      const outcome = await results(closed, undefined);
      await audit.append(workshopId, actor, 'vote.closed', voteId, { participants: outcome.participants });
      // The vote is closed and its ranking stored: the document's copy of the priorities is for
      // display (exports read them from the votes), so failing to write it must not fail the close.
      await writePriorities(workshopId, outcome, actor).catch((error: unknown) =>
        logger.error({ err: loggableError(error), workshopId, voteId }, 'could not write the priorities'),
      );
      logger.info({ workshopId, voteId, participants: outcome.participants }, 'vote closed');
      await notify(workshopId, 'votes');
      return outcome;
    },
  };
}

export type VoteService = ReturnType<typeof createVoteService>;
