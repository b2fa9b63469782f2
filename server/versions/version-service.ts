import * as Y from 'yjs';
import type {
  EndorsementRequest,
  RestoreResult,
  VersionDetail,
  VersionList,
  VersionSummary,
} from '../../shared/api.js';
import { SYSTEM_ACTOR } from '../../shared/audit.js';
import type { Decision, DecisionRequest } from '../../shared/decisions.js';
import type { Actor, InviteGrant } from '../../shared/people.js';
import {
  canonicalContent,
  diffContent,
  docFromState,
  readWorkshopContent,
  restoreContent,
  type ContentDiff,
} from '../../shared/workshop-document/index.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { RoomNotifier } from '../collab/room-notices.js';
import type { Logger } from '../logger.js';
import { createEditionDocumentReader } from '../content/edition-content.js';
import type { LiveDocumentReader } from '../content/workshop-content.js';
import { Refusal } from '../refusal.js';
import type { StoredVersion, VersionRepository } from '../store/version-repository.js';
import { contentHash } from './content-hash.js';

function summaryOf({ state: _state, workshopId: _workshop, ...summary }: StoredVersion): VersionSummary {
  return summary;
}

export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
}

/** Whoever asks for a change: recorded as its author, in the activity and in the audit log. */
export type Author = Actor;

export interface VersionServiceDependencies {
  registry: RoomRegistry;
  readLive: LiveDocumentReader;
  versions: VersionRepository;
  notify: RoomNotifier;
  audit: AuditLog;
  logger: Logger;
}

/**
 * Named and automatic versions of a workshop, their diffs, restores, endorsements and the decisions
 * recorded on them. Reads the live draft from its room when loaded (it may hold edits not yet
 * written), else from the store.
 */
