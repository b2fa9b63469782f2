import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';

/**
 * How each section is stored in the Y.Doc. Every section is a collection: a root Y.Map from a stable
 * item id to the item's Y.Map. Order is a fractional `position` key rather than array order, so a
 * reorder is one field write that merges with concurrent edits to the moved item (a Y.Array move
 * would delete and re-create it). Fields are stored so concurrent edits merge per field:
 *   text  → Y.Text (two people typing in one cell both keep their text)
 *   rich  → Y.XmlFragment (edited with Tiptap)
 *   value → a plain value, last writer wins (statuses, dates, pick-list choices)
 *   links → Y.Map<linked id, true>: a set, so concurrent links to different items all survive
 */
export const COLLECTION_NAMES = [
  'themes',
  'populations',
  'agenda',
  'findings',
  'recommendations',
  'targets',
  'actionPlan',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

export type FieldSpec =
  | { kind: 'text' }
  | { kind: 'rich' }
  | { kind: 'value'; initial: string | number | null }
  | { kind: 'links'; to: CollectionName };

export interface CollectionSpec {
  root: string;
  /** Short prefix of item ids, so a link can be read by a human (`f-…` is a finding). */
  idPrefix: string;
  fields: Record<string, FieldSpec>;
}

const text = { kind: 'text' } as const;
const rich = { kind: 'rich' } as const;
const value = <T extends string | number | null>(initial: T) => ({ kind: 'value', initial }) as const;

export const COLLECTIONS = {
  themes: { root: 'themes', idPrefix: 'th', fields: { label: value('') } },
  populations: { root: 'populations', idPrefix: 'po', fields: { label: value('') } },
  agenda: {
    root: 'agenda',
    idPrefix: 's',
    fields: {
      start: value(''),
      durationMinutes: value(30),
      title: text,
      kind: value('plenary'),
      facilitator: text,
    },
  },
  findings: {
    root: 'findings',
    idPrefix: 'f',
    fields: {
      theme: value(''),
      population: value(''),
      evidence: rich,
      source: text,
      status: value('draft'),
      dissent: text,
    },
  },
  recommendations: {
    root: 'recommendations',
    idPrefix: 'r',
    fields: {
      text,
      findingIds: { kind: 'links', to: 'findings' },
      agency: text,
      reasoning: text,
      status: value('draft'),
      /** Written by the server when a vote closes (shared/votes.ts), e.g. "#1 · 14 dots". */
      priority: value(''),
    },
  },
  targets: {
    root: 'targets',
    idPrefix: 't',
    fields: {
      indicator: text,
      disaggregation: text,
      baselineValue: text,
      baselineYear: value(null),
      targetValue: text,
      targetYear: value(null),
      dataSource: text,
      framework: value(''),
      progress: value('no-data'),
    },
  },
  actionPlan: {
    root: 'actionPlan',
    idPrefix: 'a',
    fields: {
      objective: text,
      activity: text,
      leadAgency: text,
      partners: text,
      start: value(''),
      end: value(''),
      cost: text,
      fundingSource: text,
      indicator: text,
      verification: text,
      recommendationIds: { kind: 'links', to: 'recommendations' },
      targetIds: { kind: 'links', to: 'targets' },
      risks: text,
    },
  },
} as const satisfies Record<CollectionName, CollectionSpec>;

export type FieldName<C extends CollectionName> = keyof (typeof COLLECTIONS)[C]['fields'] & string;
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

export type InitialValues = Record<string, string | number | null | readonly string[]>;

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
  const spec: CollectionSpec = COLLECTIONS[name];
  const id = placement.id ?? newItemId(name);
  const item: Item = new Y.Map();
  item.set('id', id);
  item.set('position', positionAfter(doc, name, placement.afterId));
  for (const [field, fieldSpec] of Object.entries(spec.fields)) {
    const given = initial[field];
    switch (fieldSpec.kind) {
      case 'text':
        item.set(field, new Y.Text(typeof given === 'string' ? given : ''));
        break;
      case 'rich': {
        const fragment = new Y.XmlFragment();
        if (typeof given === 'string' && given) fragment.insert(0, paragraphs(given));
        item.set(field, fragment);
        break;
      }
      case 'value':
        item.set(
          field,
          given === undefined || Array.isArray(given) ? fieldSpec.initial : (given as string | number | null),
        );
        break;
      case 'links': {
        const links = new Y.Map<boolean>();
        if (Array.isArray(given)) for (const target of given) links.set(target, true);
        item.set(field, links);
        break;
      }
    }
  }
  collection(doc, name).set(id, item);
  return id;
}

/** Tiptap/ProseMirror paragraphs as y-prosemirror stores them. */
export function paragraphs(textBlock: string): Y.XmlElement[] {
  return textBlock.split('\n').map((line) => {
    const paragraph = new Y.XmlElement('paragraph');
    if (line) paragraph.insert(0, [new Y.XmlText(line)]);
    return paragraph;
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
