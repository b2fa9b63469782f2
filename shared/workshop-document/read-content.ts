import * as Y from 'yjs';
import { COLLECTIONS, orderedItems, reportFragment, type CollectionName, type Item } from './collections.js';
import { documentVersion } from './migrate.js';
import { WorkshopContent } from './schema.js';

/** Text of a rich fragment: one line per block, list items and table cells each on their own line. */
export function plainText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as Array<{ insert?: unknown }>)
        if (typeof op.insert === 'string') line += op.insert;
      return;
    }
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlHook) continue;
      walk(child);
      if (child instanceof Y.XmlElement && isBlock(child.nodeName) && line !== '') {
        lines.push(line);
        line = '';
      }
    }
  };
  walk(fragment);
  if (line) lines.push(line);
  return lines.join('\n');
}

const INLINE = new Set(['hardBreak', 'text']);
const isBlock = (nodeName: string) => !INLINE.has(nodeName);

function readField(item: Item, field: string, kind: string): unknown {
  const raw = item.get(field);
  switch (kind) {
    case 'text':
      return raw instanceof Y.Text ? raw.toString() : typeof raw === 'string' ? raw : '';
    case 'rich':
      return raw instanceof Y.XmlFragment ? plainText(raw) : '';
    case 'links':
      return raw instanceof Y.Map ? Array.from(raw.keys()).sort() : [];
    default:
      return raw;
  }
}

function readCollection(doc: Y.Doc, name: CollectionName): Array<Record<string, unknown>> {
  const { fields } = COLLECTIONS[name];
  return orderedItems(doc, name).map((item) => {
    const plain: Record<string, unknown> = { id: item.get('id'), position: item.get('position') };
    for (const [field, spec] of Object.entries(fields)) plain[field] = readField(item, field, spec.kind);
    return plain;
  });
}

/**
 * Everything a workshop document holds, as plain validated objects in display order: what exports,
 * versions and endorsements read. Values a misbehaving client wrote outside the schema (an unknown
 * status, say) fall back to the field's default rather than failing the read.
 */
export function readWorkshopContent(doc: Y.Doc): WorkshopContent {
  return WorkshopContent.parse({
    schemaVersion: documentVersion(doc),
    themes: readCollection(doc, 'themes'),
    populations: readCollection(doc, 'populations'),
    agenda: readCollection(doc, 'agenda'),
    findings: readCollection(doc, 'findings'),
    recommendations: readCollection(doc, 'recommendations'),
    targets: readCollection(doc, 'targets'),
    actionPlan: readCollection(doc, 'actionPlan'),
    report: plainText(reportFragment(doc)),
  });
}
