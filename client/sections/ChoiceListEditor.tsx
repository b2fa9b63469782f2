import { For, Show } from 'solid-js';
import { COLLECTIONS, createItem, deleteItem, type CollectionName } from '../../shared/workshop-document/index.js';
import { ValueField } from '../fields/ValueField.jsx';
import { createOrderedItems } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';

/** The workshop's own pick lists of themes and populations of interest. */
export function ChoiceListEditor() {
  const workshop = useWorkshop();
  return (
    <Show when={workshop.canEdit}>
      <details class="choice-editor">
        <summary>Edit themes and populations</summary>
        <div class="choice-columns">
          <ChoiceList name="themes" title={COLLECTIONS.themes.title} />
          <ChoiceList name="populations" title={COLLECTIONS.populations.title} />
        </div>
      </details>
    </Show>
  );
}

function ChoiceList(props: { name: Extract<CollectionName, 'themes' | 'populations'>; title: string }) {
  const workshop = useWorkshop();
  const choices = createOrderedItems(workshop.doc, props.name);
  return (
    <div>
      <h3>{props.title}</h3>
      <ul class="choice-list">
        <For each={choices()}>
          {(choice) => (
            <li>
              <ValueField item={choice} field="label" label={`${props.title} entry`} />
              <button
                type="button"
                class="icon danger"
                aria-label="Remove"
                onClick={() =>
                  workshop.edit(() => deleteItem(workshop.doc, props.name, String(choice.get('id'))))
                }
              >
                ✕
              </button>
            </li>
          )}
        </For>
      </ul>
      <button
        type="button"
        onClick={() => workshop.edit(() => createItem(workshop.doc, props.name, { label: 'New entry' }))}
      >
        + Add
      </button>
    </div>
  );
}
