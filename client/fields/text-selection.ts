import { createSignal } from 'solid-js';
import type * as Y from 'yjs';

/** A range someone selected in a text field: what "comment on the selection" anchors to. */
export interface TextSelection {
  text: Y.Text;
  from: number;
  to: number;
}

const [selection, setSelection] = createSignal<TextSelection | null>(null);

/** The last non-empty range selected in any text field of the page (kept after the field loses focus). */
export const lastTextSelection = selection;

export function rememberSelection(text: Y.Text, field: HTMLInputElement | HTMLTextAreaElement): void {
  const from = field.selectionStart ?? 0;
  const to = field.selectionEnd ?? 0;
  if (to > from) setSelection({ text, from, to });
}

export function forgetSelection(): void {
  setSelection(null);
}
