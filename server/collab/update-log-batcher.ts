import * as Y from 'yjs';
import { loggableError, type Logger } from '../logger.js';
import { sqlState } from '../store/sql-state.js';
import {
  MAX_APPENDED_ROWS,
  type DocumentRepository,
  type UpdateLogEntry,
} from '../store/document-repository.js';

export interface UpdateLogBatcherOptions {
  documents: Pick<DocumentRepository, 'appendUpdates'>;
  logger: Logger;
  /** Statements start at least this far apart (ms); see COMMIT_SPACING_MS. */
  commitSpacingMs?: number;
}

/**
 * How far apart statements start. Edits that trickle in (one every few ms while someone types)
 * otherwise cost one INSERT and one synced commit each; waiting for the rest of this window lets one
 * statement carry them all. The fan-out never waits for the store, and a quiet instance's first edit
 * is still written at once (its previous statement started long ago), so this only bounds how long a
 * busy instance holds an update before committing it: at most this plus the statement itself.
 */
export const COMMIT_SPACING_MS = 10;

/** Group commit into the update log for every room of this instance. */
export interface UpdateLogBatcher {
  /** A room's way into the shared log; `onRowCommitted` hears of every row committed for it. */
  open(workshopId: string, onRowCommitted: () => void): RoomUpdateLog;
}

export interface RoomUpdateLog {
  /**
   * Resolves once the statement that wrote the update has committed. Store errors are retried, never
   * reported here; it rejects only when the room's log is closed before the update was written.
   */
  append(update: Uint8Array): Promise<void>;
  /** Drops (rejects) what is still queued; a statement already carrying some of it completes. */
  close(): void;
}

const RETRY_MIN_MS = 50;
const RETRY_MAX_MS = 5_000;

interface Waiting {
  update: Uint8Array;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface RoomQueue {
  workshopId: string;
  onRowCommitted: () => void;
  waiting: Waiting[];
  /** Consecutive failed writes of this room, for its backoff. */
  failures: number;
  /** Not written before this time (ms since epoch) after a failure. */
  retryAt: number;
  closed: boolean;
}

interface Portion {
  queue: RoomQueue;
  taken: Waiting[];
}

/**
 * One statement in flight for the whole instance: the first update of a quiet instance is written at
 * the end of the event-loop turn it arrived in, and whatever any room appends while a statement runs
 * goes into the next one. A busy instance therefore commits once per database round trip rather than
 * once per update (2,000 typists over 200 rooms otherwise cost 2,000 commits a second). Each room gets
 * one row per statement, its waiting updates merged; a room's updates are taken all at once, so they
 * commit in the order they were appended.
 *
 * A failed statement puts its updates back in front of their rooms' queues, and those rooms wait
 * (50 ms, doubling up to 5 s) before they are written again. A failure that says the data was at fault
 * (SQLSTATE class 22 or 23) may be one room's row: the rooms of that statement are then retried one
 * statement each, so only the room at fault keeps failing.
 */
export function createUpdateLogBatcher({
  documents,
  logger,
  commitSpacingMs = COMMIT_SPACING_MS,
}: UpdateLogBatcherOptions): UpdateLogBatcher {
  /** Rooms with updates waiting to be written. */
  const queued = new Set<RoomQueue>();
  let writing = false;
  let turnEnd: NodeJS.Immediate | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  /** When the last statement started (ms since epoch). */
  let lastStart = -Infinity;

  /** Starts the next statement when one may run, or waits for the earliest room that is backing off. */
  function schedule(): void {
    if (writing || turnEnd) return;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    let earliest = Infinity;
    for (const queue of queued) earliest = Math.min(earliest, queue.retryAt);
    if (earliest === Infinity) return;
    const wait = Math.max(earliest, lastStart + commitSpacingMs) - Date.now();
    if (wait <= 0) turnEnd = setImmediate(() => void writeNext());
    else retryTimer = setTimeout(schedule, wait);
  }

  async function writeNext(): Promise<void> {
    turnEnd = undefined;
    const now = Date.now();
    lastStart = now;
    const portions: Portion[] = [];
    for (const queue of queued) {
      if (queue.retryAt > now) continue;
      portions.push({ queue, taken: queue.waiting });
      queue.waiting = [];
      queued.delete(queue);
      if (portions.length === MAX_APPENDED_ROWS) break;
    }
    writing = true;
    try {
      await write(portions);
    } finally {
      writing = false;
      schedule();
    }
  }

  async function write(portions: Portion[]): Promise<void> {
    if (portions.length === 0) return;
    const entries: UpdateLogEntry[] = portions.map(({ queue, taken }) => ({
      workshopId: queue.workshopId,
      update: taken.length === 1 ? taken[0]!.update : Y.mergeUpdates(taken.map((entry) => entry.update)),
    }));
    try {
      await documents.appendUpdates(entries);
    } catch (error) {
      if (portions.length > 1 && dataAtFault(error)) {
        for (const portion of portions) await write([portion]);
        return;
      }
      for (const portion of portions) failed(portion);
      const [first] = portions;
      logger.error(
        {
          err: loggableError(error),
          ...(portions.length === 1 ? { workshopId: first!.queue.workshopId } : { rooms: portions.length }),
          retryInMs: first!.queue.retryAt - Date.now(),
        },
        'appending updates failed; retrying',
      );
      return;
    }
    for (const portion of portions) committed(portion);
  }

  function committed({ queue, taken }: Portion): void {
    queue.failures = 0;
    queue.retryAt = 0;
    if (!queue.closed) queue.onRowCommitted();
    for (const entry of taken) entry.resolve();
  }

  function failed({ queue, taken }: Portion): void {
    if (queue.closed) {
      rejectAll(queue.workshopId, taken);
      return;
    }
    queue.waiting = [...taken, ...queue.waiting];
    queue.retryAt = Date.now() + Math.min(RETRY_MIN_MS * 2 ** queue.failures, RETRY_MAX_MS);
    queue.failures += 1;
    queued.add(queue);
  }

  return {
    open(workshopId, onRowCommitted) {
      const queue: RoomQueue = {
        workshopId,
        onRowCommitted,
        waiting: [],
        failures: 0,
        retryAt: 0,
        closed: false,
      };
      return {
        append(update) {
          if (queue.closed) return Promise.reject(new Error(`update log of ${workshopId} is closed`));
          return new Promise<void>((resolve, reject) => {
            queue.waiting.push({ update, resolve, reject });
            queued.add(queue);
            schedule();
          });
        },
        close() {
          queue.closed = true;
          queued.delete(queue);
          rejectAll(workshopId, queue.waiting.splice(0));
          // Stops the retry timer when this room was the only one backing off.
          schedule();
        },
      };
    },
  };
}

function rejectAll(workshopId: string, entries: Waiting[]): void {
  const error = new Error(`update log of ${workshopId} closed before the update was written`);
  for (const entry of entries) entry.reject(error);
}

/** SQLSTATE class 22 (data exception) or 23 (integrity constraint violation): the rows, not the store. */
function dataAtFault(error: unknown): boolean {
  return /^2[23]/.test(sqlState(error) ?? '');
}
