import { Show } from 'solid-js';
import { createUndoDepths } from '../sync/workshop-context.js';
import { t } from '../i18n/i18n.js';
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
  const depths = createUndoDepths(props.undoManager);
  const canUndo = () => props.state?.undoDepth !== undefined && props.state.undoDepth === depths().undo;
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
              {t('shell.notice.undo')}
            </button>
          </Show>
          <button type="button" class="icon" aria-label={t('shell.dismiss')} onClick={() => props.onClose()}>
            ✕
          </button>
        </div>
      )}
    </Show>
  );
}
