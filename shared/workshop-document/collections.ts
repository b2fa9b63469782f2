import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { kindOf, type InitialValue } from './field-kinds.js';
import { COLLECTIONS, sectionDef, type CollectionName } from './registry.js';

export * from './registry.js';
export { paragraphs } from './field-kinds.js';

export type Item = Y.Map<unknown>;

/** The one non-collection roots: document metadata and the report's prose. */
export const META_ROOT = 'meta';
/** Named `draft` since the first schema, where the whole workshop was one rich-text draft. */
export const REPORT_ROOT = 'draft';

export function collection(doc: Y.Doc, name: CollectionName): Y.Map<Item> {
  return doc.getMap<Item>(COLLECTIONS[name].root);
}

export function reportFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(REPORT_ROOT);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_ROOT);
}

const byPosition = (a: Item, b: Item) => {
  const pa = String(a.get('position') ?? '');
  const pb = String(b.get('position') ?? '');
  // Two people inserting at the same place at once can pick the same key: the id breaks the tie.
  if (pa !== pb) return pa < pb ? -1 : 1;
  const ia = String(a.get('id'));
  const ib = String(b.get('id'));
  return ia < ib ? -1 : ia > ib ? 1 : 0;
};

export function orderedItems(doc: Y.Doc, name: CollectionName): Item[] {
  return Array.from(collection(doc, name).values()).sort(byPosition);
}

export function newItemId(name: CollectionName): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${COLLECTIONS[name].idPrefix}-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12)}`;
}

/** A position key that sorts right after `afterId` (or first when null, last when undefined). */
function positionAfter(doc: Y.Doc, name: CollectionName, afterId: string | null | undefined): string {
  const items = orderedItems(doc, name);
  const positionOf = (item: Item | undefined) => (item ? String(item.get('position')) : null);
  if (afterId === undefined) return generateKeyBetween(positionOf(items.at(-1)), null);
  if (afterId === null) return generateKeyBetween(null, positionOf(items[0]));
  const index = items.findIndex((item) => item.get('id') === afterId);
  if (index < 0) return generateKeyBetween(positionOf(items.at(-1)), null);
  const before = positionOf(items[index]);
  const after = positionOf(items[index + 1]);
  // Equal neighbours (a concurrent tie) leave no room between them: go just after the first.
  return before !== null && before === after
    ? generateKeyBetween(before, null)
    : generateKeyBetween(before, after);
}

export type InitialValues = Record<string, InitialValue>;

/**
 * Adds an item with every field present (so later edits merge into existing Y types instead of
 * racing to create them). Call inside `doc.transact` with your origin to make it undoable.
 */
export function createItem(
  doc: Y.Doc,
  name: CollectionName,
  initial: InitialValues = {},
  placement: { afterId?: string | null; id?: string } = {},
): string {
  const id = placement.id ?? newItemId(name);
  collection(doc, name).set(id, newItem(name, id, positionAfter(doc, name, placement.afterId), initial));
  return id;
}

/** An item with every field of its section present, filled from `initial`. */
function newItem(name: CollectionName, id: string, position: string, initial: InitialValues): Item {
  const item: Item = new Y.Map();
  item.set('id', id);
  item.set('position', position);
  for (const [field, def] of Object.entries(sectionDef(name).fields))
    item.set(field, kindOf(def).create(def, initial[field]));
  return item;
}

/**
 * Adds items after the last one (or after `afterPosition`, for items built in a scratch document
 * to be applied to another), in order: what `createItem` does for each, with the positions made in
 * one go (placing items one by one re-sorts the collection each time, quadratic in an import).
 */
export function createItems(
  doc: Y.Doc,
  name: CollectionName,
  rows: readonly InitialValues[],
  afterPosition?: string | null,
): string[] {
  const last = afterPosition === undefined ? orderedItems(doc, name).at(-1) : undefined;
  const after = afterPosition === undefined ? (last ? String(last.get('position')) : null) : afterPosition;
  const positions = generateNKeysBetween(after, null, rows.length);
  const items = collection(doc, name);
  return rows.map((initial, index) => {
    const id = newItemId(name);
    items.set(id, newItem(name, id, positions[index]!, initial));
    return id;
  });
}

export function findItem(doc: Y.Doc, name: CollectionName, id: string): Item | undefined {
  return collection(doc, name).get(id);
}

/** Moves an item to `toIndex` of the current order (other items keep their keys). */
export function moveItem(doc: Y.Doc, name: CollectionName, id: string, toIndex: number): void {
  const others = orderedItems(doc, name).filter((item) => item.get('id') !== id);
  const item = findItem(doc, name, id);
  if (!item) return;
  const clamped = Math.max(0, Math.min(toIndex, others.length));
  const before = clamped > 0 ? String(others[clamped - 1]!.get('position')) : null;
  const after = clamped < others.length ? String(others[clamped]!.get('position')) : null;
  item.set(
    'position',
    before !== null && before === after
      ? generateKeyBetween(before, null)
      : generateKeyBetween(before, after),
  );
}

export function deleteItem(doc: Y.Doc, name: CollectionName, id: string): void {
  collection(doc, name).delete(id);
}

export function itemText(item: Item, field: string): Y.Text {
  const value = item.get(field);
  if (!(value instanceof Y.Text)) throw new Error(`field ${field} is not text`);
  return value;
}

export function itemRich(item: Item, field: string): Y.XmlFragment {
  const value = item.get(field);
  if (!(value instanceof Y.XmlFragment)) throw new Error(`field ${field} is not rich text`);
  return value;
}

export function itemLinks(item: Item, field: string): Y.Map<boolean> {
  const value = item.get(field);
  if (!(value instanceof Y.Map)) throw new Error(`field ${field} is not a link set`);
  return value as Y.Map<boolean>;
}

export function setLinked(item: Item, field: string, targetId: string, linked: boolean): void {
  const links = itemLinks(item, field);
  if (linked) links.set(targetId, true);
  else links.delete(targetId);
}
