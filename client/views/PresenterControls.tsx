import { Show } from 'solid-js';
import { PINNED_SECTION_KEY, pinSection, presenterMap } from '../../shared/workshop-document/index.js';
import { SECTIONS, type SectionId } from '../sections/sections.js';
import { createYValue } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';

/** The presenter link (facilitators and viewers), and the facilitator's pin of the projector to a section. */
export function PresenterControls(props: { section: SectionId }) {
  const workshop = useWorkshop();
  const pinned = createYValue<string | null | undefined>(presenterMap(workshop.doc), PINNED_SECTION_KEY);
  const titleOf = (id: string) => SECTIONS.find((section) => section.id === id)?.title ?? id;
  const presenterHref = () => `${location.pathname}?view=present${location.hash}`;
  const pin = (section: string | null) => workshop.doc.transact(() => pinSection(workshop.doc, section));
  return (
    <Show when={workshop.role === 'facilitator' || workshop.role === 'viewer'}>
      <div class="presenter-controls">
        <a href={presenterHref()} target="_blank" rel="noopener">
          Open presenter view
        </a>
        <Show when={workshop.role === 'facilitator'}>
          <Show
            when={pinned()}
            fallback={
              <button type="button" onClick={() => pin(props.section)}>
                Pin the projector to {titleOf(props.section)}
              </button>
            }
          >
            {(section) => (
              <>
                <span class="muted" data-testid="pinned">
                  Projector pinned to {titleOf(section())}
                </span>
                <button type="button" onClick={() => pin(null)}>
                  Unpin: follow me
                </button>
              </>
            )}
          </Show>
        </Show>
      </div>
    </Show>
  );
}
