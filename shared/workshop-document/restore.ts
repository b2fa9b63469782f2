import * as Y from 'yjs';
import { collection, reportFragment, type CollectionName, type Item } from './collections.js';
import { kindOf, replaceRich } from './field-kinds.js';
import { COLLECTION_NAMES, sectionDef } from './registry.js';

function copyItem(source: Item, name: CollectionName): Item {
  const item: Item = new Y.Map();
  item.set('id', source.get('id'));
  item.set('position', source.get('position'));
  for (const [field, def] of Object.entries(sectionDef(name).fields)) {
    const copied = kindOf(def).copy(source.get(field));
    if (copied !== undefined) item.set(field, copied);
  }
  return item;
}

/** Makes an existing item's fields equal to `source`'s with the smallest edits (texts by diff). */
function syncItem(target: Item, source: Item, name: CollectionName): void {
  if (target.get('position') !== source.get('position')) target.set('position', source.get('position'));
  for (const [field, def] of Object.entries(sectionDef(name).fields))
    kindOf(def).sync(target, field, source.get(field));
}

/**
 * Turns the live document's content into `source`'s as ordinary edits on top of it, so everyone
 * connected sees the restore live and nothing in history is rewritten. Call inside one transaction.
 * Items restored after deletion come back with their ids, so links to them resolve again.
 */
export function restoreContent(live: Y.Doc, source: Y.Doc): void {
  for (const name of COLLECTION_NAMES) {
    const target = collection(live, name);
    const wanted = collection(source, name);
    for (const id of Array.from(target.keys())) if (!wanted.has(id)) target.delete(id);
    for (const [id, item] of wanted) {
      const existing = target.get(id);
      if (existing) syncItem(existing, item, name);
      else target.set(id, copyItem(item, name));
    }
  }
  replaceRich(reportFragment(live), reportFragment(source));
}
