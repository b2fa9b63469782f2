import { createEffect, createMemo, For, on, Show } from 'solid-js';
import type { WorkshopSession } from '../../shared/api.js';
import { PINNED_SECTION_KEY, presenterMap } from '../../shared/workshop-document/index.js';
import { CONTENT_VIEWS, isContentSection, type ContentSection } from '../sections/content-views.jsx';
import { recommendationName } from '../sections/labels.js';
import { SECTIONS } from '../sections/sections.js';
import { VoteRanking } from '../sections/VotePanel.jsx';
import { PRESENTER_FIELD } from '../../shared/presence.js';
import { createFacilitatorPosition } from '../sync/facilitator-focus.js';
import { createLiveSession } from '../sync/live-session.js';
import { createYValue } from '../sync/y-signals.js';
import { WorkshopContext } from '../sync/workshop-context.js';
import { AgendaTimer } from './AgendaTimer.jsx';
import { ConnectionBadge } from './ConnectionBadge.jsx';

/**
 * The projector's page (`?view=present`): large type, high contrast, nothing to edit. It shows the
 * section and item the facilitator is on and follows them live (awareness), unless the facilitator
 * pinned it to a section; with the agenda countdown, the vote ranking while a vote is open, and who
 * is here.
 */
export function PresenterView(props: { session: WorkshopSession; token: string }) {
  const { workshop, role } = props.session;
  const { connection, context } = createLiveSession(
    props.session,
    props.token,
    () => ({ name: 'Presenter screen', color: '#1d2430', role }),
    { presenting: true, announce: () => undefined },
  );
  connection.provider.awareness.setLocalStateField(PRESENTER_FIELD, true);
  const facilitator = createFacilitatorPosition(connection.provider);
  const pinned = createYValue<string | null | undefined>(presenterMap(connection.doc), PINNED_SECTION_KEY);
  // In Versions, the facilitator is not showing content: the projector stays where it was.
  let lastShown: ContentSection = 'findings';
  const section = createMemo<ContentSection>(() => {
    const wanted = pinned() ?? facilitator()?.section;
    if (isContentSection(wanted)) lastShown = wanted;
    return lastShown;
  });
  const focusedItem = () => (pinned() ? null : (facilitator()?.itemId ?? null));

  let stage!: HTMLElement;
  // Items render a frame after the section does: look for the focused one until it is there.
  createEffect(
    on([section, focusedItem], ([, itemId]) => {
      stage
        .querySelectorAll('.presenter-focus')
        .forEach((element) => element.classList.remove('presenter-focus'));
      if (!itemId) return;
      let attempts = 0;
      const highlight = () => {
        const element = stage.querySelector(`[data-id="${CSS.escape(itemId)}"]`);
        if (element) {
          element.classList.add('presenter-focus');
          element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        } else if (attempts++ < 20) requestAnimationFrame(highlight);
      };
      requestAnimationFrame(highlight);
    }),
  );

  const openVote = () => {
    const current = context.votes.value()?.current;
    return current && (current.vote.status === 'open' || section() === 'recommendations') ? current : null;
  };
  const nameRecommendation = (id: string) => recommendationName(connection.doc, id);
  const titleOf = (id: ContentSection) => SECTIONS.find((s) => s.id === id)?.title ?? id;

  return (
    <WorkshopContext.Provider value={context}>
      <div class="workshop presenter" data-section={section()}>
        <header class="presenter-header">
          <div>
            <h1>{workshop.title}</h1>
            <p class="presenter-where" data-testid="presenter-section">
              {titleOf(section())}
              <Show when={pinned()}> · pinned</Show>
              <Show when={!pinned() && facilitator()}>{(f) => <> · following {f().name}</>}</Show>
            </p>
          </div>
          <AgendaTimer />
          <ConnectionBadge state={connection.state()} />
        </header>
        <div class="presenter-body">
          <main class="presenter-stage" ref={stage}>
            <Show when={section()} keyed>
              {(current) => CONTENT_VIEWS[current]()}
            </Show>
          </main>
          <aside class="presenter-side">
            <Show when={openVote()}>
              {(results) => <VoteRanking results={results()} name={nameRecommendation} />}
            </Show>
            <h3>Here now ({connection.people().length})</h3>
            <ul class="presenter-people" aria-label="People here now">
              <For each={connection.people()}>
                {(person) => (
                  <li class="person" style={{ 'border-color': person.color }}>
                    {person.name}
                  </li>
                )}
              </For>
            </ul>
          </aside>
        </div>
      </div>
    </WorkshopContext.Provider>
  );
}
