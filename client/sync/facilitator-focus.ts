import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import { PRESENTER_FIELD } from '../../shared/presence.js';
import type { PresenceUser } from './workshop-connection.js';

/**
 * The awareness `focus` field: the item a person is working on, and a count of this page's moves,
 * which changes with every move so a presenter can tell who moved last by the order it hears of them
 * (never by the pages' clocks, which disagree).
 */
export interface Focus {
  itemId: string | null;
  move: number;
}

function nextFocus(provider: WebsocketProvider, itemId: string | null): Focus {
  const current = provider.awareness.getLocalState()?.['focus'] as Focus | undefined;
  return { itemId, move: (current?.move ?? 0) + 1 };
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
    if (current?.itemId !== itemId) awareness.setLocalStateField('focus', nextFocus(provider, itemId));
  };
  root.addEventListener('focusin', onFocus);
  onCleanup(() => root.removeEventListener('focusin', onFocus));
}

/** A section change is a move too, so the presenter follows whoever moved last. */
export function focusSection(provider: WebsocketProvider, section: string): void {
  provider.awareness.setLocalState({
    ...provider.awareness.getLocalState(),
    section,
    focus: nextFocus(provider, null),
  });
}

export interface FacilitatorPosition {
  clientId: number;
  name: string;
  section: string | undefined;
  itemId: string | null;
}

/**
 * Where the facilitator is: among the facilitators present (presenter pages excluded; roles are set by
 * the server from the invites), the one this page last heard move, since two facilitators can share a
 * workshop and the projector should show the active one.
 */
export function createFacilitatorPosition(provider: WebsocketProvider): Accessor<FacilitatorPosition | null> {
  const awareness = provider.awareness;
  /** Per client: its last move count seen, and when (in the order of this page's hearing) it changed. */
  const heard = new Map<number, { move: number | undefined; order: number }>();
  let hearings = 0;
  const read = (): FacilitatorPosition | null => {
    let best: { position: FacilitatorPosition; order: number } | null = null;
    awareness.getStates().forEach((state, clientId) => {
      const user = state['user'] as PresenceUser | undefined;
      if (clientId === awareness.clientID || state[PRESENTER_FIELD] || user?.role !== 'facilitator') return;
      const focus = state['focus'] as Focus | undefined;
      const move = typeof focus?.move === 'number' ? focus.move : undefined;
      const last = heard.get(clientId);
      if (!last || last.move !== move) heard.set(clientId, { move, order: ++hearings });
      const order = heard.get(clientId)!.order;
      if (best && best.order >= order) return;
      best = {
        order,
        position: {
          clientId,
          name: user.name,
          section: typeof state['section'] === 'string' ? state['section'] : undefined,
          itemId: typeof focus?.itemId === 'string' ? focus.itemId : null,
        },
      };
    });
    for (const clientId of heard.keys()) if (!awareness.getStates().has(clientId)) heard.delete(clientId);
    return (best as { position: FacilitatorPosition } | null)?.position ?? null;
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
