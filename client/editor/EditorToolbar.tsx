import type { ChainedCommands, Editor } from '@tiptap/core';
import { For } from 'solid-js';

interface ToolbarAction {
  label: string;
  title: string;
  run: (chain: ChainedCommands) => ChainedCommands;
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
}

const inTable = (editor: Editor) => editor.isActive('table');

const ACTIONS: ToolbarAction[] = [
  {
    label: 'H1',
    title: 'Heading 1',
    run: (c) => c.toggleHeading({ level: 1 }),
    active: (e) => e.isActive('heading', { level: 1 }),
  },
  {
    label: 'H2',
    title: 'Heading 2',
    run: (c) => c.toggleHeading({ level: 2 }),
    active: (e) => e.isActive('heading', { level: 2 }),
  },
  { label: 'B', title: 'Bold (Ctrl+B)', run: (c) => c.toggleBold(), active: (e) => e.isActive('bold') },
  { label: 'I', title: 'Italic (Ctrl+I)', run: (c) => c.toggleItalic(), active: (e) => e.isActive('italic') },
  {
    label: '• List',
    title: 'Bulleted list',
    run: (c) => c.toggleBulletList(),
    active: (e) => e.isActive('bulletList'),
  },
  {
    label: '1. List',
    title: 'Numbered list',
    run: (c) => c.toggleOrderedList(),
    active: (e) => e.isActive('orderedList'),
  },
  {
    label: 'Table',
    title: 'Insert a 3×3 table',
    run: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
  },
  { label: '+Row', title: 'Add a row below', run: (c) => c.addRowAfter(), enabled: inTable },
  { label: '+Col', title: 'Add a column to the right', run: (c) => c.addColumnAfter(), enabled: inTable },
  { label: '−Row', title: 'Delete this row', run: (c) => c.deleteRow(), enabled: inTable },
  { label: '−Col', title: 'Delete this column', run: (c) => c.deleteColumn(), enabled: inTable },
  { label: 'Undo', title: 'Undo your last edit (Ctrl+Z)', run: (c) => c.undo() },
  { label: 'Redo', title: 'Redo (Ctrl+Shift+Z)', run: (c) => c.redo() },
];

/** `revision` changes on every editor transaction, which re-evaluates the active and enabled states. */
export function EditorToolbar(props: { editor: Editor; revision: number }) {
  const state = (read: (editor: Editor) => boolean) => {
    void props.revision;
    return read(props.editor);
  };
  return (
    <div class="toolbar" role="toolbar" aria-label="Formatting">
      <For each={ACTIONS}>
        {(action) => (
          <button
            type="button"
            title={action.title}
            aria-pressed={action.active ? state(action.active) : undefined}
            disabled={action.enabled ? !state(action.enabled) : false}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => action.run(props.editor.chain().focus()).run()}
          >
            {action.label}
          </button>
        )}
      </For>
    </div>
  );
}
