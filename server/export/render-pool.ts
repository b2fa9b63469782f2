import { availableParallelism } from 'node:os';
import { startWorkerPool } from '../worker-pool.js';
import type { ExportSource } from './export-source.js';

/**
 * Worker threads that render the heavy export formats (`offThread` in formats.ts), so a multi-second
 * PDF never stalls the event loop that serves every collaboration socket. The main thread reads the
 * source (it needs the live document) and sends it as plain data; a worker sends back the file's
 * bytes, transferred, not copied. Past `maxWaiting` renders the pool refuses with WorkerPoolBusy.
 */

export interface RenderRequest {
  file: string;
  source: ExportSource;
}

export interface RenderPoolOptions {
  /** Renders at once, one per worker thread. */
  threads: number;
  /** Renders that may wait for a free thread. */
  maxWaiting: number;
  /** A render still running after this long is failed and its worker replaced (default two minutes). */
  timeoutMs?: number;
}

export interface RenderPool {
  /** Rejects with WorkerPoolBusy when `maxWaiting` renders are already waiting, or once closed. */
  render(file: string, source: ExportSource): Promise<Uint8Array<ArrayBuffer>>;
  /** Worker threads alive now: they start with the first render and are replaced if one dies. */
  readonly threads: number;
  /** Refuses what is waiting, stops every worker, and resolves once each has exited. */
  close(): Promise<void>;
}

/** One core is left to the event loop; a second thread only where there are cores to spare. */
export function defaultRenderThreads(): number {
  return Math.min(2, Math.max(1, availableParallelism() - 1));
}

export function startRenderPool(options: RenderPoolOptions): RenderPool {
  const pool = startWorkerPool<RenderRequest, ArrayBuffer>({
    ...options,
    module: new URL('./render-worker.ts', import.meta.url),
    describe: ({ file }) => `rendering ${file}`,
  });
  return {
    render: async (file, source) => new Uint8Array(await pool.run({ file, source })),
    get threads() {
      return pool.threads;
    },
    close: () => pool.close(),
  };
}
