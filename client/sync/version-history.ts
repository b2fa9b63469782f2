import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import type { VersionList, VersionSummary } from '../../shared/api.js';
import { metaMap } from '../../shared/workshop-document/index.js';
import { noticeKey } from '../../shared/live-notices.js';
import type { WorkshopApi } from './api-client.js';

export interface VersionHistory {
  list: Accessor<VersionList | undefined>;
  error: Accessor<string | undefined>;
  refresh(): Promise<void>;
}

/** Quiet time after an edit before asking the server for the live draft's hash again. */
const LIVE_HASH_DELAY_MS = 1_200;

/**
 * The workshop's versions and endorsements, kept current: the server bumps `meta.versionsChangedAt` in
 * the live document whenever a version or endorsement is written, and edits change the live hash, so
 * the list is fetched again after either.
 */
export function createVersionHistory(api: WorkshopApi, doc: Y.Doc): VersionHistory {
  const [list, setList] = createSignal<VersionList>();
  const [error, setError] = createSignal<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const refresh = async () => {
    try {
      setList(await api.versions());
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), LIVE_HASH_DELAY_MS);
  };
  const meta = metaMap(doc);
  const onMeta = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(noticeKey('versions'))) void refresh();
  };
  meta.observe(onMeta);
  doc.on('update', refreshSoon);
  onCleanup(() => {
    clearTimeout(timer);
    meta.unobserve(onMeta);
    doc.off('update', refreshSoon);
  });
  void refresh();
  return { list, error, refresh };
}

/** The newest version that someone endorsed, if any. */
export function latestEndorsed(list: VersionList | undefined): VersionSummary | undefined {
  return list?.versions.find((version) => version.endorsements.some((e) => e.decision === 'endorse'));
}
