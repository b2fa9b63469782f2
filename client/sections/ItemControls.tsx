import { Show } from 'solid-js';
import { deleteItem, moveItem, type CollectionName } from '../../shared/workshop-document/index.js';
import { useWorkshop } from '../sync/workshop-context.js';

interface ItemControlsProps {
  collection: CollectionName;
  id: string;
  index: number;
  count: number;
  /** How the item is called in messages, e.g. "Finding F3". */
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
    workshop.announce(`${props.name} deleted.`, true);
  };
  return (
    <Show when={workshop.canEdit}>
      <div class="item-controls">
        <button
          type="button"
          class="icon"
          title="Move up"
          aria-label={`Move ${props.name} up`}
          disabled={props.index === 0}
          onClick={() => move(props.index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="icon"
          title="Move down"
          aria-label={`Move ${props.name} down`}
          disabled={props.index >= props.count - 1}
          onClick={() => move(props.index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          class="icon danger"
          title="Delete"
          aria-label={`Delete ${props.name}`}
          onClick={remove}
        >
          ✕
        </button>
      </div>
    </Show>
  );
}
