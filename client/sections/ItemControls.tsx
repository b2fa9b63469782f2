import { Show } from 'solid-js';
import { deleteItem, moveItem, type CollectionName } from '../../shared/workshop-document/index.js';
import { t } from '../i18n/i18n.js';
import { useWorkshop } from '../sync/workshop-context.js';

interface ItemControlsProps {
  collection: CollectionName;
  id: string;
  index: number;
  count: number;
  /** How the item is called in messages, e.g. "Finding F3" (`itemNameOf`). */
  name: string;
}

/** Move up, move down, delete (undoable) — for editors only. */
export function ItemControls(props: ItemControlsProps) {
  const workshop = useWorkshop();
  const move = (to: number) => workshop.edit(() => moveItem(workshop.doc, props.collection, props.id, to));
  const remove = () => {
    workshop.undoManager.stopCapturing();
    workshop.edit(() => deleteItem(workshop.doc, props.collection, props.id));
    workshop.undoManager.stopCapturing();
    workshop.announce(t('items.deleted', { name: props.name }), true);
  };
  return (
    <Show when={workshop.canEdit}>
      <div class="item-controls">
        <button
          type="button"
          class="icon"
          title={t('items.moveUp')}
          aria-label={t('items.moveItemUp', { name: props.name })}
          disabled={props.index === 0}
          onClick={() => move(props.index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="icon"
          title={t('items.moveDown')}
          aria-label={t('items.moveItemDown', { name: props.name })}
          disabled={props.index >= props.count - 1}
          onClick={() => move(props.index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          class="icon danger"
          title={t('common.delete')}
          aria-label={t('items.deleteItem', { name: props.name })}
          onClick={remove}
        >
          ✕
        </button>
      </div>
    </Show>
  );
}
