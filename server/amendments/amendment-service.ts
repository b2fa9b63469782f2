import type * as Y from 'yjs';
import {
  AmendmentRefusal,
  proposal,
  standing,
  type AcceptAmendmentRequest,
  type Amendment,
  type AmendmentStanding,
  type AmendmentStatus,
  type AmendmentTarget,
  type ProposeAmendmentRequest,
} from '../../shared/amendments.js';
import type { AuditDetails } from '../../shared/audit.js';
import type { Actor } from '../../shared/people.js';
import { wordDiff } from '../../shared/word-diff.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { RoomNotifier } from '../collab/room-notices.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { LiveDocumentReader } from '../content/workshop-content.js';
import type { Logger } from '../logger.js';
import type { AmendmentRepository, StoredAmendment, Supporter } from '../store/amendment-repository.js';
import { Refusal } from '../refusal.js';

export interface AmendmentServiceDependencies {
  amendments: AmendmentRepository;
  registry: Pick<RoomRegistry, 'editAsServer'>;
  readLive: LiveDocumentReader;
  notify: RoomNotifier;
  audit: Pick<AuditLog, 'append'>;
  logger: Logger;
}

/** What the audit log says an amendment is about: small facts only (shared/audit.ts). */
function targetDetails(target: AmendmentTarget): AuditDetails {
  return 'report' in target
    ? { collection: 'report' }
    : { collection: target.collection, itemId: target.itemId, field: target.field };
}

/** An amendment as the API shows it: an open one against the document now, a decided one as decided. */
function view(
  stored: StoredAmendment,
  now: AmendmentStanding | null,
  personKey: string | undefined,
): Amendment {
  const decided = stored.decision;
  return {
    id: stored.id,
    status: stored.status,
    target: stored.target,
    baseText: stored.baseText,
    proposedText: stored.proposedText,
    reason: stored.reason,
    proposer: stored.proposer,
    createdAt: stored.createdAt.toISOString(),
    supporters: stored.supporters.map(({ name, role }) => ({ name, role })),
    supportedByMe: personKey !== undefined && stored.supporters.some((s) => s.key === personKey),
    ...(decided || !now
      ? {
          currentText: decided?.before ?? stored.baseText,
          resultText: decided?.after ?? stored.proposedText,
          diff: wordDiff(decided?.before ?? stored.baseText, decided?.after ?? stored.proposedText),
          outdated: false,
          gone: false,
        }
      : {
          currentText: now.currentText,
          resultText: now.resultText,
          diff: now.diff,
          outdated: now.outdated,
          gone: now.gone,
        }),
    decision: decided
      ? {
          by: decided.by,
          at: decided.at.toISOString(),
          reason: decided.reason,
          before: decided.before,
          after: decided.after,
        }
      : null,
  };
}

/**
 * Amendments: proposed, supported, accepted (the change made in the live document by the server, as
 * the accepting facilitator's edit) or rejected with a reason. Stored in the database like comments,
 * announced to the room (topic `amendments`) so every page, on every instance, refetches them.
 */
