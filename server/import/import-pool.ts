import { startWorkerPool, type WorkerPool } from '../worker-pool.js';
import type { ImportOutcome, ImportTask } from './import-task.js';

/**
 * The thread imports are parsed on: a 5 MiB sheet takes the better part of a second to read, which
 * on the event loop would hold up every collaboration socket. One thread (imports are rare and a
 * person waits for each), a few waiting, and a file that takes over a minute is given up on.
 */
export type ImportPool = WorkerPool<ImportTask, ImportOutcome>;

const IMPORTS_WAITING = 4;
const IMPORT_TIMEOUT_MS = 60_000;

export function startImportPool(): ImportPool {
  return startWorkerPool<ImportTask, ImportOutcome>({
    module: new URL('./import-worker.ts', import.meta.url),
    threads: 1,
    maxWaiting: IMPORTS_WAITING,
    timeoutMs: IMPORT_TIMEOUT_MS,
    describe: ({ collection, format }) => `importing a ${format} file into ${collection}`,
  });
}
