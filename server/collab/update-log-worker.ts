import { parentPort, workerData } from 'node:worker_threads';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { createLogger, loggableError } from '../logger.js';
import { createDocumentRepository } from '../store/document-repository.js';
import * as schema from '../store/schema.js';
import { createUpdateLogBatcher, type RoomUpdateLog } from './update-log-batcher.js';
import type { FromUpdateLogThread, ToUpdateLogThread } from './update-log-thread.js';

/** The update-log thread (see startUpdateLogThread): the group commit, with connections of its own. */

if (!parentPort) throw new Error('update-log-worker.ts runs as the update-log thread');
const port = parentPort;
const { databaseUrl, logLevel } = workerData as { databaseUrl: string; logLevel: string };
const logger = createLogger(logLevel).child({ thread: 'update-log' });

// One statement is in flight at a time; a second connection lets one be replaced while it reconnects.
const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
pool.on('error', (error) => logger.warn({ err: loggableError(error) }, 'postgres connection error'));
const batcher = createUpdateLogBatcher({
  documents: createDocumentRepository(drizzle({ client: pool, schema })),
  logger,
});

const logs = new Map<number, RoomUpdateLog>();
let answer: FromUpdateLogThread = { committed: [], rows: [] };
let answering: NodeJS.Immediate | undefined;

/** One message per turn back to the event loop, however many statements committed in it. */
function send(change: (reply: FromUpdateLogThread) => void): void {
  change(answer);
  answering ??= setImmediate(() => {
    answering = undefined;
    port.postMessage(answer);
    answer = { committed: [], rows: [] };
  });
}

function logOf(room: number, workshopId: string): RoomUpdateLog {
  let log = logs.get(room);
  if (!log) {
    log = batcher.open(workshopId, () => send((reply) => reply.rows.push(room)));
    logs.set(room, log);
  }
  return log;
}

port.on('message', (message: ToUpdateLogThread) => {
  switch (message.kind) {
    case 'append':
      for (const { seq, room, workshopId, update } of message.entries) {
        logOf(room, workshopId)
          .append(update)
          .then(
            () => send((reply) => reply.committed.push(seq)),
            // Dropped because the room closed its log, which the event loop already knows.
            () => undefined,
          );
      }
      return;
    case 'close':
      logs.get(message.room)?.close();
      logs.delete(message.room);
      return;
    case 'stop':
      for (const log of logs.values()) log.close();
      void pool.end().finally(() => port.close());
      return;
  }
});
