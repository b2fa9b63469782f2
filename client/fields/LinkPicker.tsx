import { createSignal, For, Show } from 'solid-js';
import type * as Y from 'yjs';
import { itemLinks, setLinked } from '../../shared/workshop-document/index.js';
import { t } from '../i18n/i18n.js';
import { createYKeys } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';

export interface LinkOption {
  id: string;
  label: string;
}

interface LinkPickerProps {
  item: Y.Map<unknown>;
  field: string;
  label: string;
  /** What can be linked, in display order. */
  options: LinkOption[];
  /** Noun for a linked item that no longer exists, e.g. "finding" (in the reader's words). */
  noun: string;
}

/**
 * Links from this item to others (a recommendation → the findings it answers). Links are ids, so they
 * survive reordering; a link to a deleted item is shown as such rather than silently dropped.
 */
export function LinkPicker(props: LinkPickerProps) {
  const workshop = useWorkshop();
  const linked = createYKeys(itemLinks(props.item, props.field) as Y.Map<unknown>);
  const labelOf = (id: string) => props.options.find((option) => option.id === id)?.label;
  const [choosing, setChoosing] = createSignal(false);
  const toggle = (id: string, on: boolean) => workshop.edit(() => setLinked(props.item, props.field, id, on));

  return (
    <div class="link-picker" role="group" aria-label={props.label}>
      <For each={linked()}>
        {(id) => (
          <span class={`link-chip ${labelOf(id) ? '' : 'dangling'}`} data-link={id}>
            {labelOf(id) ?? t('items.links.deleted', { noun: props.noun, id })}
            <Show when={workshop.canEdit}>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('items.links.unlink', { label: labelOf(id) ?? id })}
                onClick={() => toggle(id, false)}
              >
                ×
              </button>
            </Show>
          </span>
        )}
      </For>
      <Show when={workshop.canEdit}>
        <select
          class="link-add"
          aria-label={t('items.links.link', { noun: props.noun })}
          value=""
          // Options only while the list is in use: hundreds of cards each holding every possible
          // target would put tens of thousands of <option>s on the page.
          onFocus={() => setChoosing(true)}
          onPointerDown={() => setChoosing(true)}
          onBlur={() => setChoosing(false)}
          onChange={(event) => {
            const id = event.currentTarget.value;
            event.currentTarget.value = '';
            if (id) toggle(id, true);
          }}
        >
          <option value="">{t('items.links.add', { noun: props.noun })}</option>
          <Show when={choosing()}>
            <For each={props.options.filter((option) => !linked().includes(option.id))}>
              {(option) => <option value={option.id}>{option.label}</option>}
            </For>
          </Show>
        </select>
      </Show>
    </div>
  );
}
