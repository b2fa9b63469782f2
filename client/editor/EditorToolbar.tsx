import type { ChainedCommands, Editor } from '@tiptap/core';
import { For } from 'solid-js';
import type { MessageKey } from '../../shared/i18n/messages.js';
import { t } from '../i18n/i18n.js';

interface ToolbarAction {
  /** A symbol shown as it is (H1, B), or the catalogue key of a word. */
  label: string | { key: MessageKey };
  title: MessageKey;
  run: (chain: ChainedCommands) => ChainedCommands;
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
}

const inTable = (editor: Editor) => editor.isActive('table');

const ACTIONS: ToolbarAction[] = [
  {
    label: 'H1',
    title: 'editor.heading1',
    run: (c) => c.toggleHeading({ level: 1 }),
    active: (e) => e.isActive('heading', { level: 1 }),
  },
  {
    label: 'H2',
    title: 'editor.heading2',
    run: (c) => c.toggleHeading({ level: 2 }),
    active: (e) => e.isActive('heading', { level: 2 }),
  },
  { label: 'B', title: 'editor.bold', run: (c) => c.toggleBold(), active: (e) => e.isActive('bold') },
  { label: 'I', title: 'editor.italic', run: (c) => c.toggleItalic(), active: (e) => e.isActive('italic') },
  {
    label: { key: 'editor.bulletListLabel' },
    title: 'editor.bulletList',
    run: (c) => c.toggleBulletList(),
    active: (e) => e.isActive('bulletList'),
  },
  {
    label: { key: 'editor.orderedListLabel' },
    title: 'editor.orderedList',
    run: (c) => c.toggleOrderedList(),
    active: (e) => e.isActive('orderedList'),
  },
  {
    label: { key: 'editor.tableLabel' },
    title: 'editor.table',
    run: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
  },
  {
    label: { key: 'editor.addRowLabel' },
    title: 'editor.addRow',
    run: (c) => c.addRowAfter(),
    enabled: inTable,
  },
  {
    label: { key: 'editor.addColumnLabel' },
    title: 'editor.addColumn',
    run: (c) => c.addColumnAfter(),
    enabled: inTable,
  },
  {
    label: { key: 'editor.deleteRowLabel' },
    title: 'editor.deleteRow',
    run: (c) => c.deleteRow(),
    enabled: inTable,
  },
  {
    label: { key: 'editor.deleteColumnLabel' },
    title: 'editor.deleteColumn',
    run: (c) => c.deleteColumn(),
    enabled: inTable,
  },
  { label: { key: 'editor.undoLabel' }, title: 'editor.undo', run: (c) => c.undo() },
  { label: { key: 'editor.redoLabel' }, title: 'editor.redo', run: (c) => c.redo() },
];

/** `revision` changes on every editor transaction, which re-evaluates the active and enabled states. */
export function EditorToolbar(props: { editor: Editor; revision: number }) {
  const state = (read: (editor: Editor) => boolean) => {
    void props.revision;
    return read(props.editor);
  };
  return (
    <div class="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <For each={ACTIONS}>
        {(action) => (
          <button
            type="button"
            title={t(action.title)}
            aria-pressed={action.active ? state(action.active) : undefined}
            disabled={action.enabled ? !state(action.enabled) : false}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => action.run(props.editor.chain().focus()).run()}
          >
            {typeof action.label === 'string' ? action.label : t(action.label.key)}
          </button>
        )}
      </For>
    </div>
  );
}
