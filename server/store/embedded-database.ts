import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.js';
import { workerSource } from '../worker-pool.js';
import { lockDataDir } from './data-dir-lock.js';
import type { ThreadMessage, ThreadOptions, ThreadRequest } from './pglite-thread-protocol.js';

/**
 * The embedded store (PGlite) on a thread of its own, reached like any PostgreSQL server: over the wire
 * protocol, on a unix socket in a private directory (mode 0700: PGlite asks for no password, so no other
 * local user may reach it). Started by openDatabase, stopped by its close(). If the thread dies it is
 * started again on the same data directory (the pool reconnects by itself; until then the store is
 * unavailable and /healthz answers 503); an in-memory database cannot come back, so it stays unavailable.
 */
export interface EmbeddedDatabase {
  /** For `pg`: the socket's directory as host, and the number in the socket's name as port. */
  connection: { host: string; port: number; user: string; database: string };
  /** Why it cannot answer now, or undefined while it runs. */
  unavailable(): string | undefined;
  /** Thread starts since the first (restarts after a crash). */
  readonly restarts: number;
  /**
   * A gzipped tarball of the whole data directory (PGlite's `dumpDataDir`). The caller makes sure no
   * statement runs meanwhile, so that the files are those of one moment.
   */
  dumpDataDir(): Promise<Uint8Array>;
  /** How many times the engine has synced a file to disk since its thread started. */
  fileSyncs(): Promise<number>;
  /** Ends the thread the way a crash would, without stopping the database first (tests the restart path). */
  crash(): Promise<void>;
  close(): Promise<void>;
}

const THREAD_MODULE = new URL('./pglite-thread.ts', import.meta.url);
/** The socket is named `.s.PGSQL.<port>`, as pg (and libpq) expect in the socket directory. */
const SOCKET_PORT = 5432;
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 5_000;
/** A clean stop shuts PostgreSQL down; past this the thread is stopped anyway (the WAL has every commit). */
const STOP_TIMEOUT_MS = 15_000;

interface Pending {
  resolve(message: ThreadMessage): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  exited: Promise<number>;
}

export class EmbeddedDatabaseUnavailable extends Error {
  override name = 'EmbeddedDatabaseUnavailable';
}

/** Starts the thread and resolves once the database accepts connections (after crash recovery, if any). */
export async function startEmbeddedDatabase(
  dataDir: string | undefined,
  logger: Logger,
): Promise<EmbeddedDatabase> {
  const unlock = dataDir === undefined ? () => undefined : lockDataDir(dataDir);
  const socketDir = mkdtempSync(path.join(tmpdir(), 'workshop-pglite-'));
  const options: ThreadOptions = { dataDir, socketPath: path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`) };
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let thread: Thread | undefined;
  let down: string | undefined = 'starting';
  let closing = false;
  let restarts = 0;
  let restartDelay = FIRST_RESTART_DELAY_MS;
  let restartTimer: NodeJS.Timeout | undefined;

  function launch(): Promise<Thread> {
    const worker = new Worker(workerSource(THREAD_MODULE), { eval: true, workerData: options, execArgv: [] });
    // The HTTP server keeps the process alive; an unreferenced thread never holds a finished one open.
    worker.unref();
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    const launched: Thread = { worker, exited };
    return new Promise<Thread>((resolve, reject) => {
      let ready = false;
      worker.on('message', (message: ThreadMessage) => {
        if (message.type === 'ready') {
          ready = true;
          resolve(launched);
        } else if (message.type === 'failed') {
          reject(message.damaged ? new DamagedStore(message.message) : new Error(message.message));
        } else if ('id' in message) {
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          waiting?.resolve(message);
        }
      });
      worker.on('error', (error) => {
        if (!ready) reject(error);
        else logger.error({ err: error }, 'embedded database thread failed');
      });
      void exited.then((code) => {
        if (!ready)
          reject(new Error(`the embedded database thread stopped while starting (exit code ${code})`));
        else if (thread === launched) onCrash(code);
      });
    });
  }

  function onCrash(code: number): void {
    thread = undefined;
    for (const waiting of pending.values())
      waiting.reject(new EmbeddedDatabaseUnavailable('the database thread stopped'));
    pending.clear();
    if (closing) return;
    if (dataDir === undefined) {
      down = `the in-memory database thread stopped (exit code ${code}); its contents are gone`;
      logger.error({ code }, 'embedded in-memory database thread stopped; the store stays unavailable');
      return;
    }
    down = `the database thread stopped (exit code ${code}); restarting`;
    logger.error({ code, dataDir }, 'embedded database thread stopped; restarting it');
    scheduleRestart();
  }

  function scheduleRestart(): void {
    restartTimer = setTimeout(async () => {
      restartTimer = undefined;
      if (closing) return;
      try {
        const started = await launch();
        if (closing) {
          await stopThread(started);
          return;
        }
        thread = started;
        restarts++;
        down = undefined;
        restartDelay = FIRST_RESTART_DELAY_MS;
        logger.warn({ dataDir, restarts }, 'embedded database thread restarted');
      } catch (error) {
        if (error instanceof DamagedStore) {
          down = error.message;
          logger.fatal(
            { dataDir, err: error },
            'embedded database cannot restart: its data directory is damaged',
          );
          return;
        }
        logger.error({ err: error, dataDir }, 'embedded database thread did not restart; trying again');
        restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
        scheduleRestart();
      }
    }, restartDelay);
  }

  async function stopThread(target: Thread): Promise<void> {
    target.worker.postMessage({ type: 'stop' } satisfies ThreadRequest);
    const timer = setTimeout(() => void target.worker.terminate(), STOP_TIMEOUT_MS);
    await target.exited;
    clearTimeout(timer);
  }

  function ask(request: (id: number) => ThreadRequest): Promise<ThreadMessage> {
    const current = thread;
    if (!current) return Promise.reject(new EmbeddedDatabaseUnavailable(down ?? 'stopped'));
    const id = nextId++;
    return new Promise<ThreadMessage>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      current.worker.postMessage(request(id));
    });
  }

  try {
    thread = await launch();
    down = undefined;
  } catch (error) {
    rmSync(socketDir, { recursive: true, force: true });
    unlock();
    throw error;
  }

  return {
    connection: { host: socketDir, port: SOCKET_PORT, user: 'postgres', database: 'postgres' },
    unavailable: () => down,
    get restarts() {
      return restarts;
    },
    async dumpDataDir() {
      const reply = await ask((id) => ({ type: 'backup', id }));
      if (reply.type === 'backup') return new Uint8Array(reply.tarball);
      throw new Error(reply.type === 'backup-failed' ? reply.message : `unexpected reply ${reply.type}`);
    },
    async fileSyncs() {
      const reply = await ask((id) => ({ type: 'syncs', id }));
      if (reply.type === 'syncs') return reply.count;
      throw new Error(`unexpected reply ${reply.type}`);
    },
    async crash() {
      const current = thread;
      if (!current) return;
      await current.worker.terminate();
    },
    async close() {
      closing = true;
      down = 'stopped';
      clearTimeout(restartTimer);
      const current = thread;
      thread = undefined;
      if (current) await stopThread(current);
      rmSync(socketDir, { recursive: true, force: true });
      unlock();
    },
  };
}

/**
 * The thread could not open the data directory as it is (the message names it and what to do):
 * restarting would fail the same way.
 */
export class DamagedStore extends Error {
  override name = 'DamagedStore';
}
