import type * as Y from 'yjs';
import { SYSTEM_ACTOR } from '../../shared/audit.js';
import {
  findItem,
  groupStartVersionName,
  readGroupStart,
  readTimer,
  timerMap,
  writeGroupStart,
  type AgendaTimer,
} from '../../shared/workshop-document/index.js';
import { REMOTE_ORIGIN, type Room } from '../collab/room.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import { loggableError, type Logger } from '../logger.js';
import type { VersionService } from './version-service.js';

/**
 * When the agenda timer starts a group session, the draft as it stands is saved as a version
 * ("Before: <session>"): the group reports on the projector are the diff from it. The timer is
 * written by the facilitator's page into the document, so the server watches each room's timer.
 *
 * Once per start: a start is the timer's `runningSince` with nothing elapsed (a resume has time
 * elapsed), and the start a version was saved for is recorded in the document (`groupStarts`), which
 * every instance and a reloaded room see. Only the instance that received the write saves it (other
 * instances apply it as REMOTE_ORIGIN), so a scaled-out room saves it once.
 */

/** The start the timer shows, if it has just started a group session. */
export function groupSessionStart(doc: Y.Doc, timer: AgendaTimer | null): AgendaTimer | null {
  if (!timer || timer.runningSince === null || timer.elapsedMs !== 0) return null;
  const session = findItem(doc, 'agenda', timer.sessionId);
  if (session?.get('kind') !== 'group') return null;
  return readGroupStart(doc, timer.sessionId)?.startedAt === timer.runningSince ? null : timer;
}

export function watchGroupStarts(
  room: Room,
  deps: { registry: RoomRegistry; versions: VersionService; logger: Logger },
): void {
  const doc = room.doc;
  // Starts being saved now, so a burst of timer writes during the save does not save twice.
  const saving = new Set<string>();

  const save = async (timer: AgendaTimer) => {
    const key = `${timer.sessionId}@${timer.runningSince}`;
    if (saving.has(key)) return;
    saving.add(key);
    try {
      const title = String(findItem(doc, 'agenda', timer.sessionId)?.get('title') ?? '');
      const version = await deps.versions.save(room.id, groupStartVersionName(title), 'auto', SYSTEM_ACTOR);
      await deps.registry.editAsServer(room.id, (live) =>
        writeGroupStart(live, timer.sessionId, {
          startedAt: timer.runningSince ?? 0,
          versionId: version.id,
          versionNumber: version.number,
        }),
      );
      deps.logger.info({ workshopId: room.id, version: version.number }, 'version saved at group start');
    } catch (error) {
      deps.logger.error({ err: loggableError(error), workshopId: room.id }, 'group start version failed');
    } finally {
      saving.delete(key);
    }
  };

  timerMap(doc).observe((event) => {
    if (event.transaction.origin === REMOTE_ORIGIN || room.isDiscarded) return;
    const started = groupSessionStart(doc, readTimer(doc));
    // After the transaction: the version is read from the live document, which must be settled.
    if (started) setImmediate(() => void save(started));
  });
}
