import { Match, Switch } from 'solid-js';
import { HomeView } from './views/HomeView.jsx';
import { JoinView } from './views/JoinView.jsx';
import { WorkshopView } from './views/WorkshopView.jsx';

/**
 * `/` creates a workshop; `/w/<id>#invite=<token>` opens one; `/join` asks for a join code and
 * `/join/<code>` (what a join QR code holds) uses it.
 */
export function App() {
  const workshopId = /^\/w\/([^/]+)$/.exec(location.pathname)?.[1];
  const token = new URLSearchParams(location.hash.slice(1)).get('invite');
  const join = /^\/join(?:\/([^/]*))?\/?$/.exec(location.pathname);
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
          <h1>Invite link incomplete</h1>
          <p>
            This address has no invite token. Open the full link you were given, including the part after "#".
          </p>
        </main>
      </Match>
    </Switch>
  );
}
