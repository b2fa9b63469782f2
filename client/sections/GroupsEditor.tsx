import { createMemo, createResource, For, Index, Show } from 'solid-js';
import type { InviteSummary } from '../../shared/api.js';
import {
  assignToGroup,
  createGroup,
  deleteGroup,
  setGroupMember,
  setGroupText,
  type BreakoutGroup,
  type GroupTextField,
} from '../../shared/workshop-document/index.js';
import { createGroups } from '../sync/breakout-groups.js';
import { canSteerRoom } from '../../shared/roles.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { createChoiceLabels } from './labels.js';
import { createLinkOptions } from './link-options.js';
import { i18n, t } from '../i18n/i18n.js';
import { groupLabel, groupName } from '../views/agenda-words.js';
import type { MessageKey } from '../../shared/i18n/messages.js';

/**
 * The breakout groups of one group session: facilitators define each group's name, its themes (and
 * any further findings), its facilitator and reporter, and assign personally invited people to
 * groups; everyone else sees them listed.
 */
export function GroupsEditor(props: { sessionId: string; sessionName: string }) {
  const workshop = useWorkshop();
  const all = createGroups(workshop.doc);
  const groups = createMemo(() => all().filter((group) => group.sessionId === props.sessionId));
  const editing = canSteerRoom(workshop.role) && workshop.canEdit;
  const themes = createChoiceLabels(workshop.doc, 'themes');
  const findings = createLinkOptions(workshop.doc, 'findings');
  // Personal invites can be assigned to a group; the facilitator's API lists them.
  const [invites] = createResource(
    () => editing,
    async () =>
      (await workshop.api.invites()).invites.filter(
        (invite) => invite.kind === 'personal' && invite.revokedAt === null && invite.name,
      ),
  );
  const edit = (change: () => void) => workshop.doc.transact(change);
  const add = () => edit(() => createGroup(workshop.doc, props.sessionId));

  return (
    <div class="groups-editor" data-testid="groups-editor">
      <h3>
        {t('groups.editor.heading')} <span class="muted">· {props.sessionName}</span>
      </h3>
      <Show when={groups().length === 0}>
        <p class="muted">
          {t('groups.editor.none')}
          {editing ? ` ${t('groups.editor.hint')}` : ''}
        </p>
      </Show>
      <Show
        when={editing}
        fallback={
          <ul class="group-list">
            <For each={groups()}>
              {(group, index) => (
                <li>
                  <strong>{groupName(group, index())}</strong>
                  <span class="muted">
                    {[
                      group.themes.length ? i18n().list(group.themes) : '',
                      group.facilitator && t('groups.facilitator', { name: group.facilitator }),
                      group.reporter && t('groups.reporter', { name: group.reporter }),
                    ]
                      .filter(Boolean)
                      .map((part) => ` · ${part}`)
                      .join('')}
                  </span>
                </li>
              )}
            </For>
          </ul>
        }
      >
        <datalist id={`group-people-${props.sessionId}`}>
          <For each={invites() ?? []}>{(invite) => <option value={invite.name ?? ''} />}</For>
        </datalist>
        <div class="group-cards">
          {/* By index: a card (and the field being typed in) stays when another facilitator edits a group. */}
          <Index each={groups()}>
            {(group, index) => (
              <GroupCard
                group={group()}
                index={index}
                themes={themes()}
                findings={findings()}
                peopleList={`group-people-${props.sessionId}`}
                onEdit={edit}
              />
            )}
          </Index>
        </div>
        <button type="button" onClick={add}>
          {t('groups.editor.add')}
        </button>
        <Show when={groups().length > 0 && (invites() ?? []).length > 0}>
          <Assignments sessionId={props.sessionId} groups={groups()} invites={invites() ?? []} />
        </Show>
      </Show>
    </div>
  );
}

/** A group's text fields, in the order the card shows them (facilitator and reporter offer the invitees). */
const GROUP_TEXT_INPUTS: ReadonlyArray<{
  field: GroupTextField;
  label: MessageKey;
  of: MessageKey;
  placeholder?: MessageKey;
}> = [
  {
    field: 'name',
    label: 'groups.editor.name',
    of: 'groups.editor.nameOf',
    placeholder: 'groups.editor.namePlaceholder',
  },
  { field: 'facilitator', label: 'groups.editor.facilitator', of: 'groups.editor.facilitatorOf' },
  { field: 'reporter', label: 'groups.editor.reporter', of: 'groups.editor.reporterOf' },
];

