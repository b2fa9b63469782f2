import * as Y from 'yjs';
import { orderedItems, reportFragment, type CollectionName } from './collections.js';
import { kindOf, type CanonicalValue } from './field-kinds.js';
import { documentVersion } from './migrate.js';
import { COLLECTION_NAMES, sectionDef } from './registry.js';

export type { CanonicalValue } from './field-kinds.js';

/**
 * The canonical rendering of a workshop's content: what a version's hash is computed over. The same
 * content always renders the same, whatever its editing history, Yjs client ids, encoding or store:
 * items in display order without their position keys, rich text as XML (Yjs writes attributes
 * sorted), links sorted, object keys sorted. Two documents that differ in any visible way render
 * differently.
 */
export interface CanonicalItem {
  id: string;
  [field: string]: CanonicalValue;
}

/**
 * A section added to the registry after versions were saved is absent from their rendering while
 * it is empty (`alwaysInHash` in registry.ts), so those versions keep their hash.
 */
export type CanonicalContent = {
  schemaVersion: number;
  report: string;
} & Partial<Record<CollectionName, CanonicalItem[]>>;

export function canonicalContent(doc: Y.Doc): CanonicalContent {
  const content: CanonicalContent = {
    schemaVersion: documentVersion(doc),
    report: reportFragment(doc).toString(),
  };
  for (const name of COLLECTION_NAMES) {
    const section = sectionDef(name);
    const items = orderedItems(doc, name);
    if (items.length === 0 && !section.alwaysInHash) continue;
    content[name] = items.map((item) => {
      const rendered: CanonicalItem = { id: String(item.get('id')) };
      for (const [field, def] of Object.entries(section.fields)) {
        const value = kindOf(def).canonical(item.get(field));
        if (value !== undefined) rendered[field] = value;
      }
      return rendered;
    });
  }
  return content;
}

/** The items of one section in a canonical rendering (none when the section is absent). */
export function canonicalItems(content: CanonicalContent, name: CollectionName): CanonicalItem[] {
  return content[name] ?? [];
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
