import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import { PRESENTER_FIELD } from '../../shared/presence.js';
import type { PresenceUser } from './workshop-connection.js';

/** The awareness `focus` field: the item a person is working on, and when they moved there. */
export interface Focus {
  itemId: string | null;
  at: number;
}


/**
 * Publishes the item this person is in (the nearest `[data-id]` around the focused element), so a
 * presenter view can follow the facilitator from item to item as well as from section to section.
 */
export function publishFocus(provider: WebsocketProvider, root: HTMLElement): void {
  const awareness = provider.awareness;
  const onFocus = (event: FocusEvent) => {
    const itemId = (event.target as Element | null)?.closest('[data-id]')?.getAttribute('data-id') ?? null;
    const current = awareness.getLocalState()?.['focus'] as Focus | undefined;
    if (current?.itemId !== itemId) awareness.setLocalStateField('focus', { itemId, at: Date.now() });
  };
  root.addEventListener('focusin', onFocus);
  onCleanup(() => root.removeEventListener('focusin', onFocus));
}

/** Marks a section change as the latest move, so the presenter follows whoever moved last. */
export function focusSection(provider: WebsocketProvider, section: string): void {
  provider.awareness.setLocalState({
    ...provider.awareness.getLocalState(),
    section,
    focus: { itemId: null, at: Date.now() } satisfies Focus,
  });
}

export interface FacilitatorPosition {
  clientId: number;
  name: string;
  section: string | undefined;
  itemId: string | null;
}

/**
 * Where the facilitator is: among the facilitators present (presenter pages excluded), the one who
 * moved last, since two facilitators can share a workshop and the projector should show the active one.
 */
export function createFacilitatorPosition(provider: WebsocketProvider): Accessor<FacilitatorPosition | null> {
  const awareness = provider.awareness;
  const read = (): FacilitatorPosition | null => {
    let best: (FacilitatorPosition & { at: number }) | null = null;
    awareness.getStates().forEach((state, clientId) => {
      const user = state['user'] as PresenceUser | undefined;
      if (clientId === awareness.clientID || state[PRESENTER_FIELD] || user?.role !== 'facilitator') return;
      const focus = state['focus'] as Focus | undefined;
      const at = typeof focus?.at === 'number' ? focus.at : 0;
      if (best && best.at >= at) return;
      best = {
        clientId,
        name: user.name,
        section: typeof state['section'] === 'string' ? state['section'] : undefined,
        itemId: typeof focus?.itemId === 'string' ? focus.itemId : null,
        at,
      };
    });
    if (!best) return null;
    const { at: _at, ...position } = best as FacilitatorPosition & { at: number };
    return position;
  };
  const [position, setPosition] = createSignal(read(), {
    equals: (a, b) =>
      a?.clientId === b?.clientId &&
      a?.section === b?.section &&
      a?.itemId === b?.itemId &&
      a?.name === b?.name,
  });
  const update = () => setPosition(read());
  awareness.on('change', update);
  onCleanup(() => awareness.off('change', update));
  return position;
}
