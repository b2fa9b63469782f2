import type { RoomRegistry } from '../collab/room-registry.js';
import { loggableError, type Logger } from '../logger.js';
import type { VersionService } from './version-service.js';

/**
 * Saves an automatic version of every open room whose content changed since its latest version, at
 * most once per interval. Returns the function that stops it.
 */
export function startAutosave(
  registry: RoomRegistry,
  versions: VersionService,
  everyMs: number,
  logger: Logger,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      for (const room of await registry.loadedRooms()) {
        await versions
          .autosave(room.id, room.doc, 'Auto-saved during editing')
          .catch((error: unknown) =>
            logger.error({ err: loggableError(error), workshopId: room.id }, 'automatic version failed'),
          );
      }
    })().finally(() => {
      running = false;
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
