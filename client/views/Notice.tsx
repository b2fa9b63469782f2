import { createSignal, onCleanup, Show } from 'solid-js';
import type * as Y from 'yjs';

export interface NoticeState {
  message: string;
  /** Undo-stack depth right after the announced edit; Undo is offered while it is still the last one. */
  undoDepth: number | undefined;
}

/** A short-lived message at the bottom of the screen, with Undo right after a deletion. */
export function Notice(props: {
  state: NoticeState | undefined;
  undoManager: Y.UndoManager;
  onClose: () => void;
}) {
  const [depth, setDepth] = createSignal(props.undoManager.undoStack.length);
  const track = () => setDepth(props.undoManager.undoStack.length);
  props.undoManager.on('stack-item-added', track);
  props.undoManager.on('stack-item-popped', track);
  onCleanup(() => {
    props.undoManager.off('stack-item-added', track);
    props.undoManager.off('stack-item-popped', track);
  });
  const canUndo = () => props.state?.undoDepth !== undefined && props.state.undoDepth === depth();
  return (
    <Show when={props.state}>
      {(state) => (
        <div class="notice" role="status">
          {state().message}
          <Show when={canUndo()}>
            <button
              type="button"
              onClick={() => {
                props.undoManager.undo();
                props.onClose();
              }}
            >
              Undo
            </button>
          </Show>
          <button type="button" class="icon" aria-label="Dismiss" onClick={() => props.onClose()}>
            ✕
          </button>
        </div>
      )}
    </Show>
  );
}