export function createAmendmentService({
  amendments,
  registry,
  readLive,
  notify,
  audit,
  logger,
}: AmendmentServiceDependencies) {
  async function existing(workshopId: string, amendmentId: string): Promise<StoredAmendment> {
    const found = await amendments.find(workshopId, amendmentId);
    if (!found) throw new Refusal('not-found', 'no such amendment');
    return found;
  }

  const decidedAlready = (stored: StoredAmendment) =>
    new Refusal('conflict', `this amendment was already ${stored.status}`);

  /** Each one as the API shows it, the open ones measured against the live document in one read. */
  async function views(
    workshopId: string,
    list: StoredAmendment[],
    personKey?: string,
  ): Promise<Amendment[]> {
    const open = list.filter((stored) => stored.status === 'open');
    const standings =
      open.length === 0
        ? new Map<string, AmendmentStanding>()
        : await readLive(
            workshopId,
            (doc) => new Map(open.map((stored) => [stored.id, standing(doc, stored)])),
          );
    return list.map((stored) => view(stored, standings.get(stored.id) ?? null, personKey));
  }

  const one = async (workshopId: string, stored: StoredAmendment, personKey?: string) =>
    (await views(workshopId, [stored], personKey))[0]!;

  return {
    async list(
      workshopId: string,
      status: AmendmentStatus | 'all',
      personKey?: string,
    ): Promise<Amendment[]> {
      const stored = await amendments.list(workshopId, status === 'all' ? {} : { status });
      return views(workshopId, stored, personKey);
    },

    /** Decided amendments (accepted and rejected) proposed by `until` and decided by then, for the exports. */
    async decided(workshopId: string, until?: Date): Promise<Amendment[]> {
      const stored = await amendments.list(workshopId, until ? { until } : {});
      return stored
        .filter((s) => s.decision && (!until || s.decision.at <= until))
        .map((s) => view(s, null, undefined));
    },

    async propose(workshopId: string, request: ProposeAmendmentRequest, by: Actor): Promise<Amendment> {
      const made = await readLive(workshopId, (doc) => {
        try {
          return proposal(doc, request.target, request.proposedText);
        } catch (error) {
          if (error instanceof AmendmentRefusal) throw new Refusal('invalid', error.message);
          throw error;
        }
      });
      const stored = await amendments.create(workshopId, made, request.reason, by);
      await audit.append(workshopId, by, 'amendment.proposed', stored.id, targetDetails(stored.target));
      await notify(workshopId, 'amendments');
      return one(workshopId, stored);
    },

    /** +1 from one person; a second +1 from the same person changes nothing and answers the same. */
    async support(workshopId: string, amendmentId: string, supporter: Supporter): Promise<Amendment> {
      const outcome = await amendments.support(workshopId, amendmentId, supporter);
      if (outcome === 'no-such-amendment') throw new Refusal('not-found', 'no such amendment');
      const stored = await existing(workshopId, amendmentId);
      if (outcome === 'decided') throw decidedAlready(stored);
      if (outcome === 'added') await notify(workshopId, 'amendments');
      return one(workshopId, stored, supporter.key);
    },

    async accept(
      workshopId: string,
      amendmentId: string,
      request: AcceptAmendmentRequest,
      by: Actor,
    ): Promise<Amendment> {
      const stored = await existing(workshopId, amendmentId);
      if (stored.status !== 'open') throw decidedAlready(stored);
      const refusalOf = (now: AmendmentStanding): Refusal | null => {
        if (now.gone || !now.apply)
          return new Refusal(
            'conflict',
            `this amendment can no longer be accepted: ${now.problem ?? 'its text is gone'}`,
          );
        if (now.outdated && request.confirmOutdated !== true)
          return new Refusal(
            'outdated',
            'the words this amendment replaces have changed since it was proposed: check the new diff, then accept it with confirmOutdated',
          );
        return null;
      };
      const before = await readLive(workshopId, (doc) => standing(doc, stored));
      const early = refusalOf(before);
      if (early) throw early;
      // Claimed first, so that of two facilitators accepting at once only one changes the text.
      const claimed = await amendments.decide(workshopId, amendmentId, {
        status: 'accepted',
        by,
        reason: null,
        before: before.currentText,
        after: before.resultText,
      });
      if (!claimed) throw decidedAlready(await existing(workshopId, amendmentId));
      let applied: AmendmentStanding | undefined;
      let late: Refusal | null = null;
      try {
        await registry.editAsServer(
          workshopId,
          (doc: Y.Doc) => {
            // Measured again inside the edit: the text may have moved on since the check above.
            const now = standing(doc, stored);
            late = refusalOf(now);
            if (late) return;
            now.apply!();
            applied = now;
          },
          by,
        );
      } catch (error) {
        await amendments.reopen(workshopId, amendmentId);
        throw error;
      }
      if (late || !applied) {
        await amendments.reopen(workshopId, amendmentId);
        throw late ?? new Refusal('conflict', 'this amendment could not be applied');
      }
      const made: AmendmentStanding = applied;
      if (made.currentText !== before.currentText || made.resultText !== before.resultText)
        await amendments.recordApplied(amendmentId, made.currentText, made.resultText);
      await audit.append(workshopId, by, 'amendment.accepted', amendmentId, {
        ...targetDetails(stored.target),
        outdated: made.outdated,
      });
      logger.info({ workshopId, amendmentId, outdated: made.outdated }, 'amendment accepted');
      await notify(workshopId, 'amendments');
      return one(workshopId, await existing(workshopId, amendmentId));
    },

    async reject(workshopId: string, amendmentId: string, reason: string, by: Actor): Promise<Amendment> {
      const stored = await existing(workshopId, amendmentId);
      if (stored.status !== 'open') throw decidedAlready(stored);
      const now = await readLive(workshopId, (doc) => standing(doc, stored));
      const decided = await amendments.decide(workshopId, amendmentId, {
        status: 'rejected',
        by,
        reason,
        before: now.gone ? stored.baseText : now.currentText,
        after: now.gone ? stored.proposedText : now.resultText,
      });
      if (!decided) throw decidedAlready(await existing(workshopId, amendmentId));
      await audit.append(workshopId, by, 'amendment.rejected', amendmentId, targetDetails(stored.target));
      await notify(workshopId, 'amendments');
      return one(workshopId, decided);
    },

    /** Whether the amendment is one of this workshop's (comments may be on it). */
    exists: async (workshopId: string, amendmentId: string): Promise<boolean> =>
      (await amendments.find(workshopId, amendmentId)) !== null,
  };
}

export type AmendmentService = ReturnType<typeof createAmendmentService>;
