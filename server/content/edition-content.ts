import type * as Y from 'yjs';
import {
  docFromState,
  readWorkshopContent,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import type { VersionRepository } from '../store/version-repository.js';
import type { LiveDocumentReader } from './workshop-content.js';

interface EditionSources {
  readLive: LiveDocumentReader;
  versions: Pick<VersionRepository, 'find'>;
}

/** Runs `read` on the live draft or on a saved version's own document; null when there is no such version. */
export type EditionDocumentReader = <T>(
  workshopId: string,
  edition: string | 'live',
  read: (doc: Y.Doc) => T,
) => Promise<T | null>;

export function createEditionDocumentReader({ readLive, versions }: EditionSources): EditionDocumentReader {
  return async (workshopId, edition, read) => {
    if (edition === 'live') return readLive(workshopId, read);
    const version = await versions.find(workshopId, edition);
    if (!version) return null;
    const doc = docFromState(version.state);
    try {
      return read(doc);
    } finally {
      doc.destroy();
    }
  };
}

/** The content of the live draft or of a saved version; null when there is no such version. */
export type EditionContentReader = (
  workshopId: string,
  edition: string | 'live',
) => Promise<WorkshopContent | null>;

export function createEditionContentReader(sources: EditionSources): EditionContentReader {
  const readEdition = createEditionDocumentReader(sources);
  return (workshopId, edition) => readEdition(workshopId, edition, readWorkshopContent);
}
