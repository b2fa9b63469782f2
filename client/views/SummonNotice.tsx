import { Show } from 'solid-js';

/** Where a person was before a facilitator brought them elsewhere, so they can go back. */
export interface BroughtHere {
  by: string;
  section: string;
}

/** "Brought here by Amina — Go back", until the person goes back or dismisses it. */
export function SummonNotice(props: {
  brought: BroughtHere | undefined;
  onGoBack: () => void;
  onDismiss: () => void;
}) {
  return (
    <Show when={props.brought}>
      {(brought) => (
        <div class="summon-notice" role="status" data-testid="summon-notice">
          <span>Brought here by {brought().by}</span>
          <button type="button" onClick={() => props.onGoBack()}>
            Go back
          </button>
          <button type="button" class="icon" aria-label="Dismiss" onClick={() => props.onDismiss()}>
            ✕
          </button>
        </div>
      )}
    </Show>
  );
}
