import * as Y from 'yjs';

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
