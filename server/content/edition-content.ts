import {
  docFromState,
  readWorkshopContent,
  type WorkshopContent,
} from '../../shared/workshop-document/index.js';
import type { VersionRepository } from '../store/version-repository.js';
import type { LiveDocumentReader } from './workshop-content.js';

/** The content of the live draft or of a saved version; null when there is no such version. */
export type EditionContentReader = (
  workshopId: string,
  edition: string | 'live',
) => Promise<WorkshopContent | null>;

export function createEditionContentReader(deps: {
  readLive: LiveDocumentReader;
  versions: Pick<VersionRepository, 'find'>;
}): EditionContentReader {
  return async (workshopId, edition) => {
    if (edition === 'live') return deps.readLive(workshopId, readWorkshopContent);
    const version = await deps.versions.find(workshopId, edition);
    if (!version) return null;
    const doc = docFromState(version.state);
    try {
      return readWorkshopContent(doc);
    } finally {
      doc.destroy();
    }
  };
}
