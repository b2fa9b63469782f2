import { createMemo, createResource, For, Index, Show } from 'solid-js';
import type { InviteSummary } from '../../shared/api.js';
import {
  assignToGroup,
  createGroup,
  deleteGroup,
  groupNumberLabel,
  groupTitle,
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
        Groups <span class="muted">· {props.sessionName}</span>
      </h3>
      <Show when={groups().length === 0}>
        <p class="muted">
          No groups yet.
          {editing ? ' Add one per theme: each gets its findings, a facilitator and a reporter.' : ''}
        </p>
      </Show>
      <Show
        when={editing}
        fallback={
          <ul class="group-list">
            <For each={groups()}>
              {(group, index) => (
                <li>
                  <strong>{groupTitle(group, index())}</strong>
                  <span class="muted">
                    {[
                      group.themes.join(', '),
                      group.facilitator && `Facilitator: ${group.facilitator}`,
                      group.reporter && `Reporter: ${group.reporter}`,
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
          + Add group
        </button>
        <Show when={groups().length > 0 && (invites() ?? []).length > 0}>
          <Assignments sessionId={props.sessionId} groups={groups()} invites={invites() ?? []} />
        </Show>
      </Show>
    </div>
  );
}

/** A group's text fields, in the order the card shows them (facilitator and reporter offer the invitees). */
const GROUP_TEXT_INPUTS: ReadonlyArray<{ field: GroupTextField; label: string; placeholder?: string }> = [
  { field: 'name', label: 'Name', placeholder: 'e.g. Legal framework' },
  { field: 'facilitator', label: 'Facilitator' },
  { field: 'reporter', label: 'Reporter' },
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
  const label = () => groupNumberLabel(props.index);
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
            {input.label}
            <input
              dir="auto"
              aria-label={`${input.label} of ${label()}`}
              list={input.field === 'name' ? undefined : props.peopleList}
              value={props.group[input.field]}
              placeholder={input.placeholder}
              onChange={(event) => text(input.field, event.currentTarget.value)}
            />
          </label>
        )}
      </For>
      <fieldset class="group-themes">
        <legend>Themes</legend>
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
          Further findings
          {props.group.findingIds.length > 0 ? ` (${props.group.findingIds.length})` : ''}
        </summary>
        <For each={props.findings} fallback={<p class="muted">No findings yet.</p>}>
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
          if (confirm(`Remove ${groupTitle(props.group, props.index)}?`))
            props.onEdit(() => deleteGroup(workshop.doc, id()));
        }}
      >
        Remove {label()}
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
      <summary>Assign invited people to groups</summary>
      <ul>
        <For each={props.invites}>
          {(invite) => (
            <li>
              <label>
                {invite.name}
                <Show when={invite.organisation}>{(org) => <span class="muted"> · {org()}</span>}</Show>
                <select
                  aria-label={`Group of ${invite.name}`}
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
                    chooses for themselves
                  </option>
                  <For each={props.groups}>
                    {(group, index) => (
                      <option value={group.id} selected={groupOf(invite.id) === group.id}>
                        {groupTitle(group, index())}
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