function GroupCard(props: {
  group: BreakoutGroup;
  index: number;
  themes: string[];
  findings: Array<{ id: string; label: string }>;
  peopleList: string;
  onEdit: (change: () => void) => void;
}) {
  const workshop = useWorkshop();
  const id = () => props.group.id;
  const label = () => groupLabel(props.index);
  const text = (field: GroupTextField, value: string) =>
    props.onEdit(() => setGroupText(workshop.doc, id(), field, value.trim()));
  const tick = (field: 'themes' | 'findingIds', key: string, on: boolean) =>
    props.onEdit(() => setGroupMember(workshop.doc, id(), field, key, on));
  return (
    <fieldset class="group-card" data-group={id()}>
      <legend>{label()}</legend>
      <For each={GROUP_TEXT_INPUTS}>
        {(input) => (
          <label>
            {t(input.label)}
            <input
              dir="auto"
              aria-label={t(input.of, { group: label() })}
              list={input.field === 'name' ? undefined : props.peopleList}
              value={props.group[input.field]}
              placeholder={input.placeholder ? t(input.placeholder) : undefined}
              onChange={(event) => text(input.field, event.currentTarget.value)}
            />
          </label>
        )}
      </For>
      <fieldset class="group-themes">
        <legend>{t('groups.editor.themes')}</legend>
        <For each={props.themes}>
          {(theme) => (
            <label class="check">
              <input
                type="checkbox"
                checked={props.group.themes.includes(theme)}
                onChange={(event) => tick('themes', theme, event.currentTarget.checked)}
              />
              {theme}
            </label>
          )}
        </For>
      </fieldset>
      <details class="group-findings">
        <summary>
          {props.group.findingIds.length > 0
            ? t('groups.editor.furtherFindingsCount', { count: props.group.findingIds.length })
            : t('groups.editor.furtherFindings')}
        </summary>
        <For each={props.findings} fallback={<p class="muted">{t('groups.editor.noFindings')}</p>}>
          {(finding) => (
            <label class="check">
              <input
                type="checkbox"
                checked={props.group.findingIds.includes(finding.id)}
                onChange={(event) => tick('findingIds', finding.id, event.currentTarget.checked)}
              />
              {finding.label}
            </label>
          )}
        </For>
      </details>
      <button
        type="button"
        class="icon"
        onClick={() => {
          if (confirm(t('groups.editor.confirmRemove', { group: groupName(props.group, props.index) })))
            props.onEdit(() => deleteGroup(workshop.doc, id()));
        }}
      >
        {t('groups.editor.remove', { group: label() })}
      </button>
    </fieldset>
  );
}

/** Personally invited people, each assigned to one group of the session (or left to choose). */
function Assignments(props: { sessionId: string; groups: BreakoutGroup[]; invites: InviteSummary[] }) {
  const workshop = useWorkshop();
  const groupOf = (inviteId: string) =>
    props.groups.find((group) => group.members.includes(inviteId))?.id ?? '';
  return (
    <details class="group-assignments">
      <summary>{t('groups.editor.assign')}</summary>
      <ul>
        <For each={props.invites}>
          {(invite) => (
            <li>
              <label>
                {invite.name}
                <Show when={invite.organisation}>{(org) => <span class="muted"> · {org()}</span>}</Show>
                <select
                  aria-label={t('groups.editor.groupOf', { name: invite.name ?? '' })}
                  value={groupOf(invite.id)}
                  onChange={(event) =>
                    workshop.doc.transact(() =>
                      assignToGroup(
                        workshop.doc,
                        props.sessionId,
                        invite.id,
                        event.currentTarget.value || null,
                      ),
                    )
                  }
                >
                  <option value="" selected={groupOf(invite.id) === ''}>
                    {t('groups.editor.choosesThemselves')}
                  </option>
                  <For each={props.groups}>
                    {(group, index) => (
                      <option value={group.id} selected={groupOf(invite.id) === group.id}>
                        {groupName(group, index())}
                      </option>
                    )}
                  </For>
                </select>
              </label>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}
