import { errorWords } from '../sync/error-words.js';
import { createEffect, createResource, createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import type { WorkshopSession } from '../../shared/api.js';
import { CONTENT_VIEWS } from '../sections/content-views.jsx';
import { DEFAULT_SECTION, isSectionId, type SectionId } from '../sections/sections.js';
import { VersionsSection } from '../sections/VersionsSection.jsx';
import { ApiRequestError, openSession } from '../sync/api-client.js';
import { CloseCode } from '../../shared/close-codes.js';
import { createLiveTopic } from '../sync/live-topic.js';
import { focusSection, publishFocus } from '../sync/facilitator-focus.js';
import { createVersionHistory } from '../sync/version-history.js';
import { loadIdentity, saveIdentity } from '../sync/identity.js';
import { createLiveSession } from '../sync/live-session.js';
import type { Refusal } from '../sync/workshop-connection.js';
import { WorkshopContext } from '../sync/workshop-context.js';
import { AgendaTimer } from './AgendaTimer.jsx';
import { ConnectionBadge } from './ConnectionBadge.jsx';
import { EndorsementBanner } from './EndorsementBanner.jsx';
import { Notice, type NoticeState } from './Notice.jsx';
import { PeoplePanel } from './PeoplePanel.jsx';
import { PresenceBar } from './PresenceBar.jsx';
import { forgetWorkshop, recentWorkshops, rememberWorkshop } from '../sync/recent-workshops.js';
import { LifecyclePanel } from './LifecyclePanel.jsx';
import { PresenterView } from './PresenterView.jsx';
import { PresenterControls } from './PresenterControls.jsx';
import { SectionNav } from './SectionNav.jsx';
import { ItemNavigation, revealItem, sectionOf, type OpenItem } from '../sections/item-navigation.js';
import { createTraceability, TraceabilityContext } from '../sync/traceability.js';
import { openAmendmentBadges } from '../sync/amendments.js';
import { createGroupFocus, GroupFocusContext } from '../sync/breakout-groups.js';
import { GroupBar } from './GroupBar.jsx';
import { lastItemWithin, listenForSummons } from '../sync/summons.js';
import { SummonNotice, type BroughtHere } from './SummonNotice.jsx';
import { i18n, t, tn } from '../i18n/i18n.js';
import { LanguagePicker, PageLanguage } from './LanguagePicker.jsx';
import { refusalMessage } from './refusal-message.js';
import { rich } from './rich-message.jsx';

export function WorkshopView(props: { workshopId: string; token: string }) {
  const [opened] = createResource(() => openSession(props.workshopId, props.token));
  // Replaced when the workshop is archived or unarchived while the page is open: the page is rebuilt
  // read-only (or editable again) from the new session, as the server already treats it.
  const [changed, setChanged] = createSignal<WorkshopSession>();
  const session = () => changed() ?? opened()?.session;
  return (
    <Switch>
      <Match when={opened.error as unknown}>
        <CannotOpen workshopId={props.workshopId} error={opened.error} />
      </Match>
      <Match when={session()}>
        {(current) =>
          isPresenting() ? (
            <PresenterView session={current()} token={props.token} />
          ) : (
            <Show when={current().workshop.archivedAt ?? 'open'} keyed>
              {(_archivedAt) => (
                <LiveWorkshop session={current()} token={props.token} onSessionChanged={setChanged} />
              )}
            </Show>
          )
        }
      </Match>
      <Match when={opened.loading}>
        <main class="page">
          <PageLanguage />
          <p>{t('shell.opening')}</p>
        </main>
      </Match>
    </Switch>
  );
}

/** The server refused this invite: revoked, the workshop deleted, or a mistyped link. */
function CannotOpen(props: { workshopId: string; error: unknown }) {
  const refused = props.error instanceof ApiRequestError && props.error.status === 401;
  const listed = recentWorkshops().some((recent) => recent.id === props.workshopId);
  // A link that no longer opens anything has no place on the home page.
  if (refused) forgetWorkshop(props.workshopId);
  return (
    <main class="page">
      <PageLanguage />
      <h1>{t('shell.cannotOpen.title')}</h1>
      <p class="error" role="alert">
        {props.error ? errorWords(props.error) : t('shell.cannotOpen.unreachable')}
      </p>
      <Show when={refused}>
        <p>
          {t('shell.cannotOpen.refused')}
          {listed ? ` ${t('shell.cannotOpen.forgotten')}` : ''}
        </p>
      </Show>
      <p>
        <a href="/">{t('shell.home')}</a>
      </p>
    </main>
  );
}

/** The server closed this page's socket for good while it was open (4401: revoked or deleted). */
function Disconnected(props: { workshopId: string; refusal: Refusal }) {
  forgetWorkshop(props.workshopId);
  return (
    <main class="page" data-testid="disconnected">
      <PageLanguage />
      <h1>{t('shell.disconnected.title')}</h1>
      <p class="error" role="alert">
        {t('shell.disconnected.serverSays', { reason: refusalMessage(props.refusal) })}
      </p>
      <p>{t('shell.disconnected.body')}</p>
      <p>
        <a href="/">{t('shell.home')}</a>
      </p>
    </main>
  );
}

/** `/w/<id>?view=present#invite=…`: the projector's page. */
function isPresenting(): boolean {
  return new URLSearchParams(location.search).get('view') === 'present';
}

/** The section in the URL fragment (`#invite=…&section=…`), so a reload or a shared link lands there. */
function sectionFromLocation(): SectionId {
  const section = new URLSearchParams(location.hash.slice(1)).get('section');
  return isSectionId(section) ? section : DEFAULT_SECTION;
}

function rememberSection(section: SectionId): void {
  const params = new URLSearchParams(location.hash.slice(1));
  params.set('section', section);
  history.replaceState(null, '', `#${params.toString()}`);
}

function LiveWorkshop(props: {
  session: WorkshopSession;
  token: string;
  onSessionChanged: (session: WorkshopSession) => void;
}) {
  const { workshop, role, canEdit } = props.session;
  // A personal invite names its person: the server records that name whatever the page says.
  const invitedName = props.session.invite?.kind === 'personal' ? props.session.invite.name : null;
  const [identity, setIdentity] = createSignal(
    invitedName ? { ...loadIdentity(), name: invitedName } : loadIdentity(),
  );
  rememberWorkshop({ id: workshop.id, title: workshop.title, role, token: props.token });
  const [peopleOpen, setPeopleOpen] = createSignal(false);
  const [lifecycleOpen, setLifecycleOpen] = createSignal(false);
  /** The header's menu on a phone: meta, name field, presence and the facilitator's dialogs. */
  const [menuOpen, setMenuOpen] = createSignal(false);
  const user = () => ({ ...identity(), role });
  const [section, setSection] = createSignal<SectionId>(sectionFromLocation());
  const [notice, setNotice] = createSignal<NoticeState>();
  const { connection, context } = createLiveSession(props.session, props.token, user, {
    presenting: false,
    announce: (message, undoable = false) =>
      setNotice({ message, undoDepth: undoable ? context.undoManager.undoStack.length : undefined }),
  });
  const { undoManager, api } = context;
  // The server announces an archive or unarchive to the room; every page then reopens its session.
  const current = createLiveTopic(connection.doc, connection.provider, 'workshop', async () => {
    const reopened = await openSession(workshop.id, props.token);
    return reopened.offline ? undefined : reopened.session;
  });
  createEffect(() => {
    const latest = current.value();
    if (latest && latest.workshop.archivedAt !== workshop.archivedAt) props.onSessionChanged(latest);
  });
  const history = createVersionHistory(api, connection.doc, connection.provider);
  const [diffOf, setDiffOf] = createSignal<string>();
  focusSection(connection.provider, section());

  /** The item this person last worked in, in the current section. */
  const [lastItem, setLastItem] = createSignal<string | null>(null);
  const select = (next: SectionId) => {
    if (next !== section()) setLastItem(null);
    setSection(next);
    rememberSection(next);
    focusSection(connection.provider, next);
  };
  const traceability = createTraceability(connection.doc);
  const groupFocus = createGroupFocus(
    connection.doc,
    connection.provider,
    workshop.id,
    props.session.invite.id,
  );
  const { trace } = traceability;
  const openItem: OpenItem = (collection, itemId) => {
    select(sectionOf(collection));
    revealItem(itemId);
  };
  // "Bring everyone here": a facilitator's summon moves every other role's page, which can go back.
  const [brought, setBrought] = createSignal<BroughtHere & { itemId: string | null; scrollY: number }>();
  listenForSummons(connection.doc, connection.provider, (summon) => {
    if (role === 'facilitator' || !isSectionId(summon.section)) return;
    setBrought({ by: summon.by, section: section(), itemId: lastItem(), scrollY: window.scrollY });
    select(summon.section);
    if (summon.itemId) revealItem(summon.itemId);
    else window.scrollTo(0, 0);
  });
  const goBack = () => {
    const from = brought();
    setBrought(undefined);
    if (!from || !isSectionId(from.section)) return;
    select(from.section);
    if (from.itemId) revealItem(from.itemId);
    else requestAnimationFrame(() => window.scrollTo(0, from.scrollY));
  };
  const rename = (name: string) => {
    const next = { ...identity(), name: name.trim() || identity().name };
    setIdentity(next);
    saveIdentity(next);
    connection.provider.awareness.setLocalStateField('user', user());
  };
  const dates = () =>
    [workshop.startsOn, workshop.endsOn]
      .filter((day): day is string => Boolean(day))
      .map((day) => i18n().date(day))
      .join(' – ');
  const views: Record<SectionId, () => JSX.Element> = {
    ...CONTENT_VIEWS,
    versions: () => <VersionsSection history={history} api={api} diffOf={diffOf} showDiff={setDiffOf} />,
  };

  const revoked = () => {
    const refusal = connection.refusal();
    return refusal?.code === CloseCode.unauthorized ? refusal : undefined;
  };
  return (
    <Show
      when={revoked()}
      fallback={<GroupFocusContext.Provider value={groupFocus}>{workshopPage()}</GroupFocusContext.Provider>}
    >
      {(refusal) => <Disconnected workshopId={workshop.id} refusal={refusal()} />}
    </Show>
  );

  function workshopPage() {
    return (
      <WorkshopContext.Provider value={context}>
        <ItemNavigation.Provider value={openItem}>
          <TraceabilityContext.Provider value={traceability}>
            <div
              class="workshop"
              ref={(element) => {
                publishFocus(connection.provider, element);
                lastItemWithin(element, setLastItem);
              }}
            >
              {/* On a phone the title, the timer and a toggle fill one line; the rest opens from the toggle. */}
              <div class="workshop-top" classList={{ 'menu-open': menuOpen() }}>
                <header class="workshop-header">
                  <div class="header-title">
                    <h1 dir="auto" title={workshop.title}>
                      {workshop.title}
                    </h1>
                    <p class="muted header-meta">
                      {/* Each part isolated: a Latin country name beside Dari digits keeps its place in RTL. */}
                      {[workshop.country, dates()].filter(Boolean).map((part) => [<bdi>{part}</bdi>, ' · '])}
                      {rich(t('shell.header.youAre'), {
                        role: <strong data-testid="role">{t(`shell.roles.${role}`)}</strong>,
                      })}
                      {canEdit ? '' : ` ${t('shell.header.readOnly')}`}
                    </p>
                  </div>
                  <div class="header-side">
                    <AgendaTimer />
                    <ConnectionBadge state={connection.state()} />
                    <button
                      type="button"
                      class="header-menu-toggle"
                      aria-expanded={menuOpen()}
                      aria-controls="header-more"
                      onClick={() => setMenuOpen(!menuOpen())}
                    >
                      {tn('shell.header.here', connection.people().length)}
                      <span class="visually-hidden">{t('shell.header.menuHint')}</span>{' '}
                      <span aria-hidden="true">{menuOpen() ? '▴' : '▾'}</span>
                    </button>
                    <div class="header-more" id="header-more">
                      <Show when={role === 'facilitator'}>
                        <button type="button" onClick={() => setPeopleOpen(true)}>
                          {t('shell.header.people')}
                        </button>
                        <button type="button" onClick={() => setLifecycleOpen(true)}>
                          {t('shell.header.workshop')}
                        </button>
                      </Show>
                      <label class="name-field">
                        {t('shell.header.yourName')}
                        <input
                          value={identity().name}
                          maxLength={60}
                          dir="auto"
                          aria-label={t('shell.header.yourName')}
                          readOnly={invitedName !== null}
                          title={invitedName ? t('shell.header.nameFromInvite') : undefined}
                          onChange={(event) => rename(event.currentTarget.value)}
                        />
                      </label>
                      <label class="language-field">
                        {t('common.language')}
                        <LanguagePicker />
                      </label>
                    </div>
                  </div>
                </header>
                <PresenceBar people={connection.people()} />
              </div>
              <GroupBar />
              <Show when={workshop.archivedAt}>
                {(archivedAt) => (
                  <p class="archived-banner" role="status" data-testid="archived-banner">
                    {t('shell.archivedBanner', {
                      date: i18n().dateTime(archivedAt(), { dateStyle: 'long' }),
                    })}
                  </p>
                )}
              </Show>
              <Show when={connection.refusal()}>
                {(refusal) => (
                  <p class="error" role="alert">
                    {refusalMessage(refusal())}
                  </p>
                )}
              </Show>
              <EndorsementBanner
                history={history}
                onShowDiff={(versionId) => {
                  setDiffOf(versionId);
                  select('versions');
                }}
              />
              <SectionNav
                current={section()}
                people={connection.people()}
                onSelect={select}
                badges={{
                  ...openAmendmentBadges(context.amendments.value()?.amendments),
                  trace: { count: trace().gaps.length },
                }}
              />
              <PresenterControls section={section()} itemId={lastItem()} />
              <SummonNotice brought={brought()} onGoBack={goBack} onDismiss={() => setBrought(undefined)} />
              <Show when={section()} keyed>
                {(current) => views[current]()}
              </Show>
              <Show when={peopleOpen()}>
                <PeoplePanel api={api} onClose={() => setPeopleOpen(false)} />
              </Show>
              <Show when={lifecycleOpen()}>
                <LifecyclePanel
                  api={api}
                  workshop={workshop}
                  onChanged={() => void current.refresh()}
                  onClose={() => setLifecycleOpen(false)}
                />
              </Show>
              <Notice state={notice()} undoManager={undoManager} onClose={() => setNotice(undefined)} />
            </div>
          </TraceabilityContext.Provider>
        </ItemNavigation.Provider>
      </WorkshopContext.Provider>
    );
  }
}
