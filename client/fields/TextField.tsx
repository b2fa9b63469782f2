import { onCleanup, onMount } from 'solid-js';
import type * as Y from 'yjs';
import { useWorkshop } from '../sync/workshop-context.js';
import { applyTextDiff, transformIndex } from '../../shared/workshop-document/text-edits.js';

interface TextFieldProps {
  text: Y.Text;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  class?: string;
  /** Marks the field invalid (e.g. an end date before the start) without touching what was typed. */
  invalid?: string | false;
  /** Focus the field on mount with the caret at this offset (a cell switching to editing). */
  focusAt?: number;
  onBlur?: () => void;
}

/**
 * A plain input or textarea bound to a Y.Text: each keystroke becomes a minimal Yjs edit, and remote
 * edits update the field while keeping this person's caret where it was in the text.
 */
export function TextField(props: TextFieldProps) {
  const workshop = useWorkshop();
  // Read once: the prop is often a getter into the item's Y.Map, which a deletion empties before
  // this field is disposed.
  const text = props.text;
  let field!: HTMLInputElement | HTMLTextAreaElement;
  let composing = false;

  onMount(() => {
    field.value = text.toString();
    if (props.focusAt !== undefined) {
      field.focus();
      field.setSelectionRange(props.focusAt, props.focusAt);
    }
    const onRemote = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.local && field.value === text.toString()) return;
      // Rewriting the value mid-composition would break Thai or Vietnamese input methods.
      if (composing) return;
      const focused = document.activeElement === field;
      const start = field.selectionStart ?? 0;
      const end = field.selectionEnd ?? 0;
      field.value = text.toString();
      if (focused) {
        const delta = event.delta as Parameters<typeof transformIndex>[1];
        field.setSelectionRange(transformIndex(start, delta), transformIndex(end, delta));
      }
    };
    text.observe(onRemote);
    onCleanup(() => text.unobserve(onRemote));
  });

  const commit = () => workshop.edit(() => applyTextDiff(text, field.value));
  // Getters keep the spread reactive: `invalid` changes as other fields are edited.
  const common = {
    get class() {
      return `text-field ${props.class ?? ''} ${props.invalid ? 'invalid' : ''}`;
    },
    get 'aria-invalid'() {
      return props.invalid ? true : undefined;
    },
    get title() {
      return props.invalid || undefined;
    },
    'aria-label': props.label,
    placeholder: props.placeholder,
    readOnly: !workshop.canEdit,
    dir: 'auto' as const,
    onInput: () => {
      if (!composing) commit();
    },
    onBlur: () => props.onBlur?.(),
    onCompositionStart: () => {
      composing = true;
    },
    onCompositionEnd: () => {
      composing = false;
      commit();
    },
  };
  return props.multiline ? (
    <textarea ref={(el) => (field = el)} rows={2} {...common} />
  ) : (
    <input ref={(el) => (field = el)} type="text" {...common} />
  );
}
