import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { PresenceUser } from '../sync/workshop-connection.js';

/**
 * The editor's schema and collaboration wiring. StarterKit's own history is off: the collaboration
 * extension brings a Yjs undo manager that only undoes this person's edits. Several editors (the
 * report, each finding's evidence) share one awareness; each shows only carets inside its own fragment.
 */
export function workshopEditorExtensions(
  fragment: Y.XmlFragment,
  provider: WebsocketProvider,
  user: PresenceUser,
  options: { tables: boolean },
): Extensions {
  return [
    StarterKit.configure({ undoRedo: false, link: { openOnClick: false } }),
    ...(options.tables ? [TableKit.configure({ table: { resizable: false } })] : []),
    Collaboration.configure({ fragment }),
    CollaborationCaret.configure({ provider, user }),
  ];
}
