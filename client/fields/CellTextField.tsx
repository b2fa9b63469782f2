import { createSignal, Show } from 'solid-js';
import type * as Y from 'yjs';
import { createYText } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { TextField } from './TextField.jsx';

interface CellTextFieldProps {
  text: Y.Text;
  label: string;
}

/** The character offset under a click inside `element`, when the browser can tell. */
function offsetAtPoint(element: HTMLElement, x: number, y: number): number | undefined {
  const range = document.caretRangeFromPoint?.(x, y);
  if (!range || !element.contains(range.startContainer)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

/**
 * A table cell's text: shown as text, and a textarea bound to the Y.Text only while someone edits it.
 * A table of two hundred rows then holds one textarea rather than two thousand, each of which the
 * browser treats as its own scroller on every repaint. Remote edits appear live either way.
 */
export function CellTextField(props: CellTextFieldProps) {
  const workshop = useWorkshop();
  const text = props.text;
  const shown = createYText(text);
  const [editingAt, setEditingAt] = createSignal<number>();

  const startEditing = (offset?: number) => {
    if (workshop.canEdit && editingAt() === undefined) setEditingAt(offset ?? text.length);
  };

  return (
    <Show
      when={editingAt() !== undefined}
      fallback={
        <div
          class="cell-text"
          role="textbox"
          aria-multiline="true"
          aria-readonly={workshop.canEdit ? undefined : true}
          aria-label={props.label}
          tabIndex={0}
          dir="auto"
          onMouseDown={(event) => {
            if (!workshop.canEdit) return;
            event.preventDefault();
            startEditing(offsetAtPoint(event.currentTarget, event.clientX, event.clientY));
          }}
          onFocus={() => startEditing()}
        >
          {shown()}
        </div>
      }
    >
      <TextField
        text={text}
        label={props.label}
        multiline
        class="cell-editor"
        focusAt={editingAt()}
        onBlur={() => setEditingAt(undefined)}
      />
    </Show>
  );
}
