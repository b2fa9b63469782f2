import type { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.js';
import { startModuleWorker } from '../worker-pool.js';
import type { RoomUpdateLog, UpdateLogBatcher } from './update-log-batcher.js';

/** What the event loop tells the update-log thread. */
export type ToUpdateLogThread =
  | { kind: 'append'; entries: Array<{ seq: number; room: number; workshopId: string; update: Uint8Array }> }
  | { kind: 'close'; room: number }
  | { kind: 'stop' };

/** What the update-log thread answers, once per turn of its own event loop. */
export interface FromUpdateLogThread {
  /** Appends whose statement committed. */
  committed: number[];
  /** Rooms (their handles), once per row committed for them. */
  rows: number[];
}

export interface UpdateLogThreadOptions {
  databaseUrl: string;
  logLevel: string;
  logger: Logger;
}

export interface UpdateLogThread extends UpdateLogBatcher {
  /** The thread now (a new one replaces a thread that died). Tests stop it to check nothing is lost. */
  readonly worker: Worker;
  /** Call once every room is flushed: lets the thread close its connections, then stops it. */
  close(): Promise<void>;
}

interface Pending {
  room: number;
  workshopId: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: Error) => void;
}

const STOP_TIMEOUT_MS = 10_000;

/**
 * The group commit into the update log (createUpdateLogBatcher), run on a worker thread with its own
 * PostgreSQL connections. On the event loop, the driver's work for every statement (building it, the
 * write to the database socket, parsing the answer) took about a tenth of a core at 2,000 edits a
 * second, and whatever fan-out arrived meanwhile waited for it. Here the event loop only posts each
 * turn's updates to the thread and hears back which committed.
 *
 * An append still resolves only once its statement has committed. Until then the update is kept here
 * too: should the thread die, a new one is started and sent everything not yet committed again (Yjs
 * updates are idempotent, so a row written twice merges away).
 */
export function startUpdateLogThread({
  databaseUrl,
  logLevel,
  logger,
}: UpdateLogThreadOptions): UpdateLogThread {
  const pending = new Map<number, Pending>();
  const rowListeners = new Map<number, () => void>();
  let outbox: Array<{ seq: number; room: number; workshopId: string; update: Uint8Array }> = [];
  let posting: NodeJS.Immediate | undefined;
  let nextSeq = 0;
  let nextRoom = 0;
  let stopping = false;
  let worker = start();

  function start(): Worker {
    const started = startModuleWorker(new URL('./update-log-worker.ts', import.meta.url), {
      workerData: { databaseUrl, logLevel },
    });
    started.on('message', ({ committed, rows }: FromUpdateLogThread) => {
      for (const seq of committed) {
        const entry = pending.get(seq);
        pending.delete(seq);
        entry?.resolve();
      }
      for (const room of rows) rowListeners.get(room)?.();
      if (pending.size === 0) started.unref();
    });
    started.on('error', (error) => logger.error({ err: error }, 'update-log thread failed'));
    started.on('exit', (code) => {
      if (stopping) return;
      logger.error({ code, uncommitted: pending.size }, 'update-log thread stopped; starting another');
      worker = start();
      // Everything not yet committed, in the order appended (what this turn added included).
      outbox = Array.from(pending, ([seq, { room, workshopId, update }]) => ({
        seq,
        room,
        workshopId,
        update,
      }));
      if (outbox.length > 0) worker.ref();
      schedulePost();
    });
    // Only appends waiting for their commit keep the process alive for this thread.
    started.unref();
    return started;
  }

  function schedulePost(): void {
    posting ??= setImmediate(() => {
      posting = undefined;
      if (outbox.length === 0) return;
      const entries = outbox;
      outbox = [];
      worker.postMessage({ kind: 'append', entries } satisfies ToUpdateLogThread);
    });
  }

  return {
    open(workshopId, onRowCommitted): RoomUpdateLog {
      const room = nextRoom++;
      rowListeners.set(room, onRowCommitted);
      let closed = false;
      return {
        append(update) {
          if (closed || stopping) return Promise.reject(new Error(`update log of ${workshopId} is closed`));
          const seq = nextSeq++;
          return new Promise<void>((resolve, reject) => {
            pending.set(seq, { room, workshopId, update, resolve, reject });
            outbox.push({ seq, room, workshopId, update });
            worker.ref();
            schedulePost();
          });
        },
        close() {
          if (closed) return;
          closed = true;
          rowListeners.delete(room);
          const error = new Error(`update log of ${workshopId} closed before the update was written`);
          for (const [seq, entry] of pending) {
            if (entry.room !== room) continue;
            pending.delete(seq);
            entry.reject(error);
          }
          outbox = outbox.filter((entry) => entry.room !== room);
          worker.postMessage({ kind: 'close', room } satisfies ToUpdateLogThread);
        },
      };
    },
    get worker() {
      return worker;
    },
    async close() {
      stopping = true;
      if (posting) clearImmediate(posting);
      const stopped = worker;
      const exited = new Promise<void>((resolve) => stopped.once('exit', () => resolve()));
      stopped.postMessage({ kind: 'stop' } satisfies ToUpdateLogThread);
      const timer = setTimeout(() => void stopped.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      const error = new Error('the update log is closed');
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
    },
  };
}
