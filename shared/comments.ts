import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { z } from 'zod';
import { COLLECTION_NAMES, findItem, type CollectionName } from './workshop-document/collections.js';

/**
 * Comment threads on an item (a finding, a recommendation, an action-plan row…) or on a range of one
 * of its text fields. A range is kept as two Yjs relative positions, so it moves with the text as
 * people edit around it, as Google Docs comments do; the quote is what the range said when the thread
 * was opened, shown once the text itself has gone.
 */

export const CommentAnchor = z
  .object({
    collection: z.enum(COLLECTION_NAMES),
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

/** The anchor for characters `from`..`to` of an item's text field. */
export function rangeAnchor(
  collection: CollectionName,
  itemId: string,
  field: string,
  text: Y.Text,
  from: number,
  to: number,
): CommentAnchor {
  // The start sticks to the first character of the range and the end to the last, so text typed
  // just before or just after the range stays outside it.
  const start = Y.createRelativePositionFromTypeIndex(text, from, 0);
  const end = Y.createRelativePositionFromTypeIndex(text, to, -1);
  return {
    collection,
    itemId,
    field,
    start: toBase64(Y.encodeRelativePosition(start)),
    end: toBase64(Y.encodeRelativePosition(end)),
    quote: text.toString().slice(from, to).slice(0, 500),
  };
}

export interface ResolvedRange {
  from: number;
  to: number;
  /** The text the range covers now. */
  text: string;
}

/**
 * Where a range anchor is in the document now; null when its item or field is gone or the text it
 * covered was deleted entirely.
 */
export function resolveRange(doc: Y.Doc, anchor: CommentAnchor): ResolvedRange | null {
  if (!anchor.field || !anchor.start || !anchor.end) return null;
  const text = findItem(doc, anchor.collection, anchor.itemId)?.get(anchor.field);
  if (!(text instanceof Y.Text)) return null;
  const at = (encoded: string) => {
    try {
      return Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(encoded)), doc);
    } catch {
      return null;
    }
  };
  const start = at(anchor.start);
  const end = at(anchor.end);
  if (!start || !end || start.type !== text || end.type !== text) return null;
  if (end.index <= start.index) return null;
  return { from: start.index, to: end.index, text: text.toString().slice(start.index, end.index) };
}
