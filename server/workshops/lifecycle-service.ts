import type { Workshop } from '../../shared/api.js';
import type { Actor } from '../../shared/people.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { RoomNotifier } from '../collab/room-notices.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { Logger } from '../logger.js';
import { Refusal } from '../refusal.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';

export interface LifecycleServiceDependencies {
  workshops: WorkshopRepository;
  registry: RoomRegistry;
  notify: RoomNotifier;
  audit: AuditLog;
  logger: Logger;
}

export type LifecycleService = ReturnType<typeof createLifecycleService>;

/** A workshop's end of life: archived (read-only for everyone, still exportable), or deleted for good. */
export function createLifecycleService({
  workshops,
  registry,
  notify,
  audit,
  logger,
}: LifecycleServiceDependencies) {
  return {
    /**
     * Archives or unarchives. The store says so first (every later request and socket reads it), then
     * the live room stops or resumes applying updates, and every page is told to refetch its session.
     */
    async setArchived(workshopId: string, archived: boolean, actor: Actor): Promise<Workshop> {
      const workshop = await workshops.setArchived(workshopId, archived);
      if (!workshop) throw new Refusal('not-found', 'this workshop no longer exists');
      // The room follows the store first: an archive whose record fails must still stop the edits.
      await registry.control(workshopId, { kind: 'archive', archived });
      await audit.append(
        workshopId,
        actor,
        archived ? 'workshop.archived' : 'workshop.unarchived',
        workshopId,
      );
      await notify(workshopId, 'workshop');
      logger.info({ workshopId, archived }, archived ? 'workshop archived' : 'workshop unarchived');
      return workshop;
    },

    /**
     * Deletes the workshop and everything of it. The rows go first, so no invite opens anything from
     * that moment; then every socket on it, here and on other instances, is closed with 4401 and its
     * room dropped without writing. `confirmTitle`, when given, must be the title exactly. Its audit
     * log goes with it (the one DELETE migration 0006 lets through), so there is no entry for it.
     */
    async delete(workshopId: string, confirmTitle?: string): Promise<void> {
      const workshop = await workshops.find(workshopId);
      if (!workshop) throw new Refusal('not-found', 'this workshop no longer exists');
      if (confirmTitle !== undefined && confirmTitle !== workshop.title)
        throw new Refusal('invalid', 'confirmTitle must be the workshop’s title, exactly as shown');
      await workshops.delete(workshopId);
      await registry.control(workshopId, { kind: 'delete' });
      logger.info({ workshopId }, 'workshop deleted');
    },
  };
}
