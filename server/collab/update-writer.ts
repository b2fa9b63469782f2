import { loggableError, type Logger } from '../logger.js';
import type { DocumentRepository } from '../store/document-repository.js';
import type { UpdateLogBatcher } from './update-log-batcher.js';

export interface UpdateWriterOptions {
  workshopId: string;
  documents: DocumentRepository;
  /** The instance's group commit, shared by every room. */
  updateLog: UpdateLogBatcher;
  logger: Logger;
  /** Fold the log into the snapshot after this many appended rows. */
  compactAfterRows: number;
}

export interface UpdateWriter {
  /** Queues an update for the durable log, written with the instance's next statement. */
  append(update: Uint8Array): void;
  /** Resolves when every update appended so far is committed (retrying through store outages). */
  flush(): Promise<void>;
  /** Flushes, then folds the whole log into the snapshot. */
  compact(): Promise<void>;
  /** Drops whatever is not yet written, so call flush() first. */
  close(): void;
}

/**
 * One room's side of persistence: its updates go through the instance's shared group commit, and
 * every `compactAfterRows` rows of its own it folds its log into the snapshot.
 */
export function createUpdateWriter({
  workshopId,
  documents,
  updateLog,
  logger,
  compactAfterRows,
}: UpdateWriterOptions): UpdateWriter {
  let compacting: Promise<void> | null = null;
  let rowsSinceCompaction = 0;
  let closed = false;
  /** A room's updates commit in the order appended, so the last one committed means all have. */
  let lastAppend: Promise<void> = Promise.resolve();

  const log = updateLog.open(workshopId, () => {
    rowsSinceCompaction += 1;
    if (rowsSinceCompaction >= compactAfterRows) void startCompaction();
  });

  /**
   * Compaction runs beside the appends, never in front of them: it folds only rows it has read, so
   * appends committing meanwhile stay in the log, and a new update is never delayed by it.
   */
  function startCompaction(): Promise<void> {
    rowsSinceCompaction = 0;
    compacting ??= documents
      .compact(workshopId)
      .then(
        ({ foldedRows }) => logger.debug({ workshopId, foldedRows }, 'compacted update log'),
        // The log still holds every update; compaction is tried again after more rows.
        (error: unknown) => logger.warn({ err: loggableError(error), workshopId }, 'compaction failed'),
      )
      .finally(() => {
        compacting = null;
      });
    return compacting;
  }

  return {
    append(update) {
      if (closed) throw new Error(`update writer for ${workshopId} is closed`);
      // Rejected only by close(), which drops what is unwritten by definition.
      lastAppend = log.append(update).catch(() => undefined);
    },
    flush() {
      return lastAppend;
    },
    async compact() {
      await this.flush();
      await compacting;
      await startCompaction();
    },
    close() {
      closed = true;
      log.close();
    },
  };
}
