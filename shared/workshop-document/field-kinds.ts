import * as Y from 'yjs';
import { z } from 'zod';
import { plainText } from './plain-text.js';
import { applyTextDiff } from './text-edits.js';

/**
 * How a field is stored in the Y.Doc, and everything the document code does with a stored field,
 * once per storage kind. Fields are stored so concurrent edits merge per field:
 *   text  → Y.Text (two people typing in one cell both keep their text)
 *   rich  → Y.XmlFragment (edited with Tiptap)
 *   value → a plain value, last writer wins (statuses, dates, pick-list choices)
 *   links → Y.Map<linked id, true>: a set, so concurrent links to different items all survive
 */
export type FieldKind = 'text' | 'rich' | 'value' | 'links';

/** A stored value as `readWorkshopContent` returns it for a value field. */
export type StoredValue = string | number | null;

/** How a value field is typed in the interface (and parsed on import). */
export type ValueInput = 'choice' | 'date' | 'time' | 'number' | 'year';

interface FieldBase<S extends z.ZodType> {
  /** The field's name as people read it: form labels, table and report column titles. */
  label: string;
  /** The plain value `readWorkshopContent` gives, validated; out-of-schema values fall back (`.catch`). */
  schema: S;
}

export interface TextFieldDef extends FieldBase<z.ZodString> {
  kind: 'text';
}
export interface RichFieldDef extends FieldBase<z.ZodString> {
  kind: 'rich';
}
export interface ValueFieldDef<S extends z.ZodType = z.ZodType<StoredValue>> extends FieldBase<S> {
  kind: 'value';
  initial: StoredValue;
  input: ValueInput;
  /** For a fixed vocabulary (statuses, frameworks): the words shown for each stored value. */
  words?: Readonly<Record<string, string>>;
  /** For a value that is an entry of a workshop's pick list (a finding's theme): that list's section. */
  pickList?: string;
}
export interface LinksFieldDef extends FieldBase<z.ZodArray<z.ZodString>> {
  kind: 'links';
  /** The collection linked to (checked against the registry's names where it is declared). */
  to: string;
}

export type FieldDef = TextFieldDef | RichFieldDef | ValueFieldDef | LinksFieldDef;

export const text = (label: string): TextFieldDef => ({ kind: 'text', label, schema: z.string() });
export const rich = (label: string): RichFieldDef => ({ kind: 'rich', label, schema: z.string() });
export const links = <const To extends string>(label: string, to: To): LinksFieldDef & { to: To } => ({
  kind: 'links',
  label,
  to,
  schema: z.array(z.string()),
});
export function value<S extends z.ZodType<StoredValue>>(
  label: string,
  schema: S,
  initial: StoredValue,
  input: ValueInput,
  words?: Readonly<Record<string, string>>,
): ValueFieldDef<S> {
  return { kind: 'value', label, schema, initial, input, ...(words ? { words } : {}) };
}

/** The plain JSON a version's hash is computed over (canonical.ts). */
export type CanonicalValue =
  string | number | boolean | null | CanonicalValue[] | { [key: string]: CanonicalValue };

/** A value given when an item is created (from the interface, the template or an import). */
export type InitialValue = string | number | null | readonly string[];

type Item = Y.Map<unknown>;

interface KindHandler<F extends FieldDef> {
  /** The stored form of a new item's field; every field is created up front, so edits merge into it. */
  create(field: F, given: InitialValue | undefined): unknown;
  /** The plain value `readWorkshopContent` validates. */
  read(raw: unknown): unknown;
  /**
   * The canonical rendering; `undefined` leaves the field out, which only a value field absent from
   * an item does (one added to the schema after the item was made), so older versions keep their hash.
   */
  canonical(raw: unknown): CanonicalValue | undefined;
  /**
   * A copy of a stored field for another document (restore of a deleted item); `undefined` leaves
   * it absent, as a value field absent from the source stays absent (so the hashes match).
   */
  copy(raw: unknown): unknown;
  /** Makes `target`'s field equal to `from` with the smallest edit (restore of a changed item). */
  sync(target: Item, field: string, from: unknown): void;
}

const textOf = (raw: unknown) =>
  raw instanceof Y.Text ? raw.toString() : typeof raw === 'string' ? raw : '';

