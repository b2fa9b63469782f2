import { parentPort, Worker, type Transferable } from 'node:worker_threads';

/**
 * Worker threads for work too heavy for the event loop that serves every collaboration socket (an
 * export render, folding a document's update log). A task goes to the module's handler as plain data
 * and its result comes back, transferred where it can be. A bounded number of tasks wait for a
 * thread; past that the pool refuses at once, so work cannot pile up without end.
 */

export interface WorkerPoolOptions<Task> {
  /** Module that calls `serveWorkerTasks`. */
  module: URL;
  /** Tasks at once, one per worker thread. */
  threads: number;
  /** Tasks that may wait for a free thread. */
  maxWaiting: number;
  /** A task still running after this long is failed and its worker replaced (default two minutes). */
  timeoutMs?: number;
  /** How a task is named in errors ("rendering report.pdf"). */
  describe(task: Task): string;
}

export interface WorkerPool<Task, Result> {
  /** Rejects with WorkerPoolBusy when `maxWaiting` tasks are already waiting, or once closed. */
  run(task: Task): Promise<Result>;
  /** Worker threads alive now: they start with the first task (or `warm`) and are replaced if one dies. */
  readonly threads: number;
  /** Starts a thread now, so that the first task does not wait for one to boot. */
  warm(): void;
  /** Refuses what is waiting, stops every worker, and resolves once each has exited. */
  close(): Promise<void>;
}

export class WorkerPoolBusy extends Error {
  override name = 'WorkerPoolBusy';
}

type Reply<Result> = { result: Result } | { error: string };

/** A task that runs away on hostile input is stopped rather than taking the host or the pool. */
const WORKER_HEAP_MB = 512;
const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * The server runs TypeScript through tsx (`tsx server/main.ts`, Vitest in tests). Node 20 does not
 * apply `--import` loader hooks to a worker's entry module, so the worker registers tsx itself first.
 */
export const workerSource = (
  module: URL,
): string => `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;

interface Queued<Task, Result> {
  task: Task;
  resolve(result: Result): void;
  reject(error: Error): void;
}

interface Thread<Task, Result> {
  worker: Worker;
  running: Queued<Task, Result> | undefined;
  /** Stops the worker if its task outlives the timeout (a new one replaces it). */
  deadline: NodeJS.Timeout | undefined;
  /** Failed or timed out and not yet exited: takes no more tasks. */
  stopping: boolean;
  exited: Promise<void>;
}

export function startWorkerPool<Task, Result>(options: WorkerPoolOptions<Task>): WorkerPool<Task, Result> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const threads = new Set<Thread<Task, Result>>();
  const waiting: Array<Queued<Task, Result>> = [];
  let closed = false;

  function finish(thread: Thread<Task, Result>): Queued<Task, Result> | undefined {
    const running = thread.running;
    thread.running = undefined;
    clearTimeout(thread.deadline);
    // An idle pool never holds the process open.
    thread.worker.unref();
    return running;
  }

  function spawn(): Thread<Task, Result> {
    const worker = new Worker(workerSource(options.module), {
      eval: true,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const thread: Thread<Task, Result> = {
      worker,
      running: undefined,
      deadline: undefined,
      stopping: false,
      exited: new Promise((resolve) => worker.once('exit', () => resolve())),
    };
    worker.on('message', (reply: Reply<Result>) => {
      const running = finish(thread);
      if ('result' in reply) running?.resolve(reply.result);
      else if (running) running.reject(new Error(`${options.describe(running.task)} failed: ${reply.error}`));
      dispatch();
    });
    worker.on('error', (error) => {
      thread.stopping = true;
      finish(thread)?.reject(error);
    });
    worker.on('exit', (code) => {
      threads.delete(thread);
      finish(thread)?.reject(new Error(`the worker thread stopped (exit code ${code})`));
      dispatch();
    });
    threads.add(thread);
    return thread;
  }

  function dispatch(): void {
    while (!closed && waiting.length > 0) {
      let thread = [...threads].find((candidate) => !candidate.running && !candidate.stopping);
      if (!thread) {
        if (threads.size >= options.threads) return;
        thread = spawn();
      }
      const queued = waiting.shift()!;
      thread.running = queued;
      thread.worker.ref();
      thread.deadline = setTimeout(() => {
        thread.stopping = true;
        finish(thread)?.reject(new Error(`${options.describe(queued.task)} took over ${timeoutMs} ms`));
        void thread.worker.terminate();
      }, timeoutMs).unref();
      try {
        thread.worker.postMessage(queued.task);
      } catch (error) {
        finish(thread)?.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  return {
    run(task) {
      if (closed) return Promise.reject(new WorkerPoolBusy('the server is stopping'));
      return new Promise((resolve, reject) => {
        waiting.push({ task, resolve, reject });
        dispatch();
        if (waiting.length > options.maxWaiting) {
          waiting.pop();
          reject(new WorkerPoolBusy(`${options.maxWaiting} tasks are already waiting for a thread`));
        }
      });
    },
    get threads() {
      return threads.size;
    },
    warm() {
      if (!closed && threads.size === 0) spawn().worker.unref();
    },
    async close() {
      closed = true;
      const stopping = () => new WorkerPoolBusy('the server is stopping');
      for (const queued of waiting.splice(0)) queued.reject(stopping());
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

/** The worker's side: answers each task with the handler's result, moving the buffers it names. */
export function serveWorkerTasks<Task, Result>(
  handle: (task: Task) => Promise<{ result: Result; transfer?: Transferable[] }>,
): void {
  if (!parentPort) throw new Error('this module runs as a worker thread of a worker pool');
  const port = parentPort;
  port.on('message', async (task: Task) => {
    try {
      const { result, transfer } = await handle(task);
      port.postMessage({ result } satisfies Reply<Result>, transfer ?? []);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ error: message } satisfies Reply<Result>);
    }
  });
}

/** Bytes that own their whole buffer, so it can be transferred (Node's small Buffers share a pool). */
export function ownedBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}
