import { createSignal, onCleanup, type Accessor } from 'solid-js';
import * as Y from 'yjs';
import {
  collection,
  orderedItems,
  type CollectionName,
  type Item,
} from '../../shared/workshop-document/index.js';

/**
 * Solid signals over Yjs types. Each subscribes with the narrowest observer that can change its value
 * and unsubscribes with the owning component, so a workshop with hundreds of items re-renders only
 * what changed.
 */

export function createYText(text: Y.Text): Accessor<string> {
  const [value, setValue] = createSignal(text.toString());
  const update = () => setValue(text.toString());
  text.observe(update);
  onCleanup(() => text.unobserve(update));
  return value;
}

export function createYValue<T>(map: Y.Map<unknown>, key: string): Accessor<T> {
  const [value, setValue] = createSignal<T>(map.get(key) as T, { equals: false });
  const update = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(key)) setValue(() => map.get(key) as T);
  };
  map.observe(update);
  onCleanup(() => map.unobserve(update));
  return value;
}

export function createYKeys(map: Y.Map<unknown>): Accessor<string[]> {
  const read = () => Array.from(map.keys()).sort();
  const [keys, setKeys] = createSignal(read());
  const update = () => setKeys(read());
  map.observe(update);
  onCleanup(() => map.unobserve(update));
  return keys;
}

/** Items of a collection in display order; recomputed only when items come, go or move. */
export function createOrderedItems(doc: Y.Doc, name: CollectionName): Accessor<Item[]> {
  const root = collection(doc, name);
  const [items, setItems] = createSignal(orderedItems(doc, name));
  const update = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    const reordered = events.some(
      (event) => event.target === root || (event instanceof Y.YMapEvent && event.keysChanged.has('position')),
    );
    if (reordered) setItems(orderedItems(doc, name));
  };
  root.observeDeep(update);
  onCleanup(() => root.unobserveDeep(update));
  return items;
}

/**
 * Reads one plain field of every item (e.g. every finding's theme), recomputed when any item
 * changes that field: filters and reverse links use it.
 */
export function createFieldIndex<T>(
  doc: Y.Doc,
  name: CollectionName,
  read: (item: Item) => T,
): Accessor<Map<string, T>> {
  const root = collection(doc, name);
  const compute = () =>
    new Map(Array.from(root.values(), (item) => [String(item.get('id')), read(item)] as const));
  const [index, setIndex] = createSignal(compute());
  const update = () => setIndex(compute());
  root.observeDeep(update);
  onCleanup(() => root.unobserveDeep(update));
  return index;
}
