import type { Actor } from '../../shared/people.js';
import { loggableError, type Logger } from '../logger.js';
import type { ActivityRepository, ActivityRow } from '../store/activity-repository.js';
import type { Touch } from './touched-fields.js';

/** How often buffered activity is written: a typist's minute of keystrokes becomes one upsert a row. */
export const ACTIVITY_FLUSH_MS = 2_000;

const MINUTE_MS = 60_000;

/** What a room hands its changes to. */
export interface ActivitySink {
  record(workshopId: string, actor: Actor, touches: readonly Touch[], at: number): void;
}

export interface ActivityRecorder extends ActivitySink {
  /** Resolves once what was recorded for the workshop (or every workshop) so far is written or dropped. */
  flush(workshopId?: string): Promise<void>;
  /** Forgets what is buffered for a deleted workshop: its rows could not be written anyway. */
  discard(workshopId: string): void;
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
}

/**
 * Coalesces activity in memory, one row per person, item and minute (the table's coalescing key),
 * and writes it in batches. Recording is a few map operations on the document's hot path; writing
 * never holds up a document update, and a failed write is logged and dropped: the log of who did
 * what is worth less than the edits themselves.
 */
export function createActivityRecorder(options: {
  store: Pick<ActivityRepository, 'upsert'>;
  logger: Logger;
  flushMs?: number;
}): ActivityRecorder {
  const { store, logger } = options;
  /** workshop id → coalescing key → row. */
  const pending = new Map<string, Map<string, ActivityRow>>();
  /** The last write per workshop: the next one waits for it, so a flush covers every earlier write. */
  const writing = new Map<string, Promise<void>>();

  const write = (workshopId: string): Promise<void> => {
    const rows = pending.get(workshopId);
    pending.delete(workshopId);
    const previous = writing.get(workshopId) ?? Promise.resolve();
    if (!rows) return previous;
    // One statement per workshop: a deleted workshop's rows (foreign key) fail alone.
    const next = previous
      .then(() => store.upsert(Array.from(rows.values())))
      .catch((error: unknown) =>
        logger.warn(
          { err: loggableError(error), workshopId, rows: rows.size },
          'dropping activity that could not be written',
        ),
      )
      .finally(() => {
        if (writing.get(workshopId) === next) writing.delete(workshopId);
      });
    writing.set(workshopId, next);
    return next;
  };

  const flushAll = async (): Promise<void> => {
    const ids = new Set([...pending.keys(), ...writing.keys()]);
    await Promise.all(Array.from(ids, write));
  };

  const timer = setInterval(() => void flushAll(), options.flushMs ?? ACTIVITY_FLUSH_MS);
  timer.unref();

  return {
    record(workshopId, actor, touches, at) {
      let rows = pending.get(workshopId);
      if (!rows) {
        rows = new Map();
        pending.set(workshopId, rows);
      }
      const minute = at - (at % MINUTE_MS);
      for (const touch of touches) {
        const key = `${actor.inviteId}\u0000${actor.name}\u0000${touch.itemId}\u0000${minute}`;
        const row = rows.get(key);
        if (row) {
          for (const field of touch.fields) if (!row.fields.includes(field)) row.fields.push(field);
          row.created ||= touch.created;
          row.at = new Date(at);
          continue;
        }
        rows.set(key, {
          workshopId,
          inviteId: actor.inviteId,
          actorName: actor.name,
          actorRole: actor.role,
          collection: touch.collection,
          itemId: touch.itemId,
          fields: Array.from(touch.fields),
          created: touch.created,
          minute: new Date(minute),
          at: new Date(at),
        });
      }
    },
    flush: (workshopId) => (workshopId === undefined ? flushAll() : write(workshopId)),
    discard(workshopId) {
      pending.delete(workshopId);
    },
    async close() {
      clearInterval(timer);
      await flushAll();
    },
  };
}
