import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import type { CreatedInvite, InviteSummary } from '../../shared/api.js';
import { ROLES, type Role } from '../../shared/roles.js';
import type { WorkshopApi } from '../sync/api-client.js';
import { createServerAction } from '../sync/server-action.js';
import { Dialog } from './Dialog.jsx';
import { ErrorAlert } from './ErrorAlert.jsx';

// Often enough that "2 connected" follows people joining without anyone pressing refresh.
const REFRESH_MS = 10_000;

function relative(iso: string | null): string {
  if (!iso) return 'never';
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} days ago`;
}

/** Facilitators: every invite, who is connected with it, revocation and new links. */
export function PeoplePanel(props: { api: WorkshopApi; onClose: () => void }) {
  const [list, { refetch }] = createResource(() => props.api.invites());
  const timer = setInterval(() => void refetch(), REFRESH_MS);
  onCleanup(() => clearInterval(timer));
  const action = createServerAction(async () => {
    await refetch();
  });
  const [created, setCreated] = createSignal<CreatedInvite>();

  const revoke = (invite: InviteSummary) => {
    const who = invite.name ?? `the ${invite.role} link`;
    if (!confirm(`Revoke ${who}? Anyone using it is disconnected.`)) return;
    void action.run(() => props.api.revokeInvite(invite.id));
  };
  const invitePerson = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const organisation = String(data.get('organisation') ?? '').trim() || undefined;
    const role = String(data.get('role')) as Role;
    void action.run(async () => {
      setCreated(await props.api.createInvite(role, { name, organisation }));
      form.reset();
    });
  };
  const newRoleLink = (role: Role) =>
    void action.run(async () => setCreated(await props.api.createInvite(role)));

  return (
    <Dialog title="People" onClose={props.onClose}>
      <ErrorAlert message={list.error instanceof Error ? list.error.message : undefined} />
      <ErrorAlert message={action.error()} />
      <Show when={created()}>
        {(invite) => {
          const link = `${location.origin}${invite().link}`;
          return (
            <div class="new-invite" data-testid="new-invite">
              <p>
                Link for <strong>{invite().name ?? `anyone with the ${invite().role} link`}</strong> — shown
                only this once:
              </p>
              <div class="invite-link">
                <input
                  readOnly
                  value={link}
                  aria-label="New invite link"
                  onFocus={(e) => e.currentTarget.select()}
                />
                <button type="button" onClick={() => void navigator.clipboard?.writeText(link)}>
                  Copy
                </button>
              </div>
            </div>
          );
        }}
      </Show>
      <div class="people-table-wrap">
        <table class="people-table">
          <thead>
            <tr>
              <th>Who</th>
              <th>Organisation</th>
              <th>Role</th>
              <th>Last used</th>
              <th>Now</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <For each={list()?.invites ?? list.latest?.invites ?? []}>
              {(invite) => (
                <tr data-invite={invite.id} classList={{ revoked: invite.revokedAt !== null }}>
                  <td>{invite.name ?? `Anyone with the ${invite.role} link`}</td>
                  <td>{invite.organisation ?? ''}</td>
                  <td>{invite.role}</td>
                  <td>{relative(invite.lastUsedAt)}</td>
                  <td>{invite.openSockets > 0 ? `${invite.openSockets} connected` : ''}</td>
                  <td>
                    <Show when={invite.revokedAt === null} fallback={<span class="muted">revoked</span>}>
                      <button type="button" disabled={action.pending()} onClick={() => revoke(invite)}>
                        Revoke
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <form class="invite-person" onSubmit={invitePerson}>
        <h3>Invite a person</h3>
        <label>
          Name
          <input name="name" required maxLength={100} dir="auto" />
        </label>
        <label>
          Organisation
          <input name="organisation" maxLength={200} dir="auto" />
        </label>
        <label>
          Role
          <select name="role">
            <For each={ROLES}>{(role) => <option value={role}>{role}</option>}</For>
          </select>
        </label>
        <button type="submit" disabled={action.pending()}>
          Create invite
        </button>
      </form>
      <div class="role-links">
        <For each={ROLES}>
          {(role) => (
            <button type="button" disabled={action.pending()} onClick={() => newRoleLink(role)}>
              New {role} link
            </button>
          )}
        </For>
      </div>
    </Dialog>
  );
}
