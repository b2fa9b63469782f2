import * as Y from 'yjs';
import { startWorkerPool } from '../worker-pool.js';

/** Turns a document's updates (a snapshot and log rows) into one update holding the same document. */
export type UpdateFolder = (updates: Uint8Array[]) => Promise<Uint8Array>;

/**
 * The folding itself. One Yjs transaction for the lot: per update, the transaction's cleanup is what
 * costs (a transaction per row took about 10 ms per 500 rows).
 */
export function foldUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export const foldInProcess: UpdateFolder = async (updates) => foldUpdates(updates);

/** Compactions waiting for the thread; past this one is skipped and tried again after more rows. */
const MAX_WAITING_FOLDS = 1_000;

/**
 * Folds on a worker thread. A compaction folds hundreds of rows into a document that may be large;
 * on the event loop that stalled every room's fan-out for several milliseconds each time.
 */
export function startFoldThread(): { fold: UpdateFolder; close(): Promise<void> } {
  const pool = startWorkerPool<Uint8Array[], ArrayBuffer>({
    module: new URL('./fold-worker.ts', import.meta.url),
    threads: 1,
    maxWaiting: MAX_WAITING_FOLDS,
    describe: (updates) => `folding ${updates.length} updates`,
  });
  // Booting a thread takes a core for a moment: better at start than in the middle of a session.
  pool.warm();
  return {
    fold: async (updates) => new Uint8Array(await pool.run(updates)),
    close: () => pool.close(),
  };
}
