import { createSignal, Show } from 'solid-js';
import { invitePath } from '../../shared/api.js';
import {
  PINNED_SECTION_KEY,
  pinSection,
  presenterMap,
  summon,
} from '../../shared/workshop-document/index.js';
import { isContentSection } from '../sections/content-views.jsx';
import type { SectionId } from '../sections/sections.js';
import { i18n, t } from '../i18n/i18n.js';
import { shownSectionTitle } from './agenda-words.js';
import { joinCodeApi } from '../sync/api-client.js';
import { createServerAction } from '../sync/server-action.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ErrorAlert } from './ErrorAlert.jsx';
import { JoinPanel } from './JoinPanel.jsx';
import { ProjectedAmendmentControl } from './ProjectedAmendmentControl.jsx';
import { GroupReportsPanel } from './GroupReports.jsx';

/** `/w/<id>?view=present#invite=…` for an invite path `/w/<id>#invite=…`. */
function presenterPath(path: string): string {
  const [page, fragment] = path.split('#');
  return `${page}?view=present#${fragment}`;
}

/**
 * The presenter view for the projector, and the facilitator's pin of it to a section. A facilitator's
 * projector gets a viewer invite of its own, made on the spot: the facilitator's own invite must not
 * stay behind on a shared venue computer.
 */
export function PresenterControls(props: { section: SectionId; itemId: string | null }) {
  const workshop = useWorkshop();
  const pinned = createYValue<string | null | undefined>(presenterMap(workshop.doc), PINNED_SECTION_KEY);
  const pin = (section: string | null) => workshop.doc.transact(() => pinSection(workshop.doc, section));
  const opening = createServerAction();
  const [joinOpen, setJoinOpen] = createSignal(false);
  const [brought, setBrought] = createSignal<{ section: string; at: number }>();
  const bringEveryone = () => {
    const at = Date.now();
    workshop.doc.transact(() =>
      summon(workshop.doc, { section: props.section, itemId: props.itemId, by: workshop.user().name, at }),
    );
    setBrought({ section: props.section, at });
  };
  const openForProjector = async () => {
    // Opened within the click, so no pop-up blocker stops it; pointed at the link once it exists.
    const projector = window.open('', '_blank');
    const opened = await opening.run(async () => {
      const invite = await workshop.api.createInvite('viewer');
      if (projector) {
        projector.opener = null;
        projector.location.href = presenterPath(invite.link);
      }
    });
    if (!opened) projector?.close();
  };
  return (
    <div class="presenter-controls">
      <Show when={workshop.role === 'viewer'}>
        <a
          href={presenterPath(invitePath(workshop.workshopId, workshop.token))}
          target="_blank"
          rel="noopener"
        >
          {t('presenter.controls.open')}
        </a>
      </Show>
      <Show when={workshop.role === 'facilitator'}>
        <button type="button" onClick={() => void openForProjector()}>
          {t('presenter.controls.open')}
        </button>
        <Show
          when={pinned()}
          fallback={
            <Show when={isContentSection(props.section)}>
              <button type="button" onClick={() => pin(props.section)}>
                {t('presenter.controls.pin', { section: shownSectionTitle(props.section) })}
              </button>
            </Show>
          }
        >
          {(section) => (
            <>
              <span class="muted" data-testid="pinned">
                {t('presenter.controls.pinnedTo', { section: shownSectionTitle(section()) })}
              </span>
              <button type="button" onClick={() => pin(null)}>
                {t('presenter.controls.unpin')}
              </button>
            </>
          )}
        </Show>
        <button type="button" onClick={bringEveryone}>
          {t('presenter.controls.bringEveryone')}
        </button>
        <Show when={brought()?.section === props.section && brought()}>
          {(done) => (
            <span class="muted" role="status" data-testid="brought">
              {t('presenter.controls.brought', { time: i18n().time(done().at) })}
            </span>
          )}
        </Show>
        <button type="button" aria-expanded={joinOpen()} onClick={() => setJoinOpen(!joinOpen())}>
          {t('presenter.controls.joinCode')}
        </button>
        <ProjectedAmendmentControl />
        <ErrorAlert message={opening.error()} inline />
        <Show when={joinOpen()}>
          <JoinPanel api={joinCodeApi(workshop.workshopId, workshop.token)} />
        </Show>
        <GroupReportsToggle />
      </Show>
    </div>
  );
}

/** The facilitator's Group reports, opened below the presenter controls. */
function GroupReportsToggle() {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button type="button" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('presenter.controls.groupReports')}
      </button>
      <Show when={open()}>
        <GroupReportsPanel />
      </Show>
    </>
  );
}
