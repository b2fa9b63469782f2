import { For, Show } from 'solid-js';
import { findItem, remainingMs } from '../../shared/workshop-document/index.js';
import { useGroupFocus, type GroupFocus } from '../sync/breakout-groups.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { t, tn } from '../i18n/i18n.js';
import { countdownWords, groupLabel, groupName } from './agenda-words.js';

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
    return countdownWords(remainingMs(timer, workshop.clock.now()));
  };
  const count = (groupId: string) => focus.counts().get(groupId) ?? 0;
  return (
    <section class="group-bar" aria-label={t('groups.barLabel')} data-testid="group-bar">
      <Show
        when={focus.mine()}
        fallback={
          <div class="group-choice">
            <p>
              <strong>{t('groups.breakoutGroups')}</strong>
              <Show when={sessionTitle()}>{(title) => <span class="muted"> · {title()}</span>}</Show>
              <br />
              {t('groups.choose')}
            </p>
            <div class="group-options">
              <For each={focus.groups()}>
                {(group, index) => (
                  <button type="button" onClick={() => focus.choose(group.id)}>
                    {t('groups.option', { group: groupName(group, index()), count: count(group.id) })}
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
              <h2 data-testid="group-title">{groupName(mine().group, mine().index)}</h2>
              <p class="muted">
                <span data-testid="group-presence">
                  {tn('groups.presence', count(mine().group.id), { group: groupLabel(mine().index) })}
                </span>
                <Show when={mine().group.facilitator}>
                  {(name) => <> · {t('groups.facilitator', { name: name() })}</>}
                </Show>
                <Show when={mine().group.reporter}>
                  {(name) => <> · {t('groups.reporter', { name: name() })}</>}
                </Show>
                <Show when={focus.assigned()}> · {t('groups.assigned')}</Show>
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
                {focus.showAll()
                  ? t('groups.only', { group: groupLabel(mine().index) })
                  : t('common.showAll')}
              </button>
              <Show when={!focus.assigned()}>
                <label class="filter">
                  {t('groups.group')}
                  <select
                    value={mine().group.id}
                    onChange={(event) => focus.choose(event.currentTarget.value || null)}
                  >
                    <For each={focus.groups()}>
                      {(group, index) => (
                        <option value={group.id} selected={group.id === mine().group.id}>
                          {groupName(group, index())}
                        </option>
                      )}
                    </For>
                    <option value="">{t('groups.noGroup')}</option>
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
