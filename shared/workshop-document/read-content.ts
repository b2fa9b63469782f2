import type * as Y from 'yjs';
import { orderedItems, reportFragment, type CollectionName } from './collections.js';
import { kindOf } from './field-kinds.js';
import { documentVersion } from './migrate.js';
import { plainText } from './plain-text.js';
import { COLLECTION_NAMES, sectionDef } from './registry.js';
import { workshopContentSchema, type WorkshopContent } from './schema.js';

export { plainText } from './plain-text.js';

function readCollection(doc: Y.Doc, name: CollectionName): Array<Record<string, unknown>> {
  const { fields } = sectionDef(name);
  return orderedItems(doc, name).map((item) => {
    const plain: Record<string, unknown> = { id: item.get('id'), position: item.get('position') };
    for (const [field, def] of Object.entries(fields)) plain[field] = kindOf(def).read(item.get(field));
    return plain;
  });
}

/**
 * Everything a workshop document holds, as plain validated objects in display order: what exports,
 * versions and endorsements read. Values a misbehaving client wrote outside the schema (an unknown
 * status, say) fall back to the field's default rather than failing the read.
 */
export function readWorkshopContent(doc: Y.Doc): WorkshopContent {
  return workshopContentSchema().parse({
    schemaVersion: documentVersion(doc),
    ...Object.fromEntries(COLLECTION_NAMES.map((name) => [name, readCollection(doc, name)])),
    report: plainText(reportFragment(doc)),
  });
}
