import { For, Show } from 'solid-js';
import {
  findItem,
  formatCountdown,
  groupNumberLabel,
  groupTitle,
  remainingMs,
} from '../../shared/workshop-document/index.js';
import { groupPresenceWords, useGroupFocus, type GroupFocus } from '../sync/breakout-groups.js';
import { useWorkshop } from '../sync/workshop-context.js';

/**
 * The breakout group this page works in, above the sections: while a group session is on (or next),
 * "Group 2 · Legal framework" with who facilitates and reports, how many are in it, the session's
 * countdown, and the way out to every finding; before a group is chosen, the groups to choose from.
 */
export function GroupBar() {
  const focus = useGroupFocus();
  return <Show when={focus?.sessionId() ? focus : undefined}>{(current) => <Bar focus={current()} />}</Show>;
}

function Bar(props: { focus: GroupFocus }) {
  const workshop = useWorkshop();
  const focus = props.focus;
  const sessionTitle = () => {
    const id = focus.sessionId();
    return id ? String(findItem(workshop.doc, 'agenda', id)?.get('title') ?? '') : '';
  };
  const countdown = () => {
    const timer = focus.timer();
    if (!timer || timer.sessionId !== focus.sessionId()) return null;
    workshop.clock.tick();
    return formatCountdown(remainingMs(timer, workshop.clock.now()));
  };
  const count = (groupId: string) => focus.counts().get(groupId) ?? 0;
  return (
    <section class="group-bar" aria-label="Your breakout group" data-testid="group-bar">
      <Show
        when={focus.mine()}
        fallback={
          <div class="group-choice">
            <p>
              <strong>Breakout groups</strong>
              <Show when={sessionTitle()}>{(title) => <span class="muted"> · {title()}</span>}</Show>
              <br />
              Choose your group:
            </p>
            <div class="group-options">
              <For each={focus.groups()}>
                {(group, index) => (
                  <button type="button" onClick={() => focus.choose(group.id)}>
                    {groupTitle(group, index())} ({count(group.id)})
                  </button>
                )}
              </For>
            </div>
          </div>
        }
      >
        {(mine) => (
          <>
            <div class="group-heading">
              <h2 data-testid="group-title">{groupTitle(mine().group, mine().index)}</h2>
              <p class="muted">
                <span data-testid="group-presence">
                  {groupPresenceWords(count(mine().group.id), groupNumberLabel(mine().index))}
                </span>
                <Show when={mine().group.facilitator}>{(name) => <> · Facilitator: {name()}</>}</Show>
                <Show when={mine().group.reporter}>{(name) => <> · Reporter: {name()}</>}</Show>
                <Show when={focus.assigned()}> · assigned by the facilitator</Show>
              </p>
            </div>
            <Show when={countdown()}>
              {(left) => (
                <span class="group-countdown" data-testid="group-countdown" title={sessionTitle()}>
                  {left()}
                </span>
              )}
            </Show>
            <div class="group-actions">
              <button
                type="button"
                aria-pressed={focus.showAll()}
                onClick={() => focus.setShowAll(!focus.showAll())}
              >
                {focus.showAll() ? `Only ${groupNumberLabel(mine().index)}` : 'Show all'}
              </button>
              <Show when={!focus.assigned()}>
                <label class="filter">
                  Group
                  <select
                    value={mine().group.id}
                    onChange={(event) => focus.choose(event.currentTarget.value || null)}
                  >
                    <For each={focus.groups()}>
                      {(group, index) => (
                        <option value={group.id} selected={group.id === mine().group.id}>
                          {groupTitle(group, index())}
                        </option>
                      )}
                    </For>
                    <option value="">No group</option>
                  </select>
                </label>
              </Show>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
