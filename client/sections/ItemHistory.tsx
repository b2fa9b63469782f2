import { createSignal, For, Show, type JSX } from 'solid-js';
import { contributorsOf, type ActivityEntry } from '../../shared/activity.js';
import { fieldLabel } from '../../shared/i18n/document-words.js';
import type { CollectionName } from '../../shared/workshop-document/index.js';
import { i18n, t } from '../i18n/i18n.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ErrorAlert } from '../views/ErrorAlert.jsx';
import { AmendmentHistory } from './ItemAmendments.jsx';
import { joinWords, roleWord } from './labels.js';

function sentence(collection: CollectionName, entry: ActivityEntry): string {
  const edited = joinWords(entry.fields.map((field) => fieldLabel(i18n().document, collection, field)));
  const name = entry.actor.name;
  if (entry.created)
    return edited
      ? t('items.history.createdWith', { name, fields: edited })
      : t('items.history.created', { name });
  return t('items.history.edited', { name, fields: edited });
}

/**
 * Who created and edited an item, newest first, and everyone who contributed to it. Read from the
 * server each time it is opened: the history is the server's record, not this browser's. The toggle
 * and the panel are placed by the caller, as comments are: a card puts both in its header, an
 * action-plan row puts the panel across the row.
 */
export function createItemHistory(props: { collection: CollectionName; itemId: string; name: string }): {
  toggle: JSX.Element;
  panel: JSX.Element;
} {
  const workshop = useWorkshop();
  const [open, setOpen] = createSignal(false);
  const [entries, setEntries] = createSignal<ActivityEntry[]>();
  const [error, setError] = createSignal<unknown>();
  const load = async () => {
    setError(undefined);
    try {
      setEntries((await workshop.api.activity({ itemId: props.itemId })).entries);
    } catch (failure) {
      setError(() => failure);
    }
  };
  const toggle = () => {
    const opening = !open();
    setOpen(opening);
    if (opening) void load();
  };
  const shown = () => workshop.live && !workshop.presenting;
  return {
    toggle: (
      <Show when={shown()}>
        <button
          type="button"
          class="history-toggle"
          aria-expanded={open()}
          aria-label={t('items.history.label', { name: props.name })}
          onClick={toggle}
        >
          {t('items.history.toggle')}
        </button>
      </Show>
    ),
    panel: (
      <Show when={shown() && open()}>
        <section class="history-panel" aria-label={t('items.history.label', { name: props.name })}>
          <ErrorAlert message={error()} />
          <Show when={entries()} fallback={<p class="muted">{t('common.loading')}</p>}>
            {(loaded) => (
              <Show when={loaded().length > 0} fallback={<p class="muted">{t('items.history.none')}</p>}>
                <ol class="history-entries">
                  <For each={loaded()}>
                    {(entry) => (
                      <li>
                        <span dir="auto">{sentence(props.collection, entry)}</span>
                        {' · '}
                        <time datetime={entry.at}>{i18n().time(entry.at)}</time>
                      </li>
                    )}
                  </For>
                </ol>
                <p class="history-contributors">
                  {t('items.history.contributors')}{' '}
                  <For each={contributorsOf(loaded())}>
                    {(person, index) => (
                      <>
                        {index() > 0 ? t('items.separator') : ''}
                        <span dir="auto">{person.name}</span> ({roleWord(person.role)})
                      </>
                    )}
                  </For>
                </p>
              </Show>
            )}
          </Show>
          <AmendmentHistory place={{ collection: props.collection, itemId: props.itemId }} />
        </section>
      </Show>
    ),
  };
}

/** Both parts of `createItemHistory` side by side, for a card's header. */
export function ItemHistory(props: { collection: CollectionName; itemId: string; name: string }) {
  const { toggle, panel } = createItemHistory(props);
  return (
    <div class="item-history">
      {toggle}
      {panel}
    </div>
  );
}
