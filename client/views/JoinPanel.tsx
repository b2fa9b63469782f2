import { createMemo, createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { JOIN_CODE_ROLES, JOIN_PATH, type JoinCode } from '../../shared/join-codes.js';
import { t } from '../i18n/i18n.js';
import {
  asJoinShown,
  JOIN_SHOWN_KEY,
  presenterMap,
  showJoin,
  type JoinShown,
} from '../../shared/workshop-document/index.js';
import type { JoinCodeApi } from '../sync/api-client.js';
import { createServerAction } from '../sync/server-action.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ErrorAlert } from './ErrorAlert.jsx';

/** `workshop.example.org/join`: what a person types where the QR code cannot be scanned. */
export function shortJoinUrl(code: JoinCode): string {
  const url = new URL(code.url);
  return `${url.host}${JOIN_PATH}`;
}

/**
 * The QR code of a join URL as an object URL. The route wants the invite's Bearer token, which an
 * `<img src>` cannot send; the object URL is released with the component. Null while loading or when
 * it cannot be had.
 */
function createQrImage(api: JoinCodeApi, codeId: () => string) {
  let current: string | undefined;
  const release = () => {
    if (current) URL.revokeObjectURL(current);
    current = undefined;
  };
  const [image] = createResource(codeId, async (id) => {
    const blob = await api.qr(id).catch(() => null);
    release();
    current = blob ? URL.createObjectURL(blob) : undefined;
    return current ?? null;
  });
  onCleanup(release);
  return image;
}

/** QR code, the code in very large type and the short URL: the same on the laptop and the projector. */
export function JoinCard(props: { api: JoinCodeApi; code: JoinCode; variant: 'panel' | 'slide' }) {
  const qr = createQrImage(props.api, () => props.code.id);
  return (
    <div class={`join-card join-card-${props.variant}`} data-testid={`join-${props.variant}`}>
      <Show when={qr()} fallback={<div class="join-qr placeholder" aria-hidden="true" />}>
        {(src) => <img class="join-qr" src={src()} alt={t('join.card.qrAlt', { url: props.code.url })} />}
      </Show>
      <div class="join-words">
        <Show when={props.variant === 'slide'}>
          <p class="join-heading">{t('join.card.heading')}</p>
        </Show>
        <p class="join-hint">{t('join.card.scan')}</p>
        <p class="join-url" data-testid="join-url">
          {shortJoinUrl(props.code)}
        </p>
        <p class="join-hint">{t('join.card.andType')}</p>
        <p class="join-code" data-testid="join-code" translate="no">
          {props.code.code}
        </p>
        <Show when={props.code.role !== 'participant'}>
          <p class="join-hint">{t('join.card.joinsAs', { role: t(`shell.roles.${props.code.role}`) })}</p>
        </Show>
      </div>
    </div>
  );
}

/** The opening's full-screen join slide. Esc or the button closes it. */
export function JoinSlide(props: { api: JoinCodeApi; code: JoinCode; onClose: () => void }) {
  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') props.onClose();
    };
    window.addEventListener('keydown', onKey);
    onCleanup(() => window.removeEventListener('keydown', onKey));
  });
  return (
    <div class="join-slide-screen" role="dialog" aria-modal="true" aria-label={t('join.card.heading')}>
      <JoinCard api={props.api} code={props.code} variant="slide" />
      <button type="button" class="join-slide-close" onClick={() => props.onClose()}>
        {t('join.slide.close')}
      </button>
    </div>
  );
}

/** What the facilitator asked the projector to show, read from the document. */
export function createJoinShown(): () => JoinShown | null {
  const workshop = useWorkshop();
  const value = createYValue<unknown>(presenterMap(workshop.doc), JOIN_SHOWN_KEY);
  return createMemo(() => asJoinShown(value()));
}

/**
 * The facilitator's Join panel: make a code (participant by default), revoke one, show it on the
 * projector beside the content or as the full-screen join slide. What the projector shows is in the
 * document (`presenter.join`), so every projector agrees and a reloaded one comes back to it.
 */
