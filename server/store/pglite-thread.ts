import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ownedBytes } from '../worker-pool.js';
import { DamagedStoreError, fileSyncCount, openPgliteEngine } from './pglite-engine.js';
import type { ThreadRequest, ThreadMessage, ThreadOptions } from './pglite-thread-protocol.js';

/**
 * The embedded database's thread (see embedded-database.ts): PGlite, served over the PostgreSQL wire
 * protocol on a unix socket, so its WebAssembly work and its fsyncs never hold up the server's sockets.
 */
if (!parentPort) throw new Error('pglite-thread.ts runs as the embedded database thread');
const port = parentPort;
const { dataDir, socketPath } = workerData as ThreadOptions;
/** See below: one in use, the others closing. */
const ACCEPTED_CONNECTIONS = 4;
const post = (message: ThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

try {
  const engine = await openPgliteEngine(dataDir);
  exitWhenTheEngineDies(engine);
  // A thread that crashed leaves its socket file behind, and listen() would fail on it.
  rmSync(socketPath, { force: true });
  // The pool holds one connection (database.ts): PGlite is one PostgreSQL session, and this server's
  // multiplexer interleaves its clients per protocol message, so two clients' extended-protocol exchanges
  // could mix. It accepts a few more, because pg-pool replaces a connection after a failed query and may
  // open the new one before this server has seen the old one close; an old one only says goodbye.
  const server = new PGLiteSocketServer({
    db: engine,
    path: socketPath,
    maxConnections: ACCEPTED_CONNECTIONS,
  });
  await server.start();

  port.on('message', async (request: ThreadRequest) => {
    if (request.type === 'backup') {
      try {
        const dump = await engine.dumpDataDir('gzip');
        const tarball = ownedBytes(new Uint8Array(await dump.arrayBuffer()));
        post({ type: 'backup', id: request.id, tarball: tarball.buffer }, [tarball.buffer]);
      } catch (error) {
        post({ type: 'backup-failed', id: request.id, message: String(error) });
      }
    } else if (request.type === 'syncs') {
      post({ type: 'syncs', id: request.id, count: fileSyncCount() });
    } else if (request.type === 'stop') {
      await server.stop();
      await engine.close();
      rmSync(socketPath, { force: true });
      post({ type: 'stopped' });
      port.close();
    }
  });
  post({ type: 'ready' });
} catch (error) {
  post({
    type: 'failed',
    damaged: error instanceof DamagedStoreError,
    message: error instanceof Error ? error.message : String(error),
  });
  port.close();
}

/**
 * PGlite that aborted (a WebAssembly trap, or PostgreSQL exiting on a FATAL error) answers nothing ever
 * again, while the socket server would go on accepting connections. Ending the thread hands it to the
 * restart path (embedded-database.ts) instead of leaving a store that fails every query.
 */
function exitWhenTheEngineDies(engine: PGlite): void {
  const execute = engine.execProtocolRawStream.bind(engine);
  engine.execProtocolRawStream = async (...args) => {
    try {
      return await execute(...args);
    } catch (error) {
      const dead =
        error instanceof WebAssembly.RuntimeError ||
        (typeof error === 'object' && error !== null && 'name' in error && error.name === 'ExitStatus');
      if (dead) process.exit(1);
      throw error;
    }
  };
}
