import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import type { CreatedInvite, InviteSummary } from '../../shared/api.js';
import { ROLES, type Role } from '../../shared/roles.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { language, t, tn } from '../i18n/i18n.js';
import type { WorkshopApi } from '../sync/api-client.js';
import { createServerAction } from '../sync/server-action.js';
import { Dialog } from './Dialog.jsx';
import { ErrorAlert } from './ErrorAlert.jsx';
import { rich } from './rich-message.jsx';

// Often enough that "2 connected" follows people joining without anyone pressing refresh.
const REFRESH_MS = 10_000;

/** "just now", "5 min ago", "3 days ago", in the reader's language (Intl's relative times). */
function relative(iso: string | null): string {
  if (!iso) return t('people.lastUsed.never');
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  if (seconds < 60) return t('people.lastUsed.justNow');
  const format = new Intl.RelativeTimeFormat(LANGUAGES[language()].intl, { style: 'short' });
  if (seconds < 3600) return format.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return format.format(-Math.floor(seconds / 3600), 'hour');
  return format.format(-Math.floor(seconds / 86_400), 'day');
}

const roleWord = (role: Role) => t(`shell.roles.${role}`);

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
    const question =
      invite.name === null
        ? t('people.confirmRevokeLink', { role: roleWord(invite.role) })
        : t('people.confirmRevokePerson', { name: invite.name });
    if (!confirm(question)) return;
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
    <Dialog title={t('people.title')} onClose={props.onClose}>
      <ErrorAlert message={list.error} />
      <ErrorAlert message={action.error()} />
      <Show when={created()}>
        {(invite) => {
          const link = `${location.origin}${invite().link}`;
          return (
            <div class="new-invite" data-testid="new-invite">
              <p>
                {rich(t('people.newLink'), {
                  who: (
                    <strong dir="auto">
                      {invite().name ?? t('people.anyoneWith', { role: roleWord(invite().role) })}
                    </strong>
                  ),
                })}
              </p>
              <div class="invite-link">
                <input
                  readOnly
                  value={link}
                  aria-label={t('people.newLinkLabel')}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <button type="button" onClick={() => void navigator.clipboard?.writeText(link)}>
                  {t('common.copy')}
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
              <th>{t('people.columns.who')}</th>
              <th>{t('people.columns.organisation')}</th>
              <th>{t('people.columns.role')}</th>
              <th>{t('people.columns.lastUsed')}</th>
              <th>{t('people.columns.now')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <For each={list()?.invites ?? list.latest?.invites ?? []}>
              {(invite) => (
                <tr data-invite={invite.id} classList={{ revoked: invite.revokedAt !== null }}>
                  <td dir="auto">
                    {invite.name ?? t('people.anyoneWithCell', { role: roleWord(invite.role) })}
                  </td>
                  <td dir="auto">{invite.organisation ?? ''}</td>
                  <td>{roleWord(invite.role)}</td>
                  <td>{relative(invite.lastUsedAt)}</td>
                  <td>{invite.openSockets > 0 ? tn('people.connected', invite.openSockets) : ''}</td>
                  <td>
                    <Show
                      when={invite.revokedAt === null}
                      fallback={<span class="muted">{t('people.revoked')}</span>}
                    >
                      <button type="button" disabled={action.pending()} onClick={() => revoke(invite)}>
                        {t('people.revoke')}
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
        <h3>{t('people.invite.heading')}</h3>
        <label>
          {t('people.invite.name')}
          <input name="name" required maxLength={100} dir="auto" />
        </label>
        <label>
          {t('people.invite.organisation')}
          <input name="organisation" maxLength={200} dir="auto" />
        </label>
        <label>
          {t('people.invite.role')}
          <select name="role">
            <For each={ROLES}>{(role) => <option value={role}>{roleWord(role)}</option>}</For>
          </select>
        </label>
        <button type="submit" disabled={action.pending()}>
          {t('people.invite.submit')}
        </button>
      </form>
      <div class="role-links">
        <For each={ROLES}>
          {(role) => (
            <button type="button" disabled={action.pending()} onClick={() => newRoleLink(role)}>
              {t('people.newRoleLink', { role: roleWord(role) })}
            </button>
          )}
        </For>
      </div>
    </Dialog>
  );
}