export function JoinPanel(props: { api: JoinCodeApi }) {
  const workshop = useWorkshop();
  const shown = createJoinShown();
  const [codes, { refetch }] = createResource(() => props.api.list().then((list) => list.joinCodes));
  const working = () => (codes.error ? [] : (codes() ?? [])).filter((code) => code.revokedAt === null);
  const [chosen, setChosen] = createSignal<string>();
  const selected = createMemo(() => {
    const list = working();
    const wanted = chosen() ?? shown()?.codeId;
    return (
      list.find((code) => code.id === wanted) ?? list.find((code) => code.role === 'participant') ?? list[0]
    );
  });
  const [role, setRole] = createSignal<JoinCode['role']>('participant');
  const [slideOpen, setSlideOpen] = createSignal(false);
  const action = createServerAction();

  const share = (next: JoinShown | null) => workshop.doc.transact(() => showJoin(workshop.doc, next));
  const make = () =>
    action.run(async () => {
      const made = await props.api.create(role());
      setChosen(made.id);
      await refetch();
    });
  const revoke = (code: JoinCode) =>
    action.run(async () => {
      await props.api.revoke(code.id);
      if (shown()?.codeId === code.id) share(null);
      if (chosen() === code.id) setChosen(undefined);
      await refetch();
    });
  const openSlide = (code: JoinCode) => {
    share({ codeId: code.id, mode: 'slide' });
    setSlideOpen(true);
  };
  const closeSlide = (code: JoinCode) => {
    setSlideOpen(false);
    // After the opening the code stays beside the content, for whoever comes late.
    if (shown()?.codeId === code.id) share({ codeId: code.id, mode: 'panel' });
  };

  return (
    <section class="join-panel" aria-label={t('join.panel.label')}>
      <Show when={selected()} fallback={<p class="muted">{t('join.panel.none')}</p>}>
        {(code) => (
          <>
            <JoinCard api={props.api} code={code()} variant="panel" />
            <div class="join-actions">
              <Show
                when={shown()?.codeId === code().id}
                fallback={
                  <button type="button" onClick={() => share({ codeId: code().id, mode: 'panel' })}>
                    {t('join.panel.show')}
                  </button>
                }
              >
                <span class="muted" data-testid="join-projected">
                  {shown()?.mode === 'slide' ? t('join.panel.onProjectorFull') : t('join.panel.onProjector')}
                </span>
                <button type="button" onClick={() => share(null)}>
                  {t('join.panel.hide')}
                </button>
              </Show>
              <button type="button" class="primary" onClick={() => openSlide(code())}>
                {t('join.panel.slide')}
              </button>
            </div>
            <Show when={slideOpen()}>
              <JoinSlide api={props.api} code={code()} onClose={() => closeSlide(code())} />
            </Show>
          </>
        )}
      </Show>
      <Show when={working().length > 0}>
        <ul class="join-codes" aria-label={t('join.panel.codesLabel')}>
          <For each={working()}>
            {(code) => (
              <li data-code={code.code} classList={{ selected: selected()?.id === code.id }}>
                <button type="button" class="link" onClick={() => setChosen(code.id)}>
                  <span class="join-code-small" translate="no">
                    {code.code}
                  </span>{' '}
                  <span class="muted">{t(`shell.roles.${code.role}`)}</span>
                </button>
                <button
                  type="button"
                  class="danger-quiet"
                  disabled={action.pending()}
                  onClick={() => void revoke(code)}
                  aria-label={t('join.panel.revokeLabel', { code: code.code })}
                >
                  {t('join.panel.revoke')}
                </button>
              </li>
            )}
          </For>
        </ul>
        <p class="muted join-revoke-note">{t('join.panel.revokeNote')}</p>
      </Show>
      <div class="join-make">
        <label>
          {t('join.panel.for')}
          <select value={role()} onChange={(event) => setRole(event.currentTarget.value as JoinCode['role'])}>
            <For each={JOIN_CODE_ROLES}>
              {(r) => <option value={r}>{t(`join.panel.forRole.${r}`)}</option>}
            </For>
          </select>
        </label>
        <button type="button" disabled={action.pending()} onClick={() => void make()}>
          {working().length === 0 ? t('join.panel.make') : t('join.panel.makeAnother')}
        </button>
      </div>
      <ErrorAlert message={action.error() ?? codes.error} />
    </section>
  );
}
