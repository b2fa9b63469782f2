import * as Y from 'yjs';

/**
 * The report's prose (the Tiptap document in the `draft` fragment) read out with its structure, for
 * the exports: Tiptap StarterKit and TableKit nodes as y-prosemirror stores them, one Y.XmlElement per
 * node named as in the editor's schema, and marks as attributes of the Y.XmlText runs.
 */

/** A stretch of text with one set of marks; `\n` is a hard line break inside its block. */
export interface TextSpan {
  text: string;
  bold?: true;
  italic?: true;
  code?: true;
}

export type ProseHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface ProseTableCell {
  header: boolean;
  /** A cell's paragraphs (and any list inside it) each on their own line. */
  spans: TextSpan[];
}

export type ProseBlock =
  | { kind: 'heading'; level: ProseHeadingLevel; spans: TextSpan[] }
  | { kind: 'paragraph'; spans: TextSpan[] }
  /** Each item is the blocks it holds: its paragraph, then perhaps a nested list. */
  | { kind: 'list'; ordered: boolean; start: number; items: ProseBlock[][] }
  | { kind: 'quote'; blocks: ProseBlock[] }
  /** Rectangular: a cell spanning columns is followed by empty cells, short rows are padded. */
  | { kind: 'table'; rows: ProseTableCell[][] };

type Marks = Omit<TextSpan, 'text'>;
type DeltaOp = { insert?: unknown; attributes?: Record<string, unknown> };

/** y-prosemirror names a mark that may overlap itself `name--hash`. */
const markName = (attribute: string) => attribute.replace(/--[A-Za-z0-9+/=]{8}$/, '');

function marksOf(attributes: Record<string, unknown> = {}): Marks {
  const marks: Marks = {};
  for (const [attribute, value] of Object.entries(attributes)) {
    if (value === null || value === false) continue;
    const name = markName(attribute);
    if (name === 'bold' || name === 'italic' || name === 'code') marks[name] = true;
  }
  return marks;
}

const sameMarks = (a: Marks, b: Marks) => a.bold === b.bold && a.italic === b.italic && a.code === b.code;

/** Nodes that sit inside a line of text; any other element child starts a new line. */
const INLINE = new Set(['hardBreak', 'text']);

type XmlChild = Y.XmlElement | Y.XmlText | Y.XmlHook;

/** The text of nodes with its marks, nested blocks (a table cell's paragraphs) one per line. */
function textSpans(nodes: XmlChild[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineEnded = false;
  const push = (text: string, marks: Marks) => {
    if (text === '') return;
    if (lineEnded) {
      lineEnded = false;
      push('\n', {});
    }
    const last = spans.at(-1);
    if (last && sameMarks(last, marks)) last.text += text;
    else spans.push({ text, ...marks });
  };
  const walk = (children: XmlChild[]) => {
    for (const child of children) {
      if (child instanceof Y.XmlText) {
        for (const op of child.toDelta() as DeltaOp[])
          if (typeof op.insert === 'string') push(op.insert, marksOf(op.attributes));
      } else if (child instanceof Y.XmlElement) {
        if (child.nodeName === 'hardBreak') push('\n', {});
        else {
          walk(child.toArray());
          if (!INLINE.has(child.nodeName) && spans.length > 0) lineEnded = true;
        }
      }
    }
  };
  walk(nodes);
  return spans;
}

function headingLevel(value: unknown): ProseHeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? (level as ProseHeadingLevel) : 1;
}

const elements = (node: Y.XmlElement | Y.XmlFragment) =>
  node.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement);

function table(node: Y.XmlElement): ProseBlock {
  const rows = elements(node)
    .filter((row) => row.nodeName === 'tableRow')
    .map((row) =>
      elements(row).flatMap((cell) => {
        const header = cell.nodeName === 'tableHeader';
        const span = Math.max(1, Math.min(Number(cell.getAttribute('colspan')) || 1, 64));
        return [
          { header, spans: textSpans(cell.toArray()) },
          ...Array.from({ length: span - 1 }, () => ({ header, spans: [] })),
        ];
      }),
    )
    .filter((row) => row.length > 0);
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (const row of rows) while (row.length < width) row.push({ header: row[0]?.header ?? false, spans: [] });
  return { kind: 'table', rows };
}

function block(node: Y.XmlElement): ProseBlock[] {
  switch (node.nodeName) {
    case 'heading': {
      const spans = textSpans(node.toArray());
      return spans.length > 0
        ? [{ kind: 'heading', level: headingLevel(node.getAttribute('level')), spans }]
        : [];
    }
    case 'paragraph': {
      const spans = textSpans(node.toArray());
      return spans.length > 0 ? [{ kind: 'paragraph', spans }] : [];
    }
    case 'codeBlock': {
      const spans = textSpans(node.toArray()).map((span): TextSpan => ({ ...span, code: true }));
      return spans.length > 0 ? [{ kind: 'paragraph', spans }] : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.getAttribute('start'));
      return [
        {
          kind: 'list',
          ordered: node.nodeName === 'orderedList',
          start: Number.isInteger(start) && start >= 0 ? start : 1,
          items: elements(node).map((item) => readReportBlocks(item)),
        },
      ];
    }
    case 'blockquote':
      return [{ kind: 'quote', blocks: readReportBlocks(node) }];
    case 'table':
      return [table(node)];
    case 'horizontalRule':
      return [];
    default: {
      // A node from an extension added after this reader: keep its text rather than lose it.
      const holdsBlocks = elements(node).some((child) => !INLINE.has(child.nodeName));
      if (holdsBlocks) return readReportBlocks(node);
      const spans = textSpans(node.toArray());
      return spans.length > 0 ? [{ kind: 'paragraph', spans }] : [];
    }
  }
}

/**
 * The blocks of a rich-text fragment (the report, or any node holding blocks) in document order.
 * Empty paragraphs and headings are left out: Tiptap keeps one at the end of every document.
 */
export function readReportBlocks(fragment: Y.XmlFragment | Y.XmlElement): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement) blocks.push(...block(child));
    else if (child instanceof Y.XmlText) {
      const spans = textSpans([child]);
      if (spans.length > 0) blocks.push({ kind: 'paragraph', spans });
    }
  }
  return blocks;
}
