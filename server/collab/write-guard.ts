import * as Y from 'yjs';

/** An update as `Y.decodeUpdate` reads it (the room decodes each once, to refuse a malformed one early). */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** An update that changes a part of the document its sender's role may not change. */
export class ForbiddenWriteError extends Error {}

type Parent = Y.AbstractType<unknown> | Y.ID | string | null;

/** The decoded struct's own fields Yjs leaves out of its typings. */
interface DecodedItem {
  id: Y.ID;
  length: number;
  origin: Y.ID | null;
  rightOrigin: Y.ID | null;
  parent: Parent;
}

/** Whether `type` is one of `guarded` or lies within one. */
function within(type: Y.AbstractType<unknown> | null, guarded: ReadonlySet<object>): boolean {
  for (
    let current = type;
    current;
    current = (current._item?.parent as Y.AbstractType<unknown> | null) ?? null
  )
    if (guarded.has(current)) return true;
  return false;
}

/** The item `id` names in the document, if the document has it (a struct Yjs kept as an Item). */
function stored(doc: Y.Doc, id: Y.ID): Y.Item | null {
  if (Y.getState(doc.store, id.client) <= id.clock) return null;
  const struct = Y.getItem(doc.store, id) as unknown;
  return struct instanceof Y.Item ? struct : null;
}

/** Every current item in the guarded types in the guarded types (their map entries and list elements, nested too). */
function guardedItems(types: Iterable<Y.Map<unknown>>): Y.Item[] {
  const items: Y.Item[] = [];
  const visit = (type: Pick<Y.AbstractType<unknown>, '_map' | '_start'>) => {
    const add = (item: Y.Item) => {
      items.push(item);
      const content = item.content as unknown;
      if (content instanceof Y.ContentType) visit(content.type as Y.AbstractType<unknown>);
    };
    type._map.forEach((item) => add(item));
    for (let item = type._start; item; item = item.right) add(item);
  };
  for (const type of types) visit(type);
  return items;
}

/**
 * Whether the update would change any of the root types `roots` of `doc`: an item inserted into one (its
 * parent named, or found through the neighbour it was inserted beside, in the document or earlier in
 * the same update) or a deletion of one of their items. Checked before the update is applied, since
 * a Yjs change cannot be taken back once integrated. An item whose neighbours the server has not seen
 * yet stays pending in Yjs and lands nowhere; when they arrive, they are checked themselves.
 */
export function touchesRoots(doc: Y.Doc, decoded: DecodedUpdate, roots: readonly string[]): boolean {
  const guarded = new Set(roots.map((name) => doc.getMap(name)));
  const { structs, ds } = decoded;
  const incoming = structs.filter((struct) => struct instanceof Y.Item) as unknown as DecodedItem[];
  // Per client, in clock order (as decoded), to find the item holding an id inside a run of elements.
  const byClient = new Map<number, DecodedItem[]>();
  for (const item of incoming) {
    const list = byClient.get(item.id.client);
    if (list) list.push(item);
    else byClient.set(item.id.client, [item]);
  }
  const sentWith = (id: Y.ID): DecodedItem | undefined => {
    const list = byClient.get(id.client) ?? [];
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = list[middle]!;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  };

  /**
   * Where an item lands, answered from what the document already has, or the item of this update it
   * depends on: a nested type's items are within the guarded roots exactly when the type is, and an
   * item inserted beside another is in that one's parent.
   */
  const step = (item: DecodedItem): boolean | DecodedItem => {
    const { parent } = item;
    if (typeof parent === 'string') return roots.includes(parent);
    if (parent instanceof Y.AbstractType) return within(parent, guarded);
    const id = parent ?? item.origin ?? item.rightOrigin;
    if (!id) return false;
    const existing = stored(doc, id);
    if (existing) {
      if (!parent) return within(existing.parent as Y.AbstractType<unknown> | null, guarded);
      const content = existing.content as unknown;
      return content instanceof Y.ContentType && within(content.type as Y.AbstractType<unknown>, guarded);
    }
    return sentWith(id) ?? false;
  };
  // Iteratively, not recursively: an offline page's update can chain thousands of paragraphs.
  const answers = new Map<DecodedItem, boolean>();
  const inGuarded = (start: DecodedItem): boolean => {
    const path = new Set<DecodedItem>();
    let current: boolean | DecodedItem = start;
    while (typeof current !== 'boolean') {
      const known = answers.get(current);
      if (known !== undefined) {
        current = known;
        break;
      }
      // A cycle, possible only in a forged update, leads nowhere.
      if (path.has(current)) {
        current = false;
        break;
      }
      path.add(current);
      current = step(current);
    }
    for (const item of path) answers.set(item, current);
    return current;
  };
  if (incoming.some(inGuarded)) return true;

  if (ds.clients.size === 0) return false;
  return guardedItems(guarded).some((item) =>
    (ds.clients.get(item.id.client) ?? []).some(
      (range) => item.id.clock < range.clock + range.len && range.clock < item.id.clock + item.length,
    ),
  );
}
