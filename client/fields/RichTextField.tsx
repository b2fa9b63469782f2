import { Editor } from '@tiptap/core';
import { createEffect, createSignal, onCleanup, onMount, Show } from 'solid-js';
import type * as Y from 'yjs';
import { plainText } from '../../shared/workshop-document/index.js';
import { workshopEditorExtensions } from '../editor/editor-extensions.js';
import { trackRichSelection } from '../editor/rich-selection.js';
import { useWorkshop } from '../sync/workshop-context.js';

interface RichTextFieldProps {
  fragment: Y.XmlFragment;
  label: string;
  placeholder: string;
}

/**
 * Rich text bound to a Y.XmlFragment. Hundreds of findings each have one, so the Tiptap editor is only
 * created once the field scrolls near the viewport; until then a plain-text preview stands in.
 */
export function RichTextField(props: RichTextFieldProps) {
  const workshop = useWorkshop();
  // Read once, as in TextField: a deleted item no longer holds its fragment.
  const fragment = props.fragment;
  let container!: HTMLDivElement;
  // A host of its own: Solid clears a parent whose only dynamic child goes away, editor included.
  let host!: HTMLDivElement;
  const [mounted, setMounted] = createSignal(false);
  let editor: Editor | undefined;
  onCleanup(() => editor?.destroy());

  onMount(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        mountEditor();
      },
      { rootMargin: '400px' },
    );
    observer.observe(container);
    onCleanup(() => observer.disconnect());
  });

  const attributes = () => ({
    class: 'rich-field',
    'aria-label': props.label,
    'data-placeholder': props.placeholder,
  });
  // The label and placeholder follow a language switch (and the item's number) once the editor is up.
  createEffect(() => {
    const next = attributes();
    // Tiptap's own `role="textbox"` is kept: ProseMirror replaces the attributes as a whole.
    if (mounted()) editor?.view.setProps({ attributes: { role: 'textbox', ...next } });
  });

  const mountEditor = () => {
    editor = new Editor({
      element: host,
      extensions: workshopEditorExtensions(fragment, workshop.provider, workshop.user(), {
        tables: false,
      }),
      editable: workshop.canEdit,
      textDirection: 'auto',
      editorProps: { attributes: attributes() },
    });
    trackRichSelection(editor, fragment);
    setMounted(true);
  };

  return (
    <div class="rich-field-container" ref={container}>
      <Show when={!mounted()}>
        <div class="rich-field preview" aria-label={props.label} dir="auto">
          {plainText(fragment) || <span class="placeholder">{props.placeholder}</span>}
        </div>
      </Show>
      <div ref={host} />
    </div>
  );
}
