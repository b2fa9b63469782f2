import { createEffect, Match, Switch } from 'solid-js';
import { t } from './i18n/i18n.js';
import { HomeView } from './views/HomeView.jsx';
import { JoinView } from './views/JoinView.jsx';
import { PageLanguage } from './views/LanguagePicker.jsx';
import { WorkshopView } from './views/WorkshopView.jsx';

/**
 * `/` creates a workshop; `/w/<id>#invite=<token>` opens one; `/join` asks for a join code and
 * `/join/<code>` (what a join QR code holds) uses it.
 */
export function App() {
  const workshopId = /^\/w\/([^/]+)$/.exec(location.pathname)?.[1];
  const token = new URLSearchParams(location.hash.slice(1)).get('invite');
  const join = /^\/join(?:\/([^/]*))?\/?$/.exec(location.pathname);
  // The tab's title follows the language (index.html's is English, until the first render).
  createEffect(() => {
    document.title = t('shell.appTitle');
  });
  return (
    <Switch fallback={<HomeView />}>
      <Match when={join}>
        <JoinView code={join?.[1] || undefined} />
      </Match>
      <Match when={workshopId && token}>
        <WorkshopView workshopId={decodeURIComponent(workshopId!)} token={token!} />
      </Match>
      <Match when={workshopId}>
        <main class="page">
          <PageLanguage />
          <h1>{t('shell.incomplete.title')}</h1>
          <p>{t('shell.incomplete.body')}</p>
        </main>
      </Match>
    </Switch>
  );
}
