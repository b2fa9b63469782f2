import { createResource, createSignal, For, Show } from 'solid-js';
import { ROLES, type Role } from '../../shared/roles.js';
import { invitePath, type CreateWorkshopResponse } from '../../shared/api.js';
import { createWorkshop, fetchServerInfo } from '../sync/api-client.js';
import { forgetWorkshop, recentWorkshops } from '../sync/recent-workshops.js';
import { DELETED_PARAM } from './LifecyclePanel.jsx';

const ROLE_HELP: Record<Role, string> = {
  facilitator: 'runs the workshop and edits',
  participant: 'co-edits findings, recommendations and the action plan',
  stakeholder: 'reads the live draft (endorses final versions)',
  viewer: 'read-only: the projector and observers',
};

/** Create a workshop and hand out its four invite links. */
export function HomeView() {
  const [info] = createResource(fetchServerInfo);
  const [created, setCreated] = createSignal<CreateWorkshopResponse>();
  const [error, setError] = createSignal<string>();
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
        },
        value('adminToken'),
      );
      setCreated(workshop);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="page">
      <h1>Results Workshop Workspace</h1>
      <p class="lede">
        Co-edit the findings, recommendations and action plan of a civil registration assessment results
        workshop, live.
      </p>
      <Show when={deleted}>
        <p class="notice-inline" role="status">
          “<span dir="auto">{deleted}</span>” was deleted with all its data.
        </p>
      </Show>
      <YourWorkshops />
      <Show
        when={created()}
        fallback={
          <form class="create-form" onSubmit={submit} aria-labelledby="new-workshop">
            <h2 id="new-workshop">New workshop</h2>
            <label>
              Workshop title
              <input
                name="title"
                required
                maxLength={200}
                placeholder="Results workshop: civil registration assessment"
              />
            </label>
            <label>
              Country
              <input name="country" maxLength={100} />
            </label>
            <div class="row">
              <label>
                Starts on
                <input name="startsOn" type="date" />
              </label>
              <label>
                Ends on
                <input name="endsOn" type="date" />
              </label>
            </div>
            <Show when={info()?.workshopCreation === 'admin-token'}>
              <label>
                Admin token
                <input name="adminToken" type="password" required autocomplete="off" />
              </label>
            </Show>
            <Show when={error()}>
              <p class="error" role="alert">
                {error()}
              </p>
            </Show>
            <button type="submit" disabled={busy()}>
              Create workshop
            </button>
          </form>
        }
      >
        {(workshop) => (
          <section class="invites">
            <h2>{workshop().title}</h2>
            <p>Share each link only with the people who should have that role. They are shown once.</p>
            <For each={ROLES}>
              {(role) => {
                const link = `${location.origin}${workshop().links[role]}`;
                return (
                  <div class="invite" data-role={role}>
                    <div>
                      <strong>{role}</strong> <span class="muted">— {ROLE_HELP[role]}</span>
                    </div>
                    <div class="invite-link">
                      <input
                        readOnly
                        value={link}
                        aria-label={`${role} invite link`}
                        onFocus={(e) => e.currentTarget.select()}
                      />
                      <button type="button" onClick={() => void navigator.clipboard?.writeText(link)}>
                        Copy
                      </button>
                      <a href={workshop().links[role]}>Open</a>
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
        <h2 id="your-workshops">Your workshops</h2>
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
                    · {recent.role} · opened {new Date(recent.openedAt).toLocaleString()}
                  </span>
                </span>
                <button
                  type="button"
                  class="icon"
                  aria-label={`Remove ${recent.title} from this list`}
                  title="Remove from this list (the workshop itself is kept)"
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
