import * as Y from 'yjs';
import { loggableError, type Logger } from '../logger.js';
import type { DocumentRepository } from '../store/document-repository.js';

export interface UpdateWriterOptions {
  workshopId: string;
  documents: DocumentRepository;
  logger: Logger;
  /** Fold the log into the snapshot after this many appended rows. */
  compactAfterRows: number;
}

export interface UpdateWriter {
  /** Queues an update for the durable log; it is written at once, or with the next batch if a write is running. */
  append(update: Uint8Array): void;
  /** Resolves when every update appended so far is committed (retrying through store outages). */
  flush(): Promise<void>;
  /** Flushes, then folds the whole log into the snapshot. */
  compact(): Promise<void>;
  /** Stops retry timers; pending updates are dropped, so call flush() first. */
  close(): void;
}

const RETRY_MIN_MS = 50;
const RETRY_MAX_MS = 5_000;

/**
 * Group commit for one room: the first update starts a write immediately; updates arriving while it
 * runs are merged into the next write. Latency stays at one round trip under light load and the
 * number of rows stays bounded under heavy load. Appends run one at a time, in order.
 */
export function createUpdateWriter({
  workshopId,
  documents,
  logger,
  compactAfterRows,
}: UpdateWriterOptions): UpdateWriter {
  let pending: Uint8Array[] = [];
  let running: Promise<void> | null = null;
  let compacting: Promise<void> | null = null;
  let rowsSinceCompaction = 0;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      retryTimer = setTimeout(resolve, ms);
    });

  async function untilDone(operation: () => Promise<void>, what: string): Promise<void> {
    for (let delay = RETRY_MIN_MS; ; delay = Math.min(delay * 2, RETRY_MAX_MS)) {
      try {
        return await operation();
      } catch (error) {
        if (closed) throw error;
        logger.error({ err: loggableError(error), workshopId, retryInMs: delay }, `${what} failed; retrying`);
        await pause(delay);
      }
    }
  }

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

  async function drain(): Promise<void> {
    while (!closed && pending.length > 0) {
      const batch = pending;
      pending = [];
      const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
      await untilDone(() => documents.appendUpdate(workshopId, update), 'appending update');
      rowsSinceCompaction += 1;
      if (rowsSinceCompaction >= compactAfterRows) void startCompaction();
    }
  }

  function kick(): Promise<void> {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    append(update) {
      if (closed) throw new Error(`update writer for ${workshopId} is closed`);
      pending.push(update);
      void kick().catch(() => undefined);
    },
    async flush() {
      while (!closed && (running || pending.length > 0)) await kick();
    },
    async compact() {
      await this.flush();
      await compacting;
      await startCompaction();
    },
    close() {
      closed = true;
      clearTimeout(retryTimer);
    },
  };
}
