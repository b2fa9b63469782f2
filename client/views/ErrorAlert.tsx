import { Show } from 'solid-js';
import { errorWords } from '../sync/error-words.js';

/**
 * A refusal or failure to read, announced to screen readers; nothing when there is none. `message`
 * is words already, or the failure itself (an `Error`, a refused request), worded here in the
 * interface language.
 */
export function ErrorAlert(props: { message: unknown; inline?: boolean }) {
  const words = () => (props.message ? errorWords(props.message) : undefined);
  return (
    <Show when={words()}>
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
