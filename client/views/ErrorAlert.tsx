import { Show } from 'solid-js';

/** A refusal or failure to read, announced to screen readers; nothing when there is none. */
export function ErrorAlert(props: { message: string | undefined; inline?: boolean }) {
  return (
    <Show when={props.message}>
      {(message) =>
        props.inline ? (
          <span class="error" role="alert">
            {message()}
          </span>
        ) : (
          <p class="error" role="alert">
            {message()}
          </p>
        )
      }
    </Show>
  );
}
