import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExportSource } from './export-source.js';

/**
 * Worker threads that render the heavy export formats (`offThread` in formats.ts), so a multi-second
 * PDF never stalls the event loop that serves every collaboration socket. The main thread reads the
 * source (it needs the live document) and sends it as plain data; a worker sends back the file's
 * bytes, transferred, not copied. A bounded number of renders wait for a thread; past that the pool
 * refuses at once, so repeated export clicks cannot pile up work without end.
 */

export interface RenderRequest {
  file: string;
  source: ExportSource;
}

export type RenderReply = { bytes: ArrayBuffer } | { error: string };

export interface RenderPoolOptions {
  /** Renders at once, one per worker thread. */
  threads: number;
  /** Renders that may wait for a free thread. */
  maxWaiting: number;
  /** A render still running after this long is failed and its worker replaced (default two minutes). */
  timeoutMs?: number;
}

export interface RenderPool {
  /** Rejects with RenderPoolBusy when `maxWaiting` renders are already waiting, or once closed. */
  render(file: string, source: ExportSource): Promise<Uint8Array<ArrayBuffer>>;
  /** Worker threads alive now: they start with the first render and are replaced if one dies. */
  readonly threads: number;
  /** Refuses what is waiting, stops every worker, and resolves once each has exited. */
  close(): Promise<void>;
}

export class RenderPoolBusy extends Error {
  override name = 'RenderPoolBusy';
}

/** One core is left to the event loop; a second thread only where there are cores to spare. */
export function defaultRenderThreads(): number {
  return Math.min(2, Math.max(1, availableParallelism() - 1));
}

/** A render that runs away on hostile input is stopped rather than taking the host or the pool. */
const WORKER_HEAP_MB = 512;
const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * The server runs TypeScript through tsx (`tsx server/main.ts`, Vitest in tests). Node 20 does not
 * apply `--import` loader hooks to a worker's entry module, so the worker registers tsx itself first.
 */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./render-worker.ts', import.meta.url).href)}); })`;

interface Task extends RenderRequest {
  resolve(bytes: Uint8Array<ArrayBuffer>): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  task: Task | undefined;
  /** Stops the worker if its task outlives the timeout (a new one replaces it). */
  deadline: NodeJS.Timeout | undefined;
  /** Failed or timed out and not yet exited: takes no more tasks. */
  stopping: boolean;
  exited: Promise<void>;
}

export function startRenderPool(options: RenderPoolOptions): RenderPool {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const threads = new Set<Thread>();
  const waiting: Task[] = [];
  let closed = false;

  function finish(thread: Thread): Task | undefined {
    const task = thread.task;
    thread.task = undefined;
    clearTimeout(thread.deadline);
    // An idle pool never holds the process open.
    thread.worker.unref();
    return task;
  }

  function spawn(): Thread {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const thread: Thread = {
      worker,
      task: undefined,
      deadline: undefined,
      stopping: false,
      exited: new Promise((resolve) => worker.once('exit', () => resolve())),
    };
    worker.on('message', (reply: RenderReply) => {
      const task = finish(thread);
      if ('bytes' in reply) task?.resolve(new Uint8Array(reply.bytes));
      else task?.reject(new Error(`rendering ${task.file} failed: ${reply.error}`));
      dispatch();
    });
    worker.on('error', (error) => {
      thread.stopping = true;
      finish(thread)?.reject(error);
    });
    worker.on('exit', (code) => {
      threads.delete(thread);
      finish(thread)?.reject(new Error(`the export worker stopped (exit code ${code})`));
      dispatch();
    });
    threads.add(thread);
    return thread;
  }

  function dispatch(): void {
    while (!closed && waiting.length > 0) {
      let thread = [...threads].find((candidate) => !candidate.task && !candidate.stopping);
      if (!thread) {
        if (threads.size >= options.threads) return;
        thread = spawn();
      }
      const task = waiting.shift()!;
      thread.task = task;
      thread.worker.ref();
      thread.deadline = setTimeout(() => {
        thread.stopping = true;
        finish(thread)?.reject(new Error(`rendering ${task.file} took over ${timeoutMs} ms`));
        void thread.worker.terminate();
      }, timeoutMs).unref();
      try {
        thread.worker.postMessage({ file: task.file, source: task.source } satisfies RenderRequest);
      } catch (error) {
        finish(thread)?.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  return {
    render(file, source) {
      if (closed) return Promise.reject(new RenderPoolBusy('the server is stopping'));
      return new Promise((resolve, reject) => {
        waiting.push({ file, source, resolve, reject });
        dispatch();
        if (waiting.length > options.maxWaiting) {
          waiting.pop();
          reject(new RenderPoolBusy(`${options.maxWaiting} exports are already waiting to be rendered`));
        }
      });
    },
    get threads() {
      return threads.size;
    },
    async close() {
      closed = true;
      const stopping = () => new RenderPoolBusy('the server is stopping');
      for (const task of waiting.splice(0)) task.reject(stopping());
      await Promise.all(
        [...threads].map((thread) => {
          finish(thread)?.reject(stopping());
          void thread.worker.terminate();
          return thread.exited;
        }),
      );
    },
  };
}
