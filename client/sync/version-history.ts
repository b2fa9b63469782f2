import { onCleanup, type Accessor } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { VersionList, VersionSummary } from '../../shared/api.js';
import type { WorkshopApi } from './api-client.js';
import { createLiveTopic } from './live-topic.js';

export interface VersionHistory {
  list: Accessor<VersionList | undefined>;
  error: Accessor<string | undefined>;
  refresh(): Promise<void>;
}

/** Quiet time after an edit before asking the server for the live draft's hash again. */
const LIVE_HASH_DELAY_MS = 1_200;

/**
 * The workshop's versions and endorsements, kept current: refetched whenever the server announces a
 * version or endorsement (a live topic), and also a moment after edits, which change the live hash.
 */
export function createVersionHistory(
  api: WorkshopApi,
  doc: Y.Doc,
  provider: WebsocketProvider,
): VersionHistory {
  const topic = createLiveTopic(doc, provider, 'versions', api.versions);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void topic.refresh(), LIVE_HASH_DELAY_MS);
  };
  doc.on('update', refreshSoon);
  onCleanup(() => {
    clearTimeout(timer);
    doc.off('update', refreshSoon);
  });
  return { list: topic.value, error: topic.error, refresh: topic.refresh };
}

/** The newest version that someone endorsed, if any. */
export function latestEndorsed(list: VersionList | undefined): VersionSummary | undefined {
  return list?.versions.find((version) => version.endorsements.some((e) => e.decision === 'endorse'));
}
