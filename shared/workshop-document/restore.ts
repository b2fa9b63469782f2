import * as Y from 'yjs';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  collection,
  reportFragment,
  type CollectionName,
  type Item,
} from './collections.js';
import { applyTextDiff } from './text-edits.js';

/** Copies of a fragment's children, for inserting into another document. */
function cloneChildren(fragment: Y.XmlFragment): Array<Y.XmlElement | Y.XmlText> {
  return fragment
    .toArray()
    .flatMap((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? [child.clone()] : []));
}

function replaceRich(target: Y.XmlFragment, source: Y.XmlFragment): void {
  if (target.toString() === source.toString()) return;
  target.delete(0, target.length);
  target.insert(0, cloneChildren(source));
}

function copyItem(source: Item, name: CollectionName): Item {
  const item: Item = new Y.Map();
  item.set('id', source.get('id'));
  item.set('position', source.get('position'));
  for (const [field, spec] of Object.entries(COLLECTIONS[name].fields)) {
    const value = source.get(field);
    if (spec.kind === 'text') item.set(field, new Y.Text(value instanceof Y.Text ? value.toString() : ''));
    else if (spec.kind === 'rich') {
      const fragment = new Y.XmlFragment();
      if (value instanceof Y.XmlFragment) fragment.insert(0, cloneChildren(value));
      item.set(field, fragment);
    } else if (spec.kind === 'links') {
      const links = new Y.Map<boolean>();
      if (value instanceof Y.Map) for (const key of value.keys()) links.set(key, true);
      item.set(field, links);
    } else if (value !== undefined) item.set(field, value);
  }
  return item;
}

/** Makes an existing item's fields equal to `source`'s with the smallest edits (texts by diff). */
function syncItem(target: Item, source: Item, name: CollectionName): void {
  if (target.get('position') !== source.get('position')) target.set('position', source.get('position'));
  for (const [field, spec] of Object.entries(COLLECTIONS[name].fields)) {
    const from = source.get(field);
    const to = target.get(field);
    if (spec.kind === 'text' && to instanceof Y.Text)
      applyTextDiff(to, from instanceof Y.Text ? from.toString() : '');
    else if (spec.kind === 'rich' && to instanceof Y.XmlFragment)
      replaceRich(to, from instanceof Y.XmlFragment ? from : new Y.XmlFragment());
    else if (spec.kind === 'links' && to instanceof Y.Map) {
      const wanted = new Set(from instanceof Y.Map ? Array.from(from.keys()) : []);
      for (const key of Array.from(to.keys())) if (!wanted.has(key)) to.delete(key);
      for (const key of wanted) if (!to.has(key)) to.set(key, true);
    } else if (spec.kind === 'value' && to !== from) {
      // A field the version's item never had (added to the schema since) goes, so the hashes match.
      if (from === undefined) target.delete(field);
      else target.set(field, from);
    }
    else if (spec.kind !== 'value' && !(to instanceof Y.AbstractType))
      target.set(field, copyItem(source, name).get(field));
  }
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
