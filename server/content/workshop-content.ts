import * as Y from 'yjs';
import {
  migrateDocument,
  readWorkshopContent,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { DocumentRepository } from '../store/document-repository.js';

/** Runs `read` on a workshop's current document, wherever it is. */
export type LiveDocumentReader = <T>(workshopId: string, read: (doc: Y.Doc) => T) => Promise<T>;

/**
 * Reads the live draft: from its room when loaded (it may hold edits still being written), otherwise
 * from the store. A stored document of an older schema is migrated in memory only; the room migrates
 * it durably when opened.
 */
export function createLiveDocumentReader(
  registry: RoomRegistry,
  documents: DocumentRepository,
): LiveDocumentReader {
  return async (workshopId, read) => {
    const room = await registry.peek(workshopId);
    if (room) return read(room.doc);
    const doc = new Y.Doc();
    try {
      for (const update of await documents.loadUpdates(workshopId)) Y.applyUpdate(doc, update);
      migrateDocument(doc);
      return read(doc);
    } finally {
      doc.destroy();
    }
  };
}

export type WorkshopContentReader = (workshopId: string) => Promise<WorkshopContent>;

/** The structured content of a workshop, for exports, versions and the content API. */
export function createWorkshopContentReader(readLive: LiveDocumentReader): WorkshopContentReader {
  return (workshopId) => readLive(workshopId, readWorkshopContent);
}
