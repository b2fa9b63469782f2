import * as Y from 'yjs';
import { wordDiff } from '../word-diff.js';
import { paragraphs } from './field-kinds.js';

/**
 * A text field read as one string, with a way back from each character to where it is stored: the
 * field's Y.Text, or, for rich text and the report, the Y.XmlText of the block it is in. This is what
 * lets the server apply a change as the few words it replaces, in place, so that whatever others type
 * elsewhere in the same field at the same time merges with it instead of being overwritten.
 *
 * A rich fragment reads as `plainText` gives it (one line per block, empty blocks left out). The line
 * breaks between blocks stand for the block structure, not for characters: a change may not add or
 * remove them (except to fill an empty field).
 */
export interface TextSurface {
  readonly text: string;
  /** Where a relative position is in `text` now; null when it is not in this field (or its text is gone). */
  offsetOf(position: Y.RelativePosition): number | null;
  /**
   * A relative position of `offset` that sticks to the character after it (`assoc` 0) or before it
   * (-1); null when that character is a line break between blocks, or there is none.
   */
  positionAt(offset: number, assoc: 0 | -1): Y.RelativePosition | null;
  /** Why `replace(from, to, next)` cannot be done, or null when it can. */
  refusal(from: number, to: number, next: string): string | null;
  /** Turns `text.slice(from, to)` into `next` by deleting and inserting only the words that differ. */
  replace(from: number, to: number, next: string): void;
}

/** A run of `text` stored in `node` from `index` on; `node` null for a line break between blocks. */
interface Segment {
  node: Y.Text | null;
  index: number;
  from: number;
  length: number;
}

interface Layout {
  segments: Segment[];
  text: string;
}

const INLINE = new Set(['hardBreak', 'text']);

/** Appends a Y.Text's characters (embeds skipped: they take one index each, and no character). */
function addText(node: Y.Text, layout: Layout): void {
  let index = 0;
  for (const op of node.toDelta() as Array<{ insert?: unknown }>) {
    if (typeof op.insert === 'string') {
      layout.segments.push({ node, index, from: layout.text.length, length: op.insert.length });
      layout.text += op.insert;
      index += op.insert.length;
    } else index += 1;
  }
}

/** A rich fragment's layout, block breaks placed exactly as `plainText` places them. */
function fragmentLayout(fragment: Y.XmlFragment): Layout {
  const layout: Layout = { segments: [], text: '' };
  let lineStart = 0;
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) addText(child, layout);
      else if (child instanceof Y.XmlElement) {
        walk(child);
        if (!INLINE.has(child.nodeName) && layout.text.length > lineStart) {
          layout.segments.push({ node: null, index: 0, from: layout.text.length, length: 1 });
          layout.text += '\n';
          lineStart = layout.text.length;
        }
      }
    }
  };
  walk(fragment);
  if (layout.segments.at(-1)?.node === null) {
    layout.segments.pop();
    layout.text = layout.text.slice(0, -1);
  }
  return layout;
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const isBreak = (s: Segment) => s.node === null;

function surfaceOf(
  doc: Y.Doc,
  { segments, text }: Layout,
  multiline: boolean,
  fill: (next: string) => void,
): TextSurface {
  const containing = (offset: number) =>
    segments.find((s) => s.node && s.from <= offset && offset < s.from + s.length);
  // Text inserted at a word's end goes into that word's node, so it takes its formatting.
  const insertionPoint = (offset: number) =>
    segments.find((s) => s.node && s.from < offset && offset <= s.from + s.length) ??
    segments.find((s) => s.node && s.from === offset);

  function edits(from: number, to: number, next: string): Edit[] {
    const out: Edit[] = [];
    let at = from;
    for (const part of wordDiff(text.slice(from, to), next)) {
      if (part.op === 'equal') at += part.text.length;
      else if (part.op === 'delete') {
        out.push({ at, remove: part.text.length, insert: '' });
        at += part.text.length;
      } else out.push({ at, remove: 0, insert: part.text });
    }
    return out;
  }

  function refusal(from: number, to: number, next: string): string | null {
    if (from < 0 || to > text.length || from > to) return 'the range is not in the text';
    if (text === '') return null;
    for (const edit of edits(from, to, next)) {
      if (!multiline && edit.insert.includes('\n'))
        return 'a change to formatted text cannot add paragraphs: propose one change per paragraph';
      if (segments.some((s) => isBreak(s) && s.from >= edit.at && s.from < edit.at + edit.remove))
        return 'a change to formatted text cannot join or remove paragraphs: propose one change per paragraph';
      if (edit.insert && !insertionPoint(edit.at)) return 'there is no text where the new words would go';
    }
    return null;
  }

  return {
    text,
    offsetOf(position) {
      const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
      if (!absolute) return null;
      const segment = segments.find(
        (s) => s.node === absolute.type && s.index <= absolute.index && absolute.index <= s.index + s.length,
      );
      return segment ? segment.from + absolute.index - segment.index : null;
    },
    positionAt(offset, assoc) {
      const segment = containing(assoc === 0 ? offset : offset - 1);
      if (!segment?.node) return null;
      return Y.createRelativePositionFromTypeIndex(
        segment.node,
        segment.index + offset - segment.from,
        assoc,
      );
    },
    refusal,
    replace(from, to, next) {
      const problem = refusal(from, to, next);
      if (problem) throw new Error(problem);
      if (text === '') {
        if (next) fill(next);
        return;
      }
      // Last first: an edit never moves the offsets of those before it.
      for (const edit of edits(from, to, next).reverse()) {
        if (edit.insert) {
          const segment = insertionPoint(edit.at)!;
          segment.node!.insert(segment.index + edit.at - segment.from, edit.insert);
        }
        if (edit.remove > 0) {
          const end = edit.at + edit.remove;
          const pieces = segments.filter((s) => s.node && s.from < end && edit.at < s.from + s.length);
          for (const s of pieces.reverse()) {
            const start = Math.max(edit.at, s.from);
            s.node!.delete(s.index + start - s.from, Math.min(end, s.from + s.length) - start);
          }
        }
      }
    },
  };
}

/** The surface of a plain text field (Y.Text): any change may be made, line breaks included. */
export function plainTextSurface(text: Y.Text): TextSurface {
  const layout: Layout = { segments: [], text: '' };
  addText(text, layout);
  return surfaceOf(text.doc!, layout, true, (next) => text.insert(0, next));
}

/** The surface of a rich text field or of the report (Y.XmlFragment). */
export function richTextSurface(fragment: Y.XmlFragment): TextSurface {
  return surfaceOf(fragment.doc!, fragmentLayout(fragment), false, (next) => {
    // An empty field holds at most empty paragraphs (the editor keeps one): the text replaces them.
    fragment.delete(0, fragment.length);
    fragment.insert(0, paragraphs(next));
  });
}
