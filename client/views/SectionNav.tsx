import { createEffect, For, Show } from 'solid-js';
import type { PluralKey } from '../../shared/i18n/messages.js';
import { i18n, t, tn } from '../i18n/i18n.js';
import { SECTIONS, type SectionId } from '../sections/sections.js';
import type { PresentPerson } from '../sync/workshop-connection.js';

/** What a tab's badge counts: the Trace tab's gaps, every other tab's open amendments. */
function badgeLabel(id: SectionId, count: number): string {
  const key: PluralKey = id === 'trace' ? 'shell.nav.gaps' : 'shell.nav.openAmendments';
  return tn(key, count);
}

/** Tabs for the sections, each with the people currently in it (and, where given, a count to attend to). */
export function SectionNav(props: {
  current: SectionId;
  people: PresentPerson[];
  onSelect: (section: SectionId) => void;
  /**
   * Per section, a number shown on its tab: the Trace tab's gaps, another tab's open amendments (the
   * words are this component's; `noun` is no longer read).
   */
  badges?: Partial<Record<SectionId, { count: number; noun?: string }>>;
}) {
  return (
    <nav class="section-nav" aria-label={t('shell.nav.label')}>
      <For each={SECTIONS}>
        {(section) => {
          const here = () => props.people.filter((person) => person.section === section.id);
          return (
            <button
              type="button"
              class="section-tab"
              data-section={section.id}
              aria-current={props.current === section.id ? 'page' : undefined}
              ref={(tab) => {
                // On a phone the tabs scroll sideways: keep the current one in view.
                createEffect(() => {
                  if (props.current === section.id)
                    tab.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
                });
              }}
              onClick={() => props.onSelect(section.id)}
            >
              {section.title}
              <Show when={props.badges?.[section.id]}>
                {(badge) => (
                  <span
                    class="tab-badge"
                    classList={{ zero: badge().count === 0 }}
                    data-testid={`badge-${section.id}`}
                    aria-label={badgeLabel(section.id, badge().count)}
                  >
                    {i18n().number(badge().count)}
                  </span>
                )}
              </Show>
              <span class="tab-people" aria-label={tn('shell.header.here', here().length)}>
                <For each={here()}>
                  {(person) => (
                    <span
                      class="dot"
                      style={{ background: person.color }}
                      title={person.name}
                      data-person={person.name}
                    />
                  )}
                </For>
              </span>
            </button>
          );
        }}
      </For>
    </nav>
  );
}
