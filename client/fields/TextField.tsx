import { onCleanup, onMount } from 'solid-js';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN, useWorkshop } from '../sync/workshop-context.js';
import { rememberInputSelection } from './text-selection.js';

type Delta = Parameters<typeof transformIndex>[1];
import { applyChange, textChange, transformIndex } from '../../shared/workshop-document/text-edits.js';

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
  /** The text the field last showed; the person's own change is always computed against it. */
  let shown = text.toString();
  let composing = false;
  /** Remote changes that arrived during an IME composition, not yet shown in the field. */
  let heldBack: Delta[] = [];

  const show = (caretThrough?: Delta) => {
    const focused = document.activeElement === field;
    const start = field.selectionStart ?? 0;
    const end = field.selectionEnd ?? 0;
    shown = text.toString();
    field.value = shown;
    if (focused && caretThrough)
      field.setSelectionRange(transformIndex(start, caretThrough), transformIndex(end, caretThrough));
  };

  onMount(() => {
    field.value = shown;
    if (props.focusAt !== undefined) {
      field.focus();
      field.setSelectionRange(props.focusAt, props.focusAt);
    }
    const onRemote = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.local && transaction.origin === LOCAL_ORIGIN && field.value === text.toString()) {
        shown = field.value;
        return;
      }
      // Rewriting the value mid-composition would break Thai or Vietnamese input methods: keep the
      // change aside, and place the composed text through it when the composition ends.
      if (composing) {
        heldBack.push(event.delta as Delta);
        return;
      }
      show(event.delta as Delta);
    };
    text.observe(onRemote);
    onCleanup(() => text.unobserve(onRemote));
  });

  /** Applies what this person changed since the field last showed the shared text. */
  const commit = () => {
    const change = textChange(shown, field.value);
    const remote = heldBack;
    heldBack = [];
    if (change) {
      let index = change.index;
      let end = change.index + change.removed;
      for (const delta of remote) {
        index = transformIndex(index, delta);
        end = transformIndex(end, delta);
      }
      workshop.edit(() =>
        applyChange(text, { index, removed: Math.max(0, end - index), inserted: change.inserted }),
      );
      if (remote.length === 0) {
        shown = field.value;
        return;
      }
      const caret = index + change.inserted.length;
      show();
      field.setSelectionRange(caret, caret);
    } else if (remote.length > 0) {
      show();
    }
  };
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
    // Labels carry the item's number, which changes when items are reordered.
    get 'aria-label'() {
      return props.label;
    },
    get placeholder() {
      return props.placeholder;
    },
    readOnly: !workshop.canEdit,
    dir: 'auto' as const,
    onInput: () => {
      if (!composing) commit();
    },
    onBlur: () => props.onBlur?.(),
    // Read-only fields (stakeholders) select too: a selection is what a comment can anchor to.
    onSelect: () => rememberInputSelection(text, field),
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
