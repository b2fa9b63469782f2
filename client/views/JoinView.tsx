import { createSignal, onMount, Show } from 'solid-js';
import { normaliseJoinCode } from '../../shared/join-codes.js';
import { joinWithCode, JoinRefused } from '../sync/api-client.js';

/** What a person reads when the code did not open anything: what to do next, in plain words. */
function refusalMessage(failure: unknown): string {
  if (failure instanceof JoinRefused && failure.status === 404)
    return 'No workshop has this code — check it with the facilitator';
  if (failure instanceof JoinRefused && failure.status === 429)
    return `Too many tries — wait ${failure.retryAfterSeconds ?? 60} seconds`;
  if (failure instanceof Error) return failure.message;
  return 'The server could not be reached — try again';
}

/**
 * `/join`: a box for the code on the projector; `/join/<code>` (what the QR code opens) joins at
 * once. Either way the page goes on to the workshop's usual invite link.
 */
export function JoinView(props: { code?: string }) {
  const [typed, setTyped] = createSignal(props.code ?? '');
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const join = async (text: string, replace: boolean) => {
    // A slip of the thumb costs none of the address's tries: it never reaches the server.
    if (!normaliseJoinCode(text)) {
      setError('A join code has 8 letters and digits, like K7PM-3QXD');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { link } = await joinWithCode(text);
      // Opened from a QR code, the join page is left out of the history: Back must not join again.
      if (replace) location.replace(link);
      else location.assign(link);
    } catch (failure) {
      setError(refusalMessage(failure));
      setBusy(false);
    }
  };

  onMount(() => {
    if (props.code) void join(props.code, true);
  });

  return (
    <main class="page join-page">
      <h1>Join a workshop</h1>
      <form
        class="join-form"
        onSubmit={(event) => {
          event.preventDefault();
          void join(typed(), false);
        }}
      >
        <label for="join-code">Type the code shown on the screen</label>
        <input
          id="join-code"
          name="code"
          class="join-code-input"
          value={typed()}
          onInput={(event) => setTyped(event.currentTarget.value)}
          inputmode="text"
          autocapitalize="characters"
          autocomplete="off"
          autocorrect="off"
          spellcheck={false}
          dir="auto"
          maxLength={20}
          placeholder="K7PM-3QXD"
          aria-describedby="join-help"
          required
        />
        <p id="join-help" class="muted">
          Letters and digits; capitals, spaces and the dash do not matter.
        </p>
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
        <button type="submit" class="primary join-submit" disabled={busy()}>
          {busy() ? 'Joining…' : 'Join'}
        </button>
      </form>
    </main>
  );
}