export function createVersionService({
  registry,
  readLive,
  versions,
  notify,
  audit,
  logger,
}: VersionServiceDependencies) {
  /** Tells connected clients to refresh their history; the change is outside the hashed content. */
  const announceChange = (workshopId: string) => notify(workshopId, 'versions');

  /** Stores the version and its audit entry; automatic ones are the server's act (SYSTEM_ACTOR). */
  async function store(
    workshopId: string,
    name: string,
    kind: 'named' | 'auto',
    author: Author,
    state: Uint8Array,
    hash: string,
  ): Promise<VersionSummary> {
    const version = await versions.create({
      workshopId,
      name,
      kind,
      authorName: author.name,
      authorRole: author.role,
      state,
      contentHash: hash,
    });
    await audit.append(workshopId, author, 'version.saved', version.id, {
      number: version.number,
      name,
      kind,
      contentHash: hash,
    });
    return version;
  }

  async function save(
    workshopId: string,
    name: string,
    kind: 'named' | 'auto',
    author: Author,
  ): Promise<VersionSummary> {
    const { state, hash } = await readLive(workshopId, (doc) => ({
      state: Y.encodeStateAsUpdate(doc),
      hash: contentHash(doc),
    }));
    const version = await store(workshopId, name, kind, author, state, hash);
    await announceChange(workshopId);
    return version;
  }

  const readEdition = createEditionDocumentReader({ readLive, versions });
  const contentOf = (workshopId: string, versionId: string | 'live') =>
    readEdition(workshopId, versionId, canonicalContent);

  return {
    save,

    async list(workshopId: string): Promise<VersionList> {
      const [list, hash] = await Promise.all([versions.list(workshopId), readLive(workshopId, contentHash)]);
      return { versions: list, live: { hash } };
    },

    async get(workshopId: string, versionId: string): Promise<VersionDetail | null> {
      const version = await versions.find(workshopId, versionId);
      if (!version) return null;
      const doc = docFromState(version.state);
      const verified = contentHash(doc) === version.hash;
      doc.destroy();
      return { ...summaryOf(version), state: Buffer.from(version.state).toString('base64'), verified };
    },

    /** From `versionId` to `against` (another version or the live draft); null when either is unknown. */
    async diff(workshopId: string, versionId: string, against: string | 'live'): Promise<ContentDiff | null> {
      const [before, after] = await Promise.all([
        contentOf(workshopId, versionId),
        contentOf(workshopId, against),
      ]);
      return before && after ? diffContent(before, after) : null;
    },

    /**
     * Makes the live draft equal to the version, as new edits everyone sees live. The draft as it was
     * is saved first, so restoring that backup undoes the restore; history is never rewritten.
     */
    async restore(workshopId: string, versionId: string, author: Author): Promise<RestoreResult | null> {
      const version = await versions.find(workshopId, versionId);
      if (!version) return null;
      const backup = await save(workshopId, `Before restoring v${version.number}`, 'auto', author);
      const source = docFromState(version.state);
      try {
        await registry.editAsServer(workshopId, (doc) => restoreContent(doc, source), author);
      } finally {
        source.destroy();
      }
      await audit.append(workshopId, author, 'version.restored', version.id, {
        number: version.number,
        contentHash: version.hash,
        backupNumber: backup.number,
      });
      logger.info({ workshopId, version: version.number, by: author.role }, 'version restored');
      await announceChange(workshopId);
      return { restored: summaryOf(version), backup };
    },

    async openForEndorsement(
      workshopId: string,
      versionId: string,
      author: Author,
    ): Promise<VersionSummary | null> {
      const version = await versions.find(workshopId, versionId);
      if (!version) return null;
      if (await versions.openForEndorsement(versionId, author.name)) {
        await audit.append(workshopId, author, 'endorsement.requested', version.id, {
          number: version.number,
          contentHash: version.hash,
        });
        await announceChange(workshopId);
      }
      return { ...summaryOf(version), openForEndorsement: true };
    },

    /**
     * A personal invite endorses as the person it names (`identity: "invite"`, once per version); a
     * role link is shared, so its endorsement keeps the name and organisation typed (`self-declared`).
     * The endorsement and its audit entry are written in one transaction, and the endorsement keeps
     * that entry's hash as `auditHead`: the log as it stood once this answer was in it.
     */
    async endorse(workshopId: string, versionId: string, request: EndorsementRequest, grant: InviteGrant) {
      const version = await versions.find(workshopId, versionId);
      if (!version) return null;
      if (!version.openForEndorsement)
        throw new VersionConflictError(`v${version.number} is not open for endorsement`);
      const personal = grant.kind === 'personal' && grant.name !== null;
      const name = personal ? grant.name : request.name;
      const organisation = (personal ? grant.organisation : null) ?? request.organisation;
      if (!name || !organisation)
        throw new Refusal('invalid', 'an endorsement through a shared link needs a name and an organisation');
      const id = crypto.randomUUID();
      const identity = personal ? 'invite' : 'self-declared';
      const appended = await audit.appendWith(
        workshopId,
        { inviteId: grant.inviteId, name, role: grant.role },
        request.decision === 'endorse' ? 'endorsement.given' : 'endorsement.declined',
        id,
        { versionId, number: version.number, contentHash: version.hash, organisation, identity },
        (tx, entry) =>
          versions.addEndorsement(
            id,
            {
              versionId,
              name,
              organisation,
              role: grant.role,
              decision: request.decision,
              comment: request.comment ?? null,
              contentHash: version.hash,
              identity,
              inviteId: grant.inviteId,
              auditHead: entry.hash,
            },
            tx,
          ),
      );
      const endorsement = appended?.result;
      if (!endorsement) throw new VersionConflictError(`${name} has already answered on v${version.number}`);
      await announceChange(workshopId);
      return endorsement;
    },

    /**
     * Records what the decision-maker(s) decided on the version presented to them. Each outcome must
     * be about a recommendation of that version's own content: later drafts may have renumbered,
     * rewritten or deleted it, and the decision is about what they were shown.
     */
    async recordDecision(
      workshopId: string,
      versionId: string,
      request: DecisionRequest,
      recorder: Author,
    ): Promise<Decision | null> {
      const version = await versions.find(workshopId, versionId);
      if (!version) return null;
      const doc = docFromState(version.state);
      let presented: Set<string>;
      try {
        presented = new Set(readWorkshopContent(doc).recommendations.map((r) => r.id));
      } finally {
        doc.destroy();
      }
      const unknown = Object.keys(request.recommendations).filter((id) => !presented.has(id));
      if (unknown.length > 0)
        throw new Refusal(
          'invalid',
          `not recommendations of v${version.number}: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? '…' : ''}`,
        );
      const decision = await versions.addDecision({
        versionId,
        ...request,
        recorderName: recorder.name,
        recorderRole: recorder.role,
        contentHash: version.hash,
      });
      await audit.append(workshopId, recorder, 'decision.recorded', decision.id, {
        versionId,
        number: version.number,
        contentHash: version.hash,
        kind: request.kind,
        decisionMaker: request.decisionMaker,
        decidedOn: request.decidedOn,
      });
      logger.info({ workshopId, version: version.number, kind: request.kind }, 'decision recorded');
      await announceChange(workshopId);
      return decision;
    },

    /** Saves an automatic version if the draft differs from the latest version; returns it if saved. */
    async autosave(workshopId: string, doc: Y.Doc, reason: string): Promise<VersionSummary | null> {
      const hash = contentHash(doc);
      const latest = await versions.latestHash(workshopId);
      if (latest?.hash === hash) return null;
      return store(workshopId, reason, 'auto', SYSTEM_ACTOR, Y.encodeStateAsUpdate(doc), hash);
    },
  };
}

export type VersionService = ReturnType<typeof createVersionService>;
