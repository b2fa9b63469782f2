import * as Y from 'yjs';
import { ARCHIVE_FILE_SUFFIX, type ImportArchiveResponse } from '../../shared/archive.js';
import {
  auditHash,
  GENESIS_HASH,
  SYSTEM_ACTOR,
  verifyAuditChain,
  type AuditEntry,
  type AuditEntryBody,
} from '../../shared/audit.js';
import type { Actor } from '../../shared/people.js';
import { docFromState } from '../../shared/workshop-document/index.js';
import type { AuditLog } from '../audit/audit-log.js';
import { titleSlug } from '../export/export-source.js';
import { generateInviteToken, hashInviteToken } from '../auth/invite-tokens.js';
import { roleInviteSet } from '../auth/role-invites.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { Logger } from '../logger.js';
import { Refusal } from '../refusal.js';
import { ARCHIVED_TABLES, type ArchiveRepository, type StoredRow } from '../store/archive-repository.js';
import type { UpdateFolder } from '../store/fold-updates.js';
import { sqlState } from '../store/sql-state.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';
import { contentHash } from '../versions/content-hash.js';
import {
  ArchiveRefusal,
  packArchive,
  sha256Hex,
  unpackArchive,
  type ArchivePartBytes,
} from './archive-format.js';
import { decodeRows, encodeRows, partName } from './archive-rows.js';

/** The workshop's document: its snapshot and update log folded into one Yjs state. */
export const DOCUMENT_PART = 'document.bin';

export interface ArchiveServiceDependencies {
  archives: ArchiveRepository;
  workshops: WorkshopRepository;
  registry: RoomRegistry;
  /** Activity still buffered in memory is written before the rows are read. */
  activity: { flush(workshopId: string): Promise<void> };
  fold: UpdateFolder;
  audit: AuditLog;
  logger: Logger;
}

export interface MadeArchive {
  file: Uint8Array<ArrayBuffer>;
  name: string;
  sha256: string;
}

export type ArchiveService = ReturnType<typeof createArchiveService>;

const invalid = (message: string) => new ArchiveRefusal('invalid', message);

/** Lets the sockets be served between two pieces of Yjs work on a large import. */
const yieldToSockets = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The checks that bind the rows to each other, beyond each row's own shape. */
async function checkConsistency(workshopId: string, rows: ReadonlyMap<string, StoredRow[]>): Promise<void> {
  const of = (table: string) => rows.get(table) ?? [];
  const [workshop, ...more] = of('workshops');
  if (!workshop || more.length > 0) throw invalid('part workshops.json: must hold exactly one workshop');
  if (workshop.id !== workshopId)
    throw invalid('part workshops.json: its id is not the manifest’s workshopId');

  // A child row may only belong to a parent of this archive, never to a row already on the server.
  for (const table of ARCHIVED_TABLES) {
    if (table.scope.kind !== 'child') continue;
    const { column, parent } = table.scope;
    const ids = new Set(of(parent).map((row) => row.id));
    const stray = of(table.name).findIndex((row) => !ids.has(row[column]));
    if (stray !== -1)
      throw invalid(`part ${partName(table)}: row ${stray + 1} belongs to no row of ${parent}.json`);
  }

  const hashOf = new Map<unknown, unknown>();
  for (const version of of('document_versions')) {
    let hash: string;
    try {
      const doc = docFromState(version.state as Uint8Array);
      hash = contentHash(doc);
      doc.destroy();
    } catch {
      throw invalid(`part document_versions.json: v${String(version.number)}'s state is not a Yjs document`);
    }
    if (hash !== version.contentHash)
      throw invalid(
        `part document_versions.json: v${String(version.number)} does not verify (content hash mismatch)`,
      );
    hashOf.set(version.id, version.contentHash);
    await yieldToSockets();
  }
  for (const table of ['endorsements', 'decisions']) {
    const unbound = of(table).findIndex((row) => hashOf.get(row.versionId) !== row.contentHash);
    if (unbound !== -1)
      throw invalid(`part ${table}.json: row ${unbound + 1} is not bound to its version's content hash`);
  }

  const chain = await verifyAuditChain(of('audit_log') as unknown as AuditEntry[]);
  if (!chain.intact) throw invalid(`part audit_log.json: ${chain.reason}`);
}

/**
 * The workshop archive (shared/archive.ts): a whole workshop out of one server as one file, and into
 * another, keeping every id (the audit log, the endorsements and the activity name versions and
 * invites by id), so an import of a workshop the server already has is refused (409).
 */
