import { createSignal } from 'solid-js';
import type * as Y from 'yjs';
import { textRange, type TextRange } from '../../shared/comments.js';

/** A range someone selected in a text or rich text field: what "comment on the selection" anchors to. */
export interface FieldSelection {
  /** The field's Y.Text or Y.XmlFragment. */
  target: Y.Text | Y.XmlFragment;
  range: TextRange;
}

const [selection, setSelection] = createSignal<FieldSelection | null>(null);

/** The last non-empty range selected in any field of the page (kept after the field loses focus). */
export const lastFieldSelection = selection;

/** Taken when selected, as positions that move with the text, so edits before commenting don't shift it. */
export function rememberSelection(target: Y.Text | Y.XmlFragment, range: TextRange): void {
  if (range.quote) setSelection({ target, range });
}

export function rememberInputSelection(text: Y.Text, field: HTMLInputElement | HTMLTextAreaElement): void {
  const from = field.selectionStart ?? 0;
  const to = field.selectionEnd ?? 0;
  if (to > from) rememberSelection(text, textRange(text, from, to));
}

export function forgetSelection(): void {
  setSelection(null);
}