/** Copies of a fragment's children, for inserting into another document. */
export function cloneChildren(fragment: Y.XmlFragment): Array<Y.XmlElement | Y.XmlText> {
  return fragment
    .toArray()
    .flatMap((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? [child.clone()] : []));
}

export function replaceRich(target: Y.XmlFragment, source: Y.XmlFragment): void {
  if (target.toString() === source.toString()) return;
  target.delete(0, target.length);
  target.insert(0, cloneChildren(source));
}

/** Tiptap/ProseMirror paragraphs as y-prosemirror stores them. */
export function paragraphs(textBlock: string): Y.XmlElement[] {
  return textBlock.split('\n').map((line) => {
    const paragraph = new Y.XmlElement('paragraph');
    if (line) paragraph.insert(0, [new Y.XmlText(line)]);
    return paragraph;
  });
}

const linkSet = (ids: Iterable<string>) => {
  const set = new Y.Map<boolean>();
  for (const id of ids) set.set(id, true);
  return set;
};
const linkedIds = (raw: unknown) => (raw instanceof Y.Map ? Array.from(raw.keys()) : []);

/** One handler per storage kind; a kind added to `FieldKind` without one here does not compile. */
const KIND_HANDLERS: { [K in FieldKind]: KindHandler<Extract<FieldDef, { kind: K }>> } = {
  text: {
    create: (_field, given) => new Y.Text(typeof given === 'string' ? given : ''),
    read: textOf,
    canonical: (raw) => (raw instanceof Y.Text ? raw.toString() : ''),
    copy: (raw) => new Y.Text(raw instanceof Y.Text ? raw.toString() : ''),
    sync(target, field, from) {
      const to = target.get(field);
      if (to instanceof Y.Text) applyTextDiff(to, from instanceof Y.Text ? from.toString() : '');
      else target.set(field, KIND_HANDLERS.text.copy(from));
    },
  },
  rich: {
    create(_field, given) {
      const fragment = new Y.XmlFragment();
      if (typeof given === 'string' && given) fragment.insert(0, paragraphs(given));
      return fragment;
    },
    read: (raw) => (raw instanceof Y.XmlFragment ? plainText(raw) : ''),
    canonical: (raw) => (raw instanceof Y.XmlFragment ? raw.toString() : ''),
    copy(raw) {
      const fragment = new Y.XmlFragment();
      if (raw instanceof Y.XmlFragment) fragment.insert(0, cloneChildren(raw));
      return fragment;
    },
    sync(target, field, from) {
      const to = target.get(field);
      if (to instanceof Y.XmlFragment)
        replaceRich(to, from instanceof Y.XmlFragment ? from : new Y.XmlFragment());
      else target.set(field, KIND_HANDLERS.rich.copy(from));
    },
  },
  value: {
    create: (field, given) =>
      given === undefined || Array.isArray(given) ? field.initial : (given as StoredValue),
    read: (raw) => raw,
    canonical: (raw) =>
      raw === undefined
        ? undefined
        : typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
          ? raw
          : null,
    copy: (raw) => raw,
    sync(target, field, from) {
      if (target.get(field) === from) return;
      // A field the version's item never had (added to the schema since) goes, so the hashes match.
      if (from === undefined) target.delete(field);
      else target.set(field, from);
    },
  },
  links: {
    create: (_field, given) => linkSet(Array.isArray(given) ? given : []),
    read: (raw) => linkedIds(raw).sort(),
    canonical: (raw) => linkedIds(raw).sort(),
    copy: (raw) => linkSet(linkedIds(raw)),
    sync(target, field, from) {
      const to = target.get(field);
      if (!(to instanceof Y.Map)) {
        target.set(field, KIND_HANDLERS.links.copy(from));
        return;
      }
      const wanted = new Set(linkedIds(from));
      for (const key of Array.from(to.keys())) if (!wanted.has(key)) to.delete(key);
      for (const key of wanted) if (!to.has(key)) to.set(key, true);
    },
  },
};

/** The handler of a field's storage kind. */
export function kindOf<F extends FieldDef>(field: F): KindHandler<F> {
  // The table is indexed by the field's own kind, so the handler is the one for F.
  return KIND_HANDLERS[field.kind] as unknown as KindHandler<F>;
}
