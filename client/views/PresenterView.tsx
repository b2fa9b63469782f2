import { createEffect, createMemo, createResource, createSignal, For, on, Show } from 'solid-js';
import type { JSX } from 'solid-js';
import type { WorkshopSession } from '../../shared/api.js';
import { JOIN_SHOWN_KEY, PINNED_SECTION_KEY, presenterMap } from '../../shared/workshop-document/index.js';
import { CONTENT_VIEWS, isContentSection, type ContentSection } from '../sections/content-views.jsx';
import { recommendationName } from '../sections/labels.js';
import { t } from '../i18n/i18n.js';
import { shownSectionTitle } from './agenda-words.js';
import { VoteRanking } from '../sections/VotePanel.jsx';
import { PRESENTER_FIELD } from '../../shared/presence.js';
import { createFacilitatorPosition } from '../sync/facilitator-focus.js';
import { createLiveSession } from '../sync/live-session.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop, WorkshopContext } from '../sync/workshop-context.js';
import { AgendaTimer } from './AgendaTimer.jsx';
import { ConnectionBadge } from './ConnectionBadge.jsx';
import { joinCodeApi } from '../sync/api-client.js';
import { createJoinShown, JoinCard, JoinSlide } from './JoinPanel.jsx';
import { AmendmentSlide } from './AmendmentSlide.jsx';
import { GroupReports } from './GroupReports.jsx';
import { GROUP_REPORTS_KEY, shownGroupReports } from '../../shared/workshop-document/index.js';

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
    () => ({ name: t('presenter.screenName'), color: '#1d2430', role }),
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
  // The facilitator put the group reports on the projector: they replace the section until taken off.
  const reportsShown = createYValue<unknown>(presenterMap(connection.doc), GROUP_REPORTS_KEY);
  const reportsOf = () => (reportsShown(), shownGroupReports(connection.doc) ?? undefined);
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

  return (
    <WorkshopContext.Provider value={context}>
      <ProjectedJoin workshopId={workshop.id} token={props.token}>
        {(join) => (
          <div class="workshop presenter" data-section={section()}>
            <header class="presenter-header">
              <div>
                <h1 dir="auto">{workshop.title}</h1>
                <p class="presenter-where" data-testid="presenter-section">
                  {reportsOf() ? t('presenter.groupReports') : shownSectionTitle(section())}
                  <Show when={pinned()}> · {t('presenter.pinned')}</Show>
                  <Show when={!pinned() && !reportsOf() && facilitator()}>
                    {(f) => <> · {t('presenter.following', { name: f().name })}</>}
                  </Show>
                </p>
              </div>
              <AgendaTimer />
              <ConnectionBadge state={connection.state()} />
            </header>
            <div class="presenter-body">
              {/* Focusable: the stage scrolls on its own, and a keyboard at the projector must be able to scroll it too. */}
              <main class="presenter-stage" ref={stage} tabindex="0">
                <Show when={section()} keyed>
                  {(current) => (
                    <Show when={reportsOf()} keyed fallback={CONTENT_VIEWS[current]()}>
                      {(sessionId) => <GroupReports sessionId={sessionId} marking={false} />}
                    </Show>
                  )}
                </Show>
              </main>
              <aside class="presenter-side" tabindex="0" aria-label={t('presenter.sideLabel')}>
                {join.panel()}
                <Show when={openVote()}>
                  {(results) => <VoteRanking results={results()} name={nameRecommendation} />}
                </Show>
                <h3>{t('presenter.hereNow', { count: connection.people().length })}</h3>
                <ul class="presenter-people" aria-label={t('presenter.peopleHere')}>
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
            {join.slide()}
            <AmendmentSlide />
          </div>
        )}
      </ProjectedJoin>
    </WorkshopContext.Provider>
  );
}

/**
 * The join code the facilitator put on the projector (`presenter.join` in the document), fetched with
 * this page's invite: beside the content, or as the full-screen slide. Esc closes the slide on this
 * screen only (a viewer cannot change the document); the facilitator's next change shows it again.
 */
function ProjectedJoin(props: {
  workshopId: string;
  token: string;
  children: (join: { panel: () => JSX.Element; slide: () => JSX.Element }) => JSX.Element;
}) {
  const api = joinCodeApi(props.workshopId, props.token);
  const shown = createJoinShown();
  // A code this invite may not read (a participant opening ?view=present) shows nothing.
  const [code] = createResource(
    () => shown()?.codeId,
    (id) => api.one(id).catch(() => null),
  );
  const working = () => {
    const current = code.state === 'ready' || code.state === 'refreshing' ? code() : null;
    return current && current.revokedAt === null && current.id === shown()?.codeId ? current : null;
  };
  const [dismissed, setDismissed] = createSignal<unknown>();
  const raw = createYValue<unknown>(presenterMap(useWorkshop().doc), JOIN_SHOWN_KEY);
  return props.children({
    panel: () => (
      <Show when={shown()?.mode === 'panel' && working()} keyed>
        {(current) => <JoinCard api={api} code={current} variant="panel" />}
      </Show>
    ),
    slide: () => (
      <Show when={shown()?.mode === 'slide' && dismissed() !== raw() && working()} keyed>
        {(current) => <JoinSlide api={api} code={current} onClose={() => setDismissed(raw())} />}
      </Show>
    ),
  });
}
