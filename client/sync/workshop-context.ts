import { createContext, createSignal, onCleanup, useContext, type Accessor } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLECTION_NAMES, collection } from '../../shared/workshop-document/index.js';
import type { WorkshopSession } from '../../shared/api.js';
import type { AmendmentList } from '../../shared/amendments.js';
import type { CommentThreadList } from '../../shared/comments.js';
import type { Role } from '../../shared/roles.js';
import type { VoteState } from '../../shared/votes.js';
import type { WorkshopApi } from './api-client.js';
import type { LiveTopic } from './live-topic.js';
import type { ServerClock } from './server-clock.js';
import type { PresenceUser, PresentPerson } from './workshop-connection.js';

/** Origin of every edit this tab makes outside Tiptap; the undo manager tracks only these. */
export const LOCAL_ORIGIN = Symbol('local-edit');

export interface WorkshopContextValue {
  doc: Y.Doc;
  provider: WebsocketProvider;
  workshopId: string;
  /** This person's invite token: the key to the workshop's HTTP API. */
  token: string;
  role: Role;
  /** The invite this page was opened with: a personal one names the person (and their organisation). */
  invite: WorkshopSession['invite'];
  canEdit: boolean;
  /** Archived: read-only for everyone; the server refuses every change, proposals and comments too. */
  archived: boolean;
  /** A presenter page: read only, no controls, large type. */
  presenting: boolean;
  /** false for a saved version shown read-only: votes and comments belong to the live draft. */
  live: boolean;
  /** The day the content is as of (`YYYY-MM-DD`): a saved version's, or undefined for today. */
  asOf?: string;
  api: WorkshopApi;
  clock: ServerClock;
  votes: LiveTopic<VoteState>;
  comments: LiveTopic<CommentThreadList>;
  /** Every amendment, open and decided, each with its diff against the text as it was when fetched. */
  amendments: LiveTopic<AmendmentList>;
  user: Accessor<PresenceUser>;
  people: Accessor<PresentPerson[]>;
  /** Undoes only this person's structured edits (adds, moves, deletes, field changes). */
  undoManager: Y.UndoManager;
  /** Runs `change` as one undoable local edit. */
  edit(change: () => void): void;
  /** Shows a short notice; `undoable` offers to undo the edit just made, until another edit follows. */
  announce(message: string, undoable?: boolean): void;
}

export const WorkshopContext = createContext<WorkshopContextValue>();

export function useWorkshop(): WorkshopContextValue {
  const value = useContext(WorkshopContext);
  if (!value) throw new Error('useWorkshop outside a workshop');
  return value;
}

export function createStructuredUndo(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(
    COLLECTION_NAMES.map((name) => collection(doc, name)),
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 600 },
  );
}

/** How many steps can be undone and redone right now, as a signal. */
export function createUndoDepths(undoManager: Y.UndoManager): Accessor<{ undo: number; redo: number }> {
  const read = () => ({ undo: undoManager.undoStack.length, redo: undoManager.redoStack.length });
  const [depths, setDepths] = createSignal(read());
  const track = () => setDepths(read());
  for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
    undoManager.on(event, track);
    onCleanup(() => undoManager.off(event, track));
  }
  return depths;
}
