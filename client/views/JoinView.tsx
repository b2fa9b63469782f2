import { createSignal, onMount, Show } from 'solid-js';
import { normaliseJoinCode } from '../../shared/join-codes.js';
import { t, tn } from '../i18n/i18n.js';
import { joinWithCode, JoinRefused } from '../sync/api-client.js';
import { PageLanguage } from './LanguagePicker.jsx';

/** What a person reads when the code did not open anything: what to do next, in plain words. */
function refusalMessage(failure: unknown): string {
  if (failure instanceof JoinRefused && failure.status === 404) return t('join.refused.notFound');
  if (failure instanceof JoinRefused && failure.status === 429)
    return tn('join.refused.tooMany', failure.retryAfterSeconds ?? 60);
  if (failure instanceof Error) return failure.message;
  return t('join.refused.unreachable');
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
      setError(t('join.invalidCode'));
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
      <PageLanguage />
      <h1>{t('join.title')}</h1>
      <form
        class="join-form"
        onSubmit={(event) => {
          event.preventDefault();
          void join(typed(), false);
        }}
      >
        <label for="join-code">{t('join.codeLabel')}</label>
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
          placeholder={t('join.codePlaceholder')}
          aria-describedby="join-help"
          required
        />
        <p id="join-help" class="muted">
          {t('join.help')}
        </p>
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
        <button type="submit" class="primary join-submit" disabled={busy()}>
          {busy() ? t('join.joining') : t('join.submit')}
        </button>
      </form>
    </main>
  );
}
