import { Match, Switch } from 'solid-js';
import { HomeView } from './views/HomeView.jsx';
import { WorkshopView } from './views/WorkshopView.jsx';

/** Two pages: `/` creates a workshop; `/w/<id>#invite=<token>` opens one. */
export function App() {
  const workshopId = /^\/w\/([^/]+)$/.exec(location.pathname)?.[1];
  const token = new URLSearchParams(location.hash.slice(1)).get('invite');
  return (
    <Switch fallback={<HomeView />}>
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
