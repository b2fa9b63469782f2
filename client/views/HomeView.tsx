import { createResource, createSignal, For, Show } from 'solid-js';
import { ROLES } from '../../shared/roles.js';
import { invitePath, type CreateWorkshopResponse } from '../../shared/api.js';
import { createWorkshop, fetchServerInfo } from '../sync/api-client.js';
import { i18n, language, t } from '../i18n/i18n.js';
import { forgetWorkshop, recentWorkshops } from '../sync/recent-workshops.js';
import { DELETED_PARAM } from './LifecyclePanel.jsx';
import { PageLanguage } from './LanguagePicker.jsx';
import { ErrorAlert } from './ErrorAlert.jsx';
import { rich } from './rich-message.jsx';

/** Create a workshop and hand out its four invite links. */
export function HomeView() {
  const [info] = createResource(fetchServerInfo);
  const [created, setCreated] = createSignal<CreateWorkshopResponse>();
  const [error, setError] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);
  const deleted = new URLSearchParams(location.search).get(DELETED_PARAM);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    setBusy(true);
    setError(undefined);
    try {
      const workshop = await createWorkshop(
        {
          title: value('title') ?? '',
          country: value('country'),
          startsOn: value('startsOn'),
          endsOn: value('endsOn'),
          // The template's words (its agenda, its guidance) in the language the workshop is made in.
          language: language(),
        },
        value('adminToken'),
      );
      setCreated(workshop);
    } catch (failure) {
      setError(() => failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="page">
      <PageLanguage />
      <h1>{t('shell.appTitle')}</h1>
      <p class="lede">{t('home.lede')}</p>
      <Show when={deleted}>
        <p class="notice-inline" role="status">
          {rich(t('home.deleted'), { title: <span dir="auto">{deleted}</span> })}
        </p>
      </Show>
      <YourWorkshops />
      <Show
        when={created()}
        fallback={
          <form class="create-form" onSubmit={submit} aria-labelledby="new-workshop">
            <h2 id="new-workshop">{t('home.create.heading')}</h2>
            <label>
              {t('home.create.title')}
              <input
                name="title"
                required
                maxLength={200}
                dir="auto"
                placeholder={t('home.create.titlePlaceholder')}
              />
            </label>
            <label>
              {t('home.create.country')}
              <input name="country" maxLength={100} dir="auto" />
            </label>
            <div class="row">
              <label>
                {t('home.create.startsOn')}
                <input name="startsOn" type="date" />
              </label>
              <label>
                {t('home.create.endsOn')}
                <input name="endsOn" type="date" />
              </label>
            </div>
            <Show when={info()?.workshopCreation === 'admin-token'}>
              <label>
                {t('home.create.adminToken')}
                <input name="adminToken" type="password" required autocomplete="off" />
              </label>
            </Show>
            <ErrorAlert message={error()} />
            <button type="submit" disabled={busy()}>
              {t('home.create.submit')}
            </button>
          </form>
        }
      >
        {(workshop) => (
          <section class="invites">
            <h2 dir="auto">{workshop().title}</h2>
            <p>{t('home.invites.share')}</p>
            <For each={ROLES}>
              {(role) => {
                const link = `${location.origin}${workshop().links[role]}`;
                return (
                  <div class="invite" data-role={role}>
                    <div>
                      <strong>{t(`shell.roles.${role}`)}</strong>{' '}
                      <span class="muted">— {t(`home.invites.roleHelp.${role}`)}</span>
                    </div>
                    <div class="invite-link">
                      <input
                        readOnly
                        value={link}
                        aria-label={t('home.invites.linkLabel', { role: t(`shell.roles.${role}`) })}
                        onFocus={(e) => e.currentTarget.select()}
                      />
                      <button type="button" onClick={() => void navigator.clipboard?.writeText(link)}>
                        {t('common.copy')}
                      </button>
                      <a href={workshop().links[role]}>{t('common.open')}</a>
                    </div>
                  </div>
                );
              }}
            </For>
          </section>
        )}
      </Show>
    </main>
  );
}

/** The workshops this browser has opened, newest first, each reopened with the invite it last used. */
function YourWorkshops() {
  const [list, setList] = createSignal(recentWorkshops());
  const forget = (id: string) => {
    forgetWorkshop(id);
    setList(recentWorkshops());
  };
  return (
    <Show when={list().length > 0}>
      <section class="your-workshops" aria-labelledby="your-workshops">
        <h2 id="your-workshops">{t('home.recent.heading')}</h2>
        <ul>
          <For each={list()}>
            {(recent) => (
              <li data-workshop={recent.id}>
                <span>
                  <a href={invitePath(recent.id, recent.token)} dir="auto">
                    {recent.title}
                  </a>
                  <span class="muted">
                    {' '}
                    · {t(`shell.roles.${recent.role}`)} ·{' '}
                    {t('home.recent.opened', { when: i18n().dateTime(recent.openedAt) })}
                  </span>
                </span>
                <button
                  type="button"
                  class="icon"
                  aria-label={t('home.recent.removeLabel', { title: recent.title })}
                  title={t('home.recent.removeTitle')}
                  onClick={() => forget(recent.id)}
                >
                  ✕
                </button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
