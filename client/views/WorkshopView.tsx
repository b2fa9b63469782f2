import { createResource, createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import type { WorkshopSession } from '../../shared/api.js';
import { CONTENT_VIEWS } from '../sections/content-views.jsx';
import { DEFAULT_SECTION, isSectionId, type SectionId } from '../sections/sections.js';
import { VersionsSection } from '../sections/VersionsSection.jsx';
import { openSession } from '../sync/api-client.js';
import { focusSection, publishFocus } from '../sync/facilitator-focus.js';
import { createVersionHistory } from '../sync/version-history.js';
import { loadIdentity, saveIdentity } from '../sync/identity.js';
import { createLiveSession } from '../sync/live-session.js';
import { WorkshopContext } from '../sync/workshop-context.js';
import { AgendaTimer } from './AgendaTimer.jsx';
import { ConnectionBadge } from './ConnectionBadge.jsx';
import { EndorsementBanner } from './EndorsementBanner.jsx';
import { Notice, type NoticeState } from './Notice.jsx';
import { PeoplePanel } from './PeoplePanel.jsx';
import { PresenceBar } from './PresenceBar.jsx';
import { rememberWorkshop } from '../sync/recent-workshops.js';
import { PresenterView } from './PresenterView.jsx';
import { PresenterControls } from './PresenterControls.jsx';
import { SectionNav } from './SectionNav.jsx';
import { ItemNavigation, revealItem, sectionOf, type OpenItem } from '../sections/item-navigation.js';
import { createTraceability, TraceabilityContext } from '../sync/traceability.js';

export function WorkshopView(props: { workshopId: string; token: string }) {
  const [opened] = createResource(() => openSession(props.workshopId, props.token));
  return (
    <Switch>
      <Match when={opened.error as unknown}>
        <main class="page">
          <h1>Cannot open this workshop</h1>
          <p class="error" role="alert">
            {opened.error instanceof Error ? opened.error.message : 'The server could not be reached.'}
          </p>
        </main>
      </Match>
      <Match when={opened()}>
        {(result) =>
          isPresenting() ? (
            <PresenterView session={result().session} token={props.token} />
          ) : (
            <LiveWorkshop session={result().session} token={props.token} />
          )
        }
      </Match>
      <Match when={opened.loading}>
        <main class="page">
          <p>Opening workshop…</p>
        </main>
      </Match>
    </Switch>
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

function LiveWorkshop(props: { session: WorkshopSession; token: string }) {
  const { workshop, role, canEdit } = props.session;
  // A personal invite names its person: the server records that name whatever the page says.
  const invitedName = props.session.invite?.kind === 'personal' ? props.session.invite.name : null;
  const [identity, setIdentity] = createSignal(
    invitedName ? { ...loadIdentity(), name: invitedName } : loadIdentity(),
  );
  rememberWorkshop({ id: workshop.id, title: workshop.title, role, token: props.token });
  const [peopleOpen, setPeopleOpen] = createSignal(false);
  const user = () => ({ ...identity(), role });
  const [section, setSection] = createSignal<SectionId>(sectionFromLocation());
  const [notice, setNotice] = createSignal<NoticeState>();
  const { connection, context } = createLiveSession(props.session, props.token, user, {
    presenting: false,
    announce: (message, undoable = false) =>
      setNotice({ message, undoDepth: undoable ? context.undoManager.undoStack.length : undefined }),
  });
  const { undoManager, api } = context;
  const history = createVersionHistory(api, connection.doc, connection.provider);
  const [diffOf, setDiffOf] = createSignal<string>();
  focusSection(connection.provider, section());

  const select = (next: SectionId) => {
    setSection(next);
    rememberSection(next);
    focusSection(connection.provider, next);
  };
  const traceability = createTraceability(connection.doc);
  const { trace } = traceability;
  const openItem: OpenItem = (collection, itemId) => {
    select(sectionOf(collection));
    revealItem(itemId);
  };
  const rename = (name: string) => {
    const next = { ...identity(), name: name.trim() || identity().name };
    setIdentity(next);
    saveIdentity(next);
    connection.provider.awareness.setLocalStateField('user', user());
  };
  const dates = [workshop.startsOn, workshop.endsOn].filter(Boolean).join(' – ');
  const views: Record<SectionId, () => JSX.Element> = {
    ...CONTENT_VIEWS,
    versions: () => <VersionsSection history={history} api={api} diffOf={diffOf} showDiff={setDiffOf} />,
  };

  return (
    <WorkshopContext.Provider value={context}>
      <ItemNavigation.Provider value={openItem}>
        <TraceabilityContext.Provider value={traceability}>
          <div class="workshop" ref={(element) => publishFocus(connection.provider, element)}>
            <header class="workshop-header">
              <div>
                <h1>{workshop.title}</h1>
                <p class="muted">
                  {[workshop.country, dates].filter(Boolean).join(' · ')} · you are a{' '}
                  <strong data-testid="role">{role}</strong>
                  {canEdit ? '' : ' (read only)'}
                </p>
              </div>
              <div class="header-side">
                <AgendaTimer />
                <ConnectionBadge state={connection.state()} />
                <Show when={role === 'facilitator'}>
                  <button type="button" onClick={() => setPeopleOpen(true)}>
                    People
                  </button>
                </Show>
                <label class="name-field">
                  Your name
                  <input
                    value={identity().name}
                    maxLength={60}
                    dir="auto"
                    aria-label="Your name"
                    readOnly={invitedName !== null}
                    title={invitedName ? 'Your name comes from your invite' : undefined}
                    onChange={(event) => rename(event.currentTarget.value)}
                  />
                </label>
              </div>
            </header>
            <PresenceBar people={connection.people()} />
            <Show when={connection.refusal()}>
              <p class="error" role="alert">
                {connection.refusal()}
              </p>
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
                trace: { count: trace().gaps.length, noun: trace().gaps.length === 1 ? 'gap' : 'gaps' },
              }}
            />
            <PresenterControls section={section()} />
            <Show when={section()} keyed>
              {(current) => views[current]()}
            </Show>
            <Show when={peopleOpen()}>
              <PeoplePanel api={api} onClose={() => setPeopleOpen(false)} />
            </Show>
            <Notice state={notice()} undoManager={undoManager} onClose={() => setNotice(undefined)} />
          </div>
        </TraceabilityContext.Provider>
      </ItemNavigation.Provider>
    </WorkshopContext.Provider>
  );
}
