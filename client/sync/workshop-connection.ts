import { createSignal, type Accessor } from 'solid-js';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH } from '../../shared/api.js';
import { isPermanentCloseCode } from '../../shared/close-codes.js';
import type { Role } from '../../shared/roles.js';
import { PRESENTER_FIELD } from '../../shared/presence.js';
import type { Identity } from './identity.js';

export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'refused';

/** The awareness `user` field; Tiptap's caret extension reads `name` and `color` from it. */
export interface PresenceUser extends Identity {
  role: Role;
}

export interface PresentPerson extends PresenceUser {
  clientId: number;
  isSelf: boolean;
  /** The section this person has open (awareness field `section`). */
  section: string | undefined;
}

/** Why the server closed this page's socket for good: its close code and reason. */
export interface Refusal {
  code: number;
  reason: string;
}

export interface WorkshopConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  state: Accessor<ConnectionState>;
  /** Why the server refused us, when `state` is 'refused'. */
  refusal: Accessor<Refusal | null>;
  /** The local IndexedDB copy is loaded: edits made from now on survive a reload, online or not. */
  localCopyReady: Accessor<boolean>;
  people: Accessor<PresentPerson[]>;
  destroy(): void;
}

export function connectWorkshop(workshopId: string, token: string, user: PresenceUser): WorkshopConnection {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`workshop:${workshopId}`, doc);
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const provider = new WebsocketProvider(`${scheme}//${location.host}${COLLAB_PATH}`, workshopId, doc, {
    params: { token },
    // Every tab goes through the server, which is the one place roles are enforced.
    disableBc: true,
    maxBackoffTime: 5_000,
  });

  const [state, setState] = createSignal<ConnectionState>('connecting');
  const [refusal, setRefusal] = createSignal<Refusal | null>(null);
  const [localCopyReady, setLocalCopyReady] = createSignal(false);
  const [people, setPeople] = createSignal<PresentPerson[]>([]);

  void local.whenSynced.then(() => setLocalCopyReady(true));

  provider.on('status', ({ status }) => {
    if (refusal()) return;
    setState(status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline');
  });
  provider.on('connection-close', (event) => {
    if (event && isPermanentCloseCode(event.code)) {
      // y-websocket has stopped reconnecting too: say why instead of promising a reconnection.
      setRefusal({ code: event.code, reason: event.reason || 'the server refused this connection' });
      setState('refused');
    } else if (state() === 'connected' || state() === 'connecting') {
      setState('offline');
    }
  });

  const awareness = provider.awareness;
  awareness.setLocalStateField('user', user);
  const refreshPeople = () => {
    const list: PresentPerson[] = [];
    awareness.getStates().forEach((presence, clientId) => {
      // The projector is a screen, not a person in the room.
      if (presence[PRESENTER_FIELD]) return;
      const person = presence['user'] as PresenceUser | undefined;
      const section = typeof presence['section'] === 'string' ? presence['section'] : undefined;
      if (person?.name) list.push({ ...person, clientId, section, isSelf: clientId === doc.clientID });
    });
    list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
    setPeople(list);
  };
  awareness.on('change', refreshPeople);
  refreshPeople();

  return {
    doc,
    provider,
    state,
    refusal,
    localCopyReady,
    people,
    destroy() {
      awareness.off('change', refreshPeople);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}
