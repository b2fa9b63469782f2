import * as Y from 'yjs';
import { REPORT_ACTIVITY, type ActivityCollection } from '../../shared/activity.js';
import { COLLECTION_NAMES, REPORT_ROOT, sectionDef } from '../../shared/workshop-document/index.js';

/** What one transaction did to one item: the fields it changed, and whether it added the item. */
export interface Touch {
  collection: ActivityCollection;
  itemId: string;
  fields: Set<string>;
  created: boolean;
}

/** Each section's fields: what else an item map holds (its id, its position) is not an edit of it. */
const SECTION_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  COLLECTION_NAMES.map((name) => [name, new Set(Object.keys(sectionDef(name).fields))] as const),
);

/** Root name → what changes under it are recorded as; meta and unknown roots are not recorded. */
const RECORDED_ROOTS: ReadonlyMap<string, ActivityCollection> = new Map<string, ActivityCollection>([
  ...COLLECTION_NAMES.map((name) => [sectionDef(name).root, name] as const),
  [REPORT_ROOT, REPORT_ACTIVITY.collection],
]);

/** A shared type of any kind, as Yjs keys a transaction's changes by it. */
export type AnyType = Y.Transaction['changed'] extends Map<infer Type, unknown> ? Type : never;

/** Which root type of a document is which section (null: not recorded), filled in as met. */
export type RootKinds = WeakMap<AnyType, ActivityCollection | null>;

/**
 * Maps a transaction's changed types to the items and fields they belong to. Runs after every
 * applied update, keystrokes included: per changed type it walks at most the few parents between it
 * and its root (a rich field's paragraph → fragment → item → collection) and does map lookups only.
 * `roots` caches which root type is which, per document (a root's name is not kept on the type).
 */
export function touchedFields(tr: Y.Transaction, roots: RootKinds): Touch[] {
  const touches = new Map<string, Touch>();
  const touch = (collection: ActivityCollection, itemId: string): Touch => {
    let entry = touches.get(itemId);
    if (!entry) {
      entry = { collection, itemId, fields: new Set(), created: false };
      touches.set(itemId, entry);
    }
    return entry;
  };
  for (const [type, keys] of tr.changed) {
    // Up to the item map (whose parent is a root) or to a root itself; `field` is the key under the item.
    let node: AnyType = type;
    let field: string | null = null;
    let item: Y.Item | null = node._item;
    while (item && item.parent instanceof Y.AbstractType && item.parent._item !== null) {
      field = item.parentSub;
      node = item.parent;
      item = node._item;
    }
    if (item === null) {
      // A root changed directly: a collection's items added or removed, or the report's top level.
      const collection = rootKind(node, tr.doc, roots);
      if (collection === null) continue;
      if (collection === REPORT_ACTIVITY.collection) {
        touch(collection, REPORT_ACTIVITY.itemId).fields.add(REPORT_ACTIVITY.field);
        continue;
      }
      for (const key of keys) {
        if (key === null) continue;
        const added = node._map.get(key);
        // A removed item is not recorded: it has no card left to show a history on.
        if (added && !added.deleted && isNew(added, tr)) touch(collection, key).created = true;
      }
      continue;
    }
    const root = item.parent;
    if (!(root instanceof Y.AbstractType)) continue;
    const collection = rootKind(root, tr.doc, roots);
    if (collection === null) continue;
    if (collection === REPORT_ACTIVITY.collection) {
      touch(collection, REPORT_ACTIVITY.itemId).fields.add(REPORT_ACTIVITY.field);
      continue;
    }
    const itemId = item.parentSub;
    if (itemId === null) continue;
    const known = SECTION_FIELDS.get(collection);
    if (!known) continue;
    if (field !== null) {
      if (known.has(field)) touch(collection, itemId).fields.add(field);
      continue;
    }
    // The item map itself changed: its keys are the value fields set on it (or its position: a move).
    for (const key of keys) if (key !== null && known.has(key)) touch(collection, itemId).fields.add(key);
  }
  return Array.from(touches.values());
}

/** Whether the transaction itself made `item` (its clock is past the state before the transaction). */
function isNew(item: Y.Item, tr: Y.Transaction): boolean {
  return item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
}

function rootKind(type: AnyType, doc: Y.Doc, roots: RootKinds): ActivityCollection | null {
  const known = roots.get(type);
  if (known !== undefined) return known;
  let kind: ActivityCollection | null = null;
  for (const [name, root] of doc.share) if (root === type) kind = RECORDED_ROOTS.get(name) ?? null;
  roots.set(type, kind);
  return kind;
}
