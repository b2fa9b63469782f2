import type {
  AuditAction,
  AuditDetails,
  AuditEntry,
  AuditHead,
  AuditLogResponse,
} from '../../shared/audit.js';
import { auditHeadOf } from '../../shared/audit.js';
import type { Actor } from '../../shared/people.js';
import { loggableError, type Logger } from '../logger.js';
import type { AuditRepository, StoreTransaction } from '../store/audit-repository.js';

export interface AuditLogDependencies {
  entries: AuditRepository;
  logger: Logger;
}

/**
 * The acts that matter, appended to each workshop's hash chain (shared/audit.ts).
 *
 * Each act is appended just after it is done (or, for an endorsement, in the same transaction). An
 * append that fails is logged and rethrown, so the request answers 500 instead of succeeding with
 * a hole in the log: the act stands, and the caller is told that its record did not.
 */
export function createAuditLog({ entries, logger }: AuditLogDependencies) {
  async function appendWith<T>(
    workshopId: string,
    actor: Actor,
    action: AuditAction,
    subject: string,
    details: AuditDetails,
    alongside?: (tx: StoreTransaction, entry: AuditEntry) => Promise<T | null>,
  ): Promise<{ entry: AuditEntry; result: T } | null> {
    try {
      return await entries.append<T>(workshopId, { actor, action, subject, details }, alongside);
    } catch (error) {
      logger.error({ err: loggableError(error), workshopId, action, subject }, 'audit append failed');
      throw error;
    }
  }

  return {
    /** Null when the workshop no longer exists (deleted meanwhile): there is no chain to append to. */
    async append(
      workshopId: string,
      actor: Actor,
      action: AuditAction,
      subject: string,
      details: AuditDetails = {},
    ): Promise<AuditEntry | null> {
      return (await appendWith<true>(workshopId, actor, action, subject, details))?.entry ?? null;
    },

    /**
     * Appends the entry and writes the act with it, in one transaction, knowing the entry (as an
     * endorsement stores the head it made). When `alongside` returns null, neither is written.
     */
    appendWith,

    list: (workshopId: string): Promise<AuditEntry[]> => entries.list(workshopId),

    head: (workshopId: string): Promise<AuditHead> => entries.head(workshopId),

    /**
     * The head a version's export prints: the latest entry other than a download's. Downloads only
     * add `export.version` and `workshop.exported` entries, so printing the head with those would make
     * every download a new file (and defeat the export cache); any entry's hash and seq are as
     * checkable against the log.
     */
    printableHead: (workshopId: string): Promise<AuditHead> =>
      entries.head(workshopId, { except: ['export.version', 'workshop.exported'] }),

    async read(workshopId: string): Promise<AuditLogResponse> {
      const list = await entries.list(workshopId);
      return { entries: list, head: auditHeadOf(list).hash };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
