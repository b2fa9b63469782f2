import * as Y from 'yjs';
import {
  migrateDocument,
  readWorkshopContent,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { DocumentRepository } from '../store/document-repository.js';

export type WorkshopContentReader = (workshopId: string) => Promise<WorkshopContent>;

/**
 * Reads a workshop's structured content for exports, versions and the content API: from the live
 * room when one is loaded (it may hold edits still being written), otherwise from the store. A stored
 * document of an older schema is migrated in memory only; the room migrates it durably when opened.
 */
export function createWorkshopContentReader(
  registry: RoomRegistry,
  documents: DocumentRepository,
): WorkshopContentReader {
  return async (workshopId) => {
    const room = await registry.peek(workshopId);
    if (room) return readWorkshopContent(room.doc);
    const doc = new Y.Doc();
    try {
      for (const update of await documents.loadUpdates(workshopId)) Y.applyUpdate(doc, update);
      migrateDocument(doc);
      return readWorkshopContent(doc);
    } finally {
      doc.destroy();
    }
  };
}
