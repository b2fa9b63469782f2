import { createSignal, For, Show } from 'solid-js';
import { contributorsOf, type ActivityEntry } from '../../shared/activity.js';
import { ROLE_WORDS } from '../../shared/roles.js';
import { sectionDef, type CollectionName } from '../../shared/workshop-document/index.js';
import { useWorkshop } from '../sync/workshop-context.js';
import { ErrorAlert } from '../views/ErrorAlert.jsx';

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
 * server each time it is opened: the history is the server's record, not this browser's.
 */
export function ItemHistory(props: { collection: CollectionName; itemId: string; name: string }) {
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
  return (
    <Show when={workshop.live && !workshop.presenting}>
      <div class="item-history">
        <button
          type="button"
          class="history-toggle"
          aria-expanded={open()}
          aria-label={`History of ${props.name}`}
          onClick={toggle}
        >
          History
        </button>
        <Show when={open()}>
          <section class="history-panel" aria-label={`History of ${props.name}`}>
            <ErrorAlert message={error()} />
            <Show when={entries()} fallback={<p class="muted">Loading…</p>}>
              {(shown) => (
                <Show when={shown().length > 0} fallback={<p class="muted">No changes recorded yet.</p>}>
                  <ol class="history-entries">
                    <For each={shown()}>
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
                    <For each={contributorsOf(shown())}>
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
          </section>
        </Show>
      </div>
    </Show>
  );
}
