import * as Y from 'yjs';

/**
 * Tiptap nodes built the way y-prosemirror stores them, for tests that read a report without an editor:
 * elements named as the schema's nodes with their attributes, marks as Y.XmlText format attributes.
 */

type Mark = 'bold' | 'italic' | 'code' | 'strike';
type Part = string | [string, ...Mark[]];

export function text(...parts: Part[]): Y.XmlText {
  const node = new Y.XmlText();
  let at = 0;
  for (const part of parts) {
    const [content, ...marks] = typeof part === 'string' ? [part] : part;
    // Each mark as y-prosemirror writes it: the mark's name, its (here empty) attributes as the value.
    node.insert(at, content, Object.fromEntries(marks.map((mark) => [mark, {}])));
    at += content.length;
  }
  return node;
}

export function node(
  name: string,
  children: Array<Y.XmlElement | Y.XmlText> = [],
  attributes: Record<string, number | string> = {},
): Y.XmlElement {
  const element = new Y.XmlElement(name);
  // y-prosemirror stores attributes with their JSON types (a heading's level is a number).
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as string);
  element.insert(0, children);
  return element;
}

export const paragraph = (...parts: Part[]) => node('paragraph', [text(...parts)]);
export const heading = (level: number, title: string) => node('heading', [text(title)], { level });
export const listItem = (...children: Y.XmlElement[]) => node('listItem', children);
export const cell = (name: 'tableCell' | 'tableHeader', content: string) =>
  node(name, [paragraph(content)], { colspan: 1, rowspan: 1 });