export function createArchiveService({
  archives,
  workshops,
  registry,
  activity,
  fold,
  audit,
  logger,
}: ArchiveServiceDependencies) {
  return {
    /** The archive of everything stored for the workshop, appended to its audit log with the file's SHA-256. */
    async export(workshopId: string, actor: Actor): Promise<MadeArchive> {
      // What the room has accepted and what the activity recorder holds are written first.
      await (await registry.peek(workshopId))?.flush();
      await activity.flush(workshopId);
      const dump = await archives.read(workshopId);
      if (!dump) throw new Refusal('not-found', 'this workshop no longer exists');

      const parts: ArchivePartBytes[] = [{ name: DOCUMENT_PART, bytes: await fold(dump.document) }];
      for (const table of ARCHIVED_TABLES) {
        const { part, binaries } = encodeRows(table, dump.rows.get(table.name) ?? []);
        parts.push(part, ...binaries);
      }
      const title = String(dump.rows.get('workshops')?.[0]?.title ?? '');
      const exportedAt = new Date().toISOString();
      const file = await packArchive({ workshopId, title, exportedAt }, parts);
      const sha256 = await sha256Hex(file);
      const lastSeq = dump.rows.get('audit_log')?.at(-1)?.seq;
      await audit.append(workshopId, actor, 'workshop.exported', workshopId, {
        sha256,
        bytes: file.length,
        lastEntryInArchive: typeof lastSeq === 'number' ? lastSeq : 0,
      });
      logger.info({ workshopId, bytes: file.length }, 'workshop archive exported');
      return { file, name: `${titleSlug(title)}-${exportedAt.slice(0, 10)}${ARCHIVE_FILE_SUFFIX}`, sha256 };
    },

    /**
     * Takes a whole workshop in from an archive, in one transaction, with a new set of invites; the
     * archive's invites are kept as revoked records (their token hashes never leave their server).
     */
    async import(file: Uint8Array): Promise<ImportArchiveResponse> {
      const { manifest, parts } = await unpackArchive(file);
      const workshopId = manifest.workshopId;
      const document = parts.get(DOCUMENT_PART);
      if (!document) throw invalid(`part ${DOCUMENT_PART}: missing from the archive`);
      const check = new Y.Doc();
      try {
        Y.applyUpdate(check, document);
      } catch {
        throw invalid(`part ${DOCUMENT_PART}: not a Yjs document`);
      } finally {
        check.destroy();
      }
      const rows = new Map(
        ARCHIVED_TABLES.map((table) => [table.name, decodeRows(table, parts.get(partName(table)), parts)]),
      );
      await checkConsistency(workshopId, rows);
      if (await archives.exists(workshopId))
        throw new ArchiveRefusal(
          'exists',
          'this server already has this workshop (same id): delete it here first to import it again',
        );

      const now = new Date();
      const revoked = (rows.get('invites') ?? []).map((invite) => ({
        ...invite,
        // A hash of a token nobody holds: the old links never open anything here.
        tokenHash: hashInviteToken(generateInviteToken()),
        revokedAt: invite.revokedAt ?? now,
      }));
      rows.set('invites', revoked);
      const issued = roleInviteSet(workshopId);
      const last = (rows.get('audit_log') ?? []).at(-1) as AuditEntry | undefined;
      const body: AuditEntryBody = {
        seq: (last?.seq ?? 0) + 1,
        at: now.toISOString(),
        actor: SYSTEM_ACTOR,
        action: 'workshop.imported',
        subject: workshopId,
        details: {
          sha256: await sha256Hex(file),
          bytes: file.length,
          exportedAt: manifest.exportedAt,
          schemaVersion: manifest.schemaVersion,
          formatVersion: manifest.formatVersion,
          invitesRevoked: revoked.length,
          invitesIssued: issued.stored.length,
        },
      };
      const prevHash = last?.hash ?? GENESIS_HASH;
      const entry = { ...body, prevHash, hash: await auditHash(prevHash, body) };
      const extra = new Map<string, StoredRow[]>([
        ['invites', issued.stored.map((invite) => ({ ...invite, createdAt: now }))],
        ['audit_log', [entry]],
      ]);

      try {
        await archives.insert(workshopId, rows, document, extra);
      } catch (error) {
        const state = sqlState(error);
        if (state === '23505')
          throw new ArchiveRefusal(
            'exists',
            'rows of this archive are already on this server (the same workshop, imported under another id?)',
          );
        if (state?.startsWith('22') || state?.startsWith('23'))
          throw invalid(`the store refused the archive's rows (SQLSTATE ${state})`);
        throw error;
      }
      const workshop = await workshops.find(workshopId);
      if (!workshop) throw new Error('the imported workshop is missing');
      logger.info({ workshopId, bytes: file.length }, 'workshop archive imported');
      return { ...workshop, invites: issued.tokens, links: issued.links };
    },
  };
}
