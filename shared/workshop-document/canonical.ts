import * as Y from 'yjs';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  orderedItems,
  reportFragment,
  type CollectionName,
} from './collections.js';
import { documentVersion } from './migrate.js';

/**
 * The canonical rendering of a workshop's content: what a version's hash is computed over. The same
 * content always renders the same, whatever its editing history, Yjs client ids, encoding or store:
 * items in display order without their position keys, rich text as XML (Yjs writes attributes
 * sorted), links sorted, object keys sorted. Two documents that differ in any visible way render
 * differently.
 */
export type CanonicalValue =
  string | number | boolean | null | CanonicalValue[] | { [key: string]: CanonicalValue };

export interface CanonicalItem {
  id: string;
  [field: string]: CanonicalValue;
}

export type CanonicalContent = {
  schemaVersion: number;
  report: string;
} & Record<CollectionName, CanonicalItem[]>;

function canonicalField(raw: unknown, kind: string): CanonicalValue {
  switch (kind) {
    case 'text':
      return raw instanceof Y.Text ? raw.toString() : '';
    case 'rich':
      return raw instanceof Y.XmlFragment ? raw.toString() : '';
    case 'links':
      return raw instanceof Y.Map ? Array.from(raw.keys()).sort() : [];
    default:
      return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : null;
  }
}

export function canonicalContent(doc: Y.Doc): CanonicalContent {
  const content = {
    schemaVersion: documentVersion(doc),
    report: reportFragment(doc).toString(),
  } as CanonicalContent;
  for (const name of COLLECTION_NAMES) {
    content[name] = orderedItems(doc, name).map((item) => {
      const rendered: CanonicalItem = { id: String(item.get('id')) };
      for (const [field, spec] of Object.entries(COLLECTIONS[name].fields)) {
        const raw = item.get(field);
        // A value field added to the schema later is absent from older items: leaving it out keeps
        // the hashes of versions saved before it existed.
        if (raw === undefined && spec.kind === 'value') continue;
        rendered[field] = canonicalField(raw, spec.kind);
      }
      return rendered;
    });
  }
  return content;
}

/** JSON with object keys sorted at every level: one string per content. */
export function canonicalJson(value: CanonicalValue | CanonicalContent): string {
  const sortKeys = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sortKeys);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.keys(node)
          .sort()
          .map((key) => [key, sortKeys((node as Record<string, unknown>)[key])]),
      );
    }
    return node;
  };
  return JSON.stringify(sortKeys(value));
}

/** Loads a Yjs state (a version's, say) into a fresh document. */
export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
