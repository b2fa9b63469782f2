import * as Y from 'yjs';

/** An update that changes a part of the document its sender's role may not change. */
export class ForbiddenWriteError extends Error {}

type Parent = Y.AbstractType<unknown> | Y.ID | string | null;

/** The decoded struct's own fields Yjs leaves out of its typings. */
interface DecodedItem {
  id: Y.ID;
  origin: Y.ID | null;
  rightOrigin: Y.ID | null;
  parent: Parent;
}

const key = (id: Y.ID) => `${id.client}:${id.clock}`;

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
 * Whether `update` would change any of the root types `roots` of `doc`: an item inserted into one (its
 * parent named, or found through the neighbour it was inserted beside, in the document or earlier in
 * the same update) or a deletion of one of their items. Checked before the update is applied, since
 * a Yjs change cannot be taken back once integrated. An item whose neighbours the server has not seen
 * yet stays pending in Yjs and lands nowhere; when they arrive, they are checked themselves.
 */
export function touchesRoots(doc: Y.Doc, update: Uint8Array, roots: readonly string[]): boolean {
  const guarded = new Set(roots.map((name) => doc.getMap(name)));
  const { structs, ds } = Y.decodeUpdate(update);
  const incoming = new Map<string, DecodedItem>();
  for (const struct of structs)
    if (struct instanceof Y.Item) incoming.set(key(struct.id), struct as DecodedItem);

  const seen = new Map<string, boolean>();
  const inGuarded = (item: DecodedItem): boolean => {
    const known = seen.get(key(item.id));
    if (known !== undefined) return known;
    seen.set(key(item.id), false); // a cycle in a forged update leads nowhere
    const answer = parentInGuarded(item);
    seen.set(key(item.id), answer);
    return answer;
  };
  const idInGuarded = (id: Y.ID, asParent: boolean): boolean => {
    const existing = stored(doc, id);
    if (existing) {
      if (asParent) {
        const content = existing.content as unknown;
        return content instanceof Y.ContentType && within(content.type as Y.AbstractType<unknown>, guarded);
      }
      return within(existing.parent as Y.AbstractType<unknown> | null, guarded);
    }
    const sent = incoming.get(key(id));
    // A nested type's items are within the guarded roots exactly when the type itself is.
    return sent ? inGuarded(sent) : false;
  };
  function parentInGuarded(item: DecodedItem): boolean {
    const { parent } = item;
    if (typeof parent === 'string') return roots.includes(parent);
    if (parent instanceof Y.AbstractType) return within(parent, guarded);
    if (parent) return idInGuarded(parent, true);
    const neighbour = item.origin ?? item.rightOrigin;
    return neighbour ? idInGuarded(neighbour, false) : false;
  }
  for (const item of incoming.values()) if (inGuarded(item)) return true;

  if (ds.clients.size === 0) return false;
  return guardedItems(guarded).some((item) =>
    (ds.clients.get(item.id.client) ?? []).some(
      (range) => item.id.clock < range.clock + range.len && range.clock < item.id.clock + item.length,
    ),
  );
}
