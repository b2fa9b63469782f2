import { onCleanup } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { asSummon, presenterMap, SUMMON_KEY, type Summon } from '../../shared/workshop-document/index.js';
import type { PresenceUser } from './workshop-connection.js';

/**
 * Calls `onSummon` for each "Bring everyone here" a facilitator makes while this page is live. The
 * summon already in the document when the page opens (from IndexedDB or the first sync) moves nobody:
 * it was for the pages open back then. Nor does this page's own.
 *
 * The server undoes a summon from anyone but a facilitator (root-guard.ts), but only once it has
 * integrated it, so the forged value reaches every page a moment before its undo. A page therefore also
 * checks who wrote it: the client that made the entry must be present as a facilitator, a role the
 * server sets in presence from the invite.
 */
export function listenForSummons(
  doc: Y.Doc,
  provider: WebsocketProvider,
  onSummon: (summon: Summon) => void,
): void {
  const presenter = presenterMap(doc);
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (!event.keysChanged.has(SUMMON_KEY) || event.transaction.local || !provider.synced) return;
    const summon = asSummon(presenter.get(SUMMON_KEY));
    const writer = presenter._map.get(SUMMON_KEY)?.id.client;
    const role =
      writer === undefined
        ? undefined
        : (provider.awareness.getStates().get(writer)?.['user'] as PresenceUser | undefined)?.role;
    if (summon && role === 'facilitator') onSummon(summon);
  };
  presenter.observe(observer);
  onCleanup(() => presenter.unobserve(observer));
}

/** The item a person last worked in on this page (the nearest `[data-id]` around what they focused). */
export function lastItemWithin(root: HTMLElement, onItem: (itemId: string) => void): void {
  const onFocus = (event: FocusEvent) => {
    const itemId = (event.target as Element | null)?.closest('[data-id]')?.getAttribute('data-id');
    if (itemId) onItem(itemId);
  };
  root.addEventListener('focusin', onFocus);
  onCleanup(() => root.removeEventListener('focusin', onFocus));
}
