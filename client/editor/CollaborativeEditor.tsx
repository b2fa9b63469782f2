import { Editor } from '@tiptap/core';
import { createEffect, createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { t } from '../i18n/i18n.js';
import type { PresenceUser } from '../sync/workshop-connection.js';
import { EditorToolbar } from './EditorToolbar.jsx';
import { workshopEditorExtensions } from './editor-extensions.js';
import { trackRichSelection } from './rich-selection.js';

interface CollaborativeEditorProps {
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  user: PresenceUser;
  editable: boolean;
}

export function CollaborativeEditor(props: CollaborativeEditorProps) {
  let mount!: HTMLDivElement;
  const [editor, setEditor] = createSignal<Editor>();
  // Bumped on every transaction so the toolbar's active states follow the selection.
  const [revision, setRevision] = createSignal(0);

  const attributes = () => ({ class: 'prose', 'aria-label': t('editor.draftLabel'), spellcheck: 'true' });
  // The label follows a language switch; Tiptap's `role="textbox"` is kept (the attributes go as a whole).
  createEffect(() => {
    const next = attributes();
    editor()?.view.setProps({ attributes: { role: 'textbox', ...next } });
  });

  onMount(() => {
    const instance = new Editor({
      element: mount,
      extensions: workshopEditorExtensions(props.fragment, props.provider, props.user, { tables: true }),
      editable: props.editable,
      // Thai, Vietnamese, Urdu, Dari and Arabic share one draft: each block (paragraph, heading, list
      // item, table cell) renders dir="auto" and finds its own direction.
      textDirection: 'auto',
      editorProps: { attributes: attributes() },
    });
    trackRichSelection(instance, props.fragment);
    const bump = () => setRevision((n) => n + 1);
    instance.on('transaction', bump);
    setEditor(instance);
    onCleanup(() => {
      instance.off('transaction', bump);
      instance.destroy();
    });
  });

  return (
    <section class="editor">
      <Show when={props.editable && editor()}>
        {(ready) => <EditorToolbar editor={ready()} revision={revision()} />}
      </Show>
      <div ref={mount} class="editor-surface" />
    </section>
  );
}
