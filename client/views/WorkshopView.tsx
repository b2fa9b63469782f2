import { createResource, createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import type { WorkshopSession } from '../../shared/api.js';
import { draftFragment } from '../../shared/workshop-document.js';
import { CollaborativeEditor } from '../editor/CollaborativeEditor.jsx';
import { openSession } from '../sync/api-client.js';
import { loadIdentity, saveIdentity } from '../sync/identity.js';
import { connectWorkshop } from '../sync/workshop-connection.js';
import { ConnectionBadge } from './ConnectionBadge.jsx';
import { PresenceBar } from './PresenceBar.jsx';

export function WorkshopView(props: { workshopId: string; token: string }) {
  const [opened] = createResource(() => openSession(props.workshopId, props.token));
  return (
    <Switch>
      <Match when={opened.error as unknown}>
        <main class="page">
          <h1>Cannot open this workshop</h1>
          <p class="error" role="alert">
            {opened.error instanceof Error ? opened.error.message : 'The server could not be reached.'}
          </p>
        </main>
      </Match>
      <Match when={opened()}>
        {(result) => <LiveWorkshop session={result().session} token={props.token} />}
      </Match>
      <Match when={opened.loading}>
        <main class="page">
          <p>Opening workshop…</p>
        </main>
      </Match>
    </Switch>
  );
}

function LiveWorkshop(props: { session: WorkshopSession; token: string }) {
  const { workshop, role, canEdit } = props.session;
  const [identity, setIdentity] = createSignal(loadIdentity());
  const connection = connectWorkshop(workshop.id, props.token, { ...identity(), role });
  onCleanup(() => connection.destroy());

  const rename = (name: string) => {
    const next = { ...identity(), name: name.trim() || identity().name };
    setIdentity(next);
    saveIdentity(next);
    connection.provider.awareness.setLocalStateField('user', { ...next, role });
  };
  const dates = [workshop.startsOn, workshop.endsOn].filter(Boolean).join(' – ');

  return (
    <div class="workshop">
      <header class="workshop-header">
        <div>
          <h1>{workshop.title}</h1>
          <p class="muted">
            {[workshop.country, dates].filter(Boolean).join(' · ')} · you are a{' '}
            <strong data-testid="role">{role}</strong>
            {canEdit ? '' : ' (read only)'}
          </p>
        </div>
        <div class="header-side">
          <ConnectionBadge state={connection.state()} />
          <label class="name-field">
            Your name
            <input
              value={identity().name}
              maxLength={60}
              aria-label="Your name"
              onChange={(event) => rename(event.currentTarget.value)}
            />
          </label>
        </div>
      </header>
      <PresenceBar people={connection.people()} />
      <Show when={connection.refusal()}>
        <p class="error" role="alert">
          {connection.refusal()}
        </p>
      </Show>
      <CollaborativeEditor
        fragment={draftFragment(connection.doc)}
        provider={connection.provider}
        user={{ ...identity(), role }}
        editable={canEdit}
      />
    </div>
  );
}
