import { For, Show } from 'solid-js';
import { sectionTitle } from '../../shared/i18n/document-words.js';
import { createItem, deleteItem, type CollectionName } from '../../shared/workshop-document/index.js';
import { ValueField } from '../fields/ValueField.jsx';
import { i18n, t } from '../i18n/i18n.js';
import { createOrderedItems } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';

/** The workshop's own pick lists of themes and populations of interest. */
export function ChoiceListEditor() {
  const workshop = useWorkshop();
  return (
    <Show when={workshop.canEdit}>
      <details class="choice-editor">
        <summary>{t('items.choices.edit')}</summary>
        <div class="choice-columns">
          <ChoiceList name="themes" title={sectionTitle(i18n().document, 'themes')} />
          <ChoiceList name="populations" title={sectionTitle(i18n().document, 'populations')} />
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
              <ValueField
                item={choice}
                field="label"
                label={t('items.choices.entryLabel', { list: props.title })}
              />
              <button
                type="button"
                class="icon danger"
                aria-label={t('common.remove')}
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
        onClick={() =>
          workshop.edit(() => createItem(workshop.doc, props.name, { label: t('items.choices.newEntry') }))
        }
      >
        {t('items.choices.add')}
      </button>
    </div>
  );
}
