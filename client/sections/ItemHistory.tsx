import { createSignal, For, Show, type JSX } from 'solid-js';
import { contributorsOf, type ActivityEntry } from '../../shared/activity.js';
import { ROLE_WORDS } from '../../shared/roles.js';
import { sectionDef, type CollectionName } from '../../shared/workshop-document/index.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ErrorAlert } from '../views/ErrorAlert.jsx';
import { AmendmentHistory } from './ItemAmendments.jsx';

const timeOf = (at: string) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

function sentence(collection: CollectionName, entry: ActivityEntry): string {
  const fields = sectionDef(collection).fields;
  const edited = entry.fields.map((field) => fields[field]?.label ?? field).join(', ');
  if (entry.created)
    return edited ? `Created by ${entry.actor.name}, with ${edited}` : `Created by ${entry.actor.name}`;
  return `${entry.actor.name} edited ${edited}`;
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
  const [error, setError] = createSignal<string>();
  const load = async () => {
    setError(undefined);
    try {
      setEntries((await workshop.api.activity({ itemId: props.itemId })).entries);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
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
          aria-label={`History of ${props.name}`}
          onClick={toggle}
        >
          History
        </button>
      </Show>
    ),
    panel: (
      <Show when={shown() && open()}>
        <section class="history-panel" aria-label={`History of ${props.name}`}>
          <ErrorAlert message={error()} />
          <Show when={entries()} fallback={<p class="muted">Loading…</p>}>
            {(loaded) => (
              <Show when={loaded().length > 0} fallback={<p class="muted">No changes recorded yet.</p>}>
                <ol class="history-entries">
                  <For each={loaded()}>
                    {(entry) => (
                      <li>
                        <span dir="auto">{sentence(props.collection, entry)}</span>
                        {' · '}
                        <time datetime={entry.at}>{timeOf(entry.at)}</time>
                      </li>
                    )}
                  </For>
                </ol>
                <p class="history-contributors">
                  Contributors:{' '}
                  <For each={contributorsOf(loaded())}>
                    {(person, index) => (
                      <>
                        {index() > 0 ? ', ' : ''}
                        <span dir="auto">{person.name}</span> ({ROLE_WORDS[person.role]})
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
