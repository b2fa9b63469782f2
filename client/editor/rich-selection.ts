import type { Editor } from '@tiptap/core';
import {
  absolutePositionToRelativePosition,
  ySyncPluginKey,
  type ProsemirrorBinding,
} from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { richTextRange } from '../../shared/comments.js';
import { rememberSelection } from '../fields/text-selection.js';

/**
 * Remembers what is selected in a Tiptap field as Yjs relative positions (through the sync plugin's
 * ProseMirror ↔ Yjs mapping), so a comment can be anchored to it. The listener goes with `editor.destroy()`.
 */
export function trackRichSelection(editor: Editor, fragment: Y.XmlFragment): void {
  const onSelection = () => {
    const { from, to, empty } = editor.state.selection;
    const binding = (ySyncPluginKey.getState(editor.state) as { binding?: ProsemirrorBinding } | undefined)
      ?.binding;
    if (empty || !binding) return;
    rememberSelection(
      fragment,
      richTextRange(
        fragment.doc!,
        absolutePositionToRelativePosition(from, fragment, binding.mapping) as Y.RelativePosition,
        absolutePositionToRelativePosition(to, fragment, binding.mapping) as Y.RelativePosition,
        editor.state.doc.textBetween(from, to, '\n'),
      ),
    );
  };
  editor.on('selectionUpdate', onSelection);
}
