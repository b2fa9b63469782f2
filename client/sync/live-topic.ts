import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { noticeKey, type NoticeTopic } from '../../shared/live-notices.js';
import { metaMap } from '../../shared/workshop-document/index.js';
import { errorWordsOrNothing } from './error-words.js';

export interface LiveTopic<T> {
  value: Accessor<T | undefined>;
  error: Accessor<string | undefined>;
  refresh(): Promise<void>;
}

/**
 * Data the server keeps outside the document (versions, votes, comments), fetched again whenever the server
 * announces a change in the room, and after every reconnect (announcements made while offline were
 * missed). Answers arriving out of order never overwrite a newer one.
 */
export function createLiveTopic<T>(
  doc: Y.Doc,
  provider: WebsocketProvider,
  topic: NoticeTopic,
  load: () => Promise<T>,
): LiveTopic<T> {
  const [value, setValue] = createSignal<T>();
  // The failure, worded when read: the words follow the interface language.
  const [failure, setFailure] = createSignal<unknown>();
  let requested = 0;
  const refresh = async () => {
    const ticket = ++requested;
    try {
      const loaded = await load();
      if (ticket === requested) {
        setValue(() => loaded);
        setFailure(undefined);
      }
    } catch (caught) {
      if (ticket === requested) setFailure(() => caught ?? new Error(String(caught)));
    }
  };
  const meta = metaMap(doc);
  const onMeta = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(noticeKey(topic))) void refresh();
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') void refresh();
  };
  meta.observe(onMeta);
  provider.on('status', onStatus);
  onCleanup(() => {
    meta.unobserve(onMeta);
    provider.off('status', onStatus);
  });
  void refresh();
  return { value, error: () => errorWordsOrNothing(failure()), refresh };
}
