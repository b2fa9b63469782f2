import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import type * as Y from 'yjs';
import type { VersionDetail } from '../../shared/api.js';
import { docFromState } from '../../shared/workshop-document/index.js';
import type { WorkshopApi } from '../sync/api-client.js';
import { useWorkshop, WorkshopContext } from '../sync/workshop-context.js';
import { GroupFocusContext } from '../sync/breakout-groups.js';
import { CONTENT_VIEWS, isContentSection, type ContentSection } from './content-views.jsx';
import { ItemNavigation, revealItem, sectionOf, type OpenItem } from './item-navigation.js';
import { SECTIONS, sectionTitleOf } from './sections.js';
import { versionName } from './version-words.js';
import { t } from '../i18n/i18n.js';

/** A tab's title: a collection's in the registry's words, Trace and Report from the catalogue. */
function tabTitle(id: ContentSection): string {
  return sectionTitleOf(id);
}

/** The version's own Yjs document, as saved; the caller destroys it. */
export function versionDoc(version: VersionDetail): Y.Doc {
  return docFromState(Uint8Array.from(atob(version.state), (c) => c.charCodeAt(0)));
}

/** A saved version, opened read-only with the same views as the live draft. */
export function VersionViewer(props: { api: WorkshopApi; versionId: string; onClose: () => void }) {
  const [version] = createResource(
    () => props.versionId,
    (id) => props.api.version(id),
  );
  return (
    <section class="card version-viewer" data-testid="version-viewer">
      <Show when={version()} fallback={<p class="muted">{t('versions.viewer.opening')}</p>}>
        {(loaded) => <FrozenWorkshop version={loaded()} onClose={props.onClose} />}
      </Show>
    </section>
  );
}

function FrozenWorkshop(props: { version: VersionDetail; onClose: () => void }) {
  const live = useWorkshop();
  const doc = versionDoc(props.version);
  onCleanup(() => doc.destroy());
  const [section, setSection] = createSignal<ContentSection>('findings');
  const openItem: OpenItem = (collection, itemId) => {
    const target = sectionOf(collection);
    if (isContentSection(target)) setSection(target);
    revealItem(itemId);
  };
  // The same section views, over the version's own document, with every edit path closed.
  const frozen = {
    ...live,
    doc,
    canEdit: false,
    live: false,
    asOf: props.version.createdAt.slice(0, 10),
    edit: () => undefined,
  };
  return (
    <>
      <div class="card-header">
        <strong dir="auto">
          {t('versions.viewer.title', {
            number: String(props.version.number),
            name: versionName(props.version),
          })}
        </strong>
        <span class={`badge ${props.version.verified ? 'same' : 'open'}`}>
          {props.version.verified ? t('versions.viewer.verified') : t('versions.viewer.notVerified')}
        </span>
        <button
          type="button"
          class="icon"
          aria-label={t('versions.viewer.close')}
          onClick={() => props.onClose()}
        >
          ✕
        </button>
      </div>
      <nav class="section-nav" aria-label={t('versions.viewer.sections')}>
        <For
          each={SECTIONS.filter(
            (s): s is (typeof SECTIONS)[number] & { id: ContentSection } => s.id !== 'versions',
          )}
        >
          {(entry) => (
            <button
              type="button"
              class="section-tab"
              aria-current={section() === entry.id ? 'page' : undefined}
              onClick={() => setSection(entry.id)}
            >
              {tabTitle(entry.id)}
            </button>
          )}
        </For>
      </nav>
      <WorkshopContext.Provider value={frozen}>
        {/* A gap in the version's Trace opens its item in the version, not in the live draft. */}
        <ItemNavigation.Provider value={openItem}>
          <Show when={section()} keyed>
            {(current) => (
              // A saved version shows all its items, whatever group this page works in now.
              <GroupFocusContext.Provider value={undefined}>
                {CONTENT_VIEWS[current]()}
              </GroupFocusContext.Provider>
            )}
          </Show>
        </ItemNavigation.Provider>
      </WorkshopContext.Provider>
    </>
  );
}
