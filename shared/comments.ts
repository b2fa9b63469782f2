import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { z } from 'zod';
import { COLLECTION_NAMES, findItem, reportFragment } from './workshop-document/collections.js';

/**
 * Comment threads on an item (a finding, a recommendation, an action-plan row…) or on a range of one
 * of its text fields. A range is kept as two Yjs relative positions, so it moves with the text as
 * people edit around it, as Google Docs comments do; the quote is what the range said when the thread
 * was opened, shown once the text itself has gone.
 */

/**
 * What can be commented on: an item of a section, the report's prose (`itemId` and `field` "report"),
 * or an amendment (`itemId` its id, no field): an amendment's discussion is a comment thread like any
 * other, so it has replies and resolving without a second implementation.
 */
export const COMMENT_TARGETS = [...COLLECTION_NAMES, 'report', 'amendment'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];
export const REPORT_ANCHOR = { collection: 'report', itemId: 'report', field: 'report' } as const;

export const CommentAnchor = z
  .object({
    collection: z.enum(COMMENT_TARGETS),
    itemId: z.string().min(1).max(100),
    /** A text field of the item; with `start` and `end`, the comment is on that range of it. */
    field: z.string().min(1).max(60).optional(),
    start: z.base64().max(200).optional(),
    end: z.base64().max(200).optional(),
    quote: z.string().max(500).optional(),
  })
  .strict()
  .refine((a) => (a.start === undefined) === (a.end === undefined) && (a.start === undefined || a.field), {
    message: 'a range needs field, start and end',
  });
export type CommentAnchor = z.infer<typeof CommentAnchor>;

const CommentBody = z.string().trim().min(1, 'the comment is empty').max(5000);

export const CreateThreadRequest = z.object({ anchor: CommentAnchor, body: CommentBody }).strict();
export type CreateThreadRequest = z.infer<typeof CreateThreadRequest>;

export const ReplyRequest = z.object({ body: CommentBody }).strict();
export type ReplyRequest = z.infer<typeof ReplyRequest>;

export const ThreadStatusRequest = z.object({ resolved: z.boolean() }).strict();
export type ThreadStatusRequest = z.infer<typeof ThreadStatusRequest>;

export interface CommentMessage {
  id: string;
  authorName: string;
  authorRole: string;
  body: string;
  createdAt: string;
}

export interface CommentThread {
  id: string;
  anchor: CommentAnchor;
  resolved: boolean;
  /** Who resolved or reopened it last, and when. */
  statusChangedBy: string | null;
  statusChangedAt: string | null;
  createdAt: string;
  /** The opening comment first, then the replies in order. */
  messages: CommentMessage[];
}

export interface CommentThreadList {
  threads: CommentThread[];
}

/** A range of a text field, in positions that move with the text, and what it said when taken. */
export interface TextRange {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
  quote: string;
}

/** Characters `from`..`to` of a plain text field. */
export function textRange(text: Y.Text, from: number, to: number): TextRange {
  return {
    // The start sticks to the first character of the range and the end to the last, so text typed
    // just before or just after the range stays outside it.
    start: Y.createRelativePositionFromTypeIndex(text, from, 0),
    end: Y.createRelativePositionFromTypeIndex(text, to, -1),
    quote: text.toString().slice(from, to),
  };
}

/**
 * A range of rich text from the positions the editor's binding gives (both stick to the character
 * after them): the end is moved to stick to the last character of the range instead, so text typed
 * right after the range stays outside it, as with `textRange`.
 */
export function richTextRange(
  doc: Y.Doc,
  start: Y.RelativePosition,
  end: Y.RelativePosition,
  quote: string,
): TextRange {
  const at = Y.createAbsolutePositionFromRelativePosition(end, doc);
  const sticky = at && at.index > 0 ? Y.createRelativePositionFromTypeIndex(at.type, at.index, -1) : end;
  return { start, end: sticky, quote };
}

/** The anchor of a comment on `range` of an item's text or rich text `field`. */
export function rangeAnchor(
  collection: CommentTarget,
  itemId: string,
  field: string,
  range: TextRange,
): CommentAnchor {
  return {
    collection,
    itemId,
    field,
    start: toBase64(Y.encodeRelativePosition(range.start)),
    end: toBase64(Y.encodeRelativePosition(range.end)),
    quote: range.quote.slice(0, 500),
  };
}

type AbsolutePosition = NonNullable<ReturnType<typeof Y.createAbsolutePositionFromRelativePosition>>;

function deltaText(text: Y.Text): string {
  return (text.toDelta() as Array<{ insert?: unknown }>)
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/**
 * The text of a rich fragment between two positions inside its text nodes, blocks separated by line
 * breaks; null when the end comes before the start (everything between was deleted).
 */
function richRangeText(
  fragment: Y.XmlFragment,
  start: AbsolutePosition,
  end: AbsolutePosition,
): string | null {
  let collecting = false;
  let done = false;
  let out = '';
  const walk = (node: Y.XmlFragment | Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (done || node instanceof Y.XmlHook) return;
    if (node instanceof Y.XmlText) {
      const text = deltaText(node);
      const from = node === start.type ? start.index : 0;
      if (node === start.type) collecting = true;
      if (node === end.type) {
        if (collecting) out += text.slice(from, end.index);
        done = true;
        return;
      }
      if (collecting) out += text.slice(from);
      return;
    }
    for (const child of node.toArray()) {
      walk(child);
      if (collecting && !done && child instanceof Y.XmlElement) out += '\n';
    }
  };
  walk(fragment);
  return collecting && done ? out : null;
}

/** The Y type an anchor's field is, if it still exists: an item's text or rich text, or the report. */
export function commentedField(doc: Y.Doc, anchor: CommentAnchor): unknown {
  if (anchor.collection === 'report') return reportFragment(doc);
  if (anchor.collection === 'amendment') return undefined;
  const item = findItem(doc, anchor.collection, anchor.itemId);
  return anchor.field ? item?.get(anchor.field) : item;
}

/**
 * What a range anchor covers in the document now; null when its item or field is gone or the text it
 * covered was deleted entirely.
 */
export function resolveRange(doc: Y.Doc, anchor: CommentAnchor): { text: string } | null {
  if (!anchor.field || !anchor.start || !anchor.end) return null;
  const target = commentedField(doc, anchor);
  const at = (encoded: string) => {
    try {
      return Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(encoded)), doc);
    } catch {
      return null;
    }
  };
  const start = at(anchor.start);
  const end = at(anchor.end);
  if (!start || !end) return null;
  if (target instanceof Y.Text) {
    if (start.type !== target || end.type !== target || end.index <= start.index) return null;
    return { text: target.toString().slice(start.index, end.index) };
  }
  if (target instanceof Y.XmlFragment && start.type instanceof Y.XmlText && end.type instanceof Y.XmlText) {
    const text = richRangeText(target, start, end);
    return text ? { text } : null;
  }
  return null;
}
