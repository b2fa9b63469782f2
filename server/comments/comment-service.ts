import * as Y from 'yjs';
import { z } from 'zod';
import {
  commentedField,
  REPORT_ANCHOR,
  resolveRange,
  type CommentAnchor,
  type CommentMessage,
  type CommentThread,
  type CreateThreadRequest,
} from '../../shared/comments.js';
import type { Role } from '../../shared/roles.js';
import { findItem } from '../../shared/workshop-document/index.js';
import type { RoomNotifier } from '../collab/room-notices.js';
import type { LiveDocumentReader } from '../content/workshop-content.js';
import type { CommentRepository } from '../store/comment-repository.js';
import { Refusal } from '../refusal.js';

/**
 * The anchor as stored: its item and text field exist, its range (if any) lies in that field now, and
 * its quote is what the range says in the document, not what the client claimed.
 */
function checkedAnchor(doc: Y.Doc, anchor: CommentAnchor): CommentAnchor {
  if (anchor.collection === 'amendment') {
    // Whether the amendment exists is checked against the store before (see `open`).
    if (anchor.field || anchor.start)
      throw new Refusal('invalid', 'a comment on an amendment has no field or range');
    return anchor;
  }
  if (anchor.collection === 'report') {
    if (
      anchor.itemId !== REPORT_ANCHOR.itemId ||
      (anchor.field ?? REPORT_ANCHOR.field) !== REPORT_ANCHOR.field
    )
      throw new Refusal('invalid', 'a comment on the report has itemId and field "report"');
  } else if (!findItem(doc, anchor.collection, anchor.itemId)) {
    throw new Refusal('invalid', 'the item commented on does not exist (it may have just been deleted)');
  }
  if (anchor.field) {
    const field = commentedField(doc, anchor);
    if (!(field instanceof Y.Text) && !(field instanceof Y.XmlFragment))
      throw new Refusal('invalid', `the item has no text field ${anchor.field}`);
  }
  if (!anchor.start) {
    const { quote: _ignored, ...whole } = anchor;
    return whole;
  }
  const range = resolveRange(doc, anchor);
  if (!range)
    throw new Refusal(
      'conflict',
      'the selected words are not in that field: they were just deleted, or have not reached the server yet (try again)',
    );
  return { ...anchor, quote: range.text.slice(0, 500) };
}

export interface Commenter {
  name: string;
  role: Role;
}

/** Comment threads: stored by the server, announced to the room so every open page shows them at once. */
export function createCommentService(deps: {
  comments: CommentRepository;
  readLive: LiveDocumentReader;
  notify: RoomNotifier;
  /** Whether an amendment of the workshop exists, for comments on amendments. */
  amendmentExists: (workshopId: string, amendmentId: string) => Promise<boolean>;
}) {
  const { comments, readLive, notify, amendmentExists } = deps;
  return {
    list: (workshopId: string): Promise<CommentThread[]> => comments.list(workshopId),

    async open(workshopId: string, request: CreateThreadRequest, by: Commenter): Promise<CommentThread> {
      if (
        request.anchor.collection === 'amendment' &&
        !(
          z.uuid().safeParse(request.anchor.itemId).success &&
          (await amendmentExists(workshopId, request.anchor.itemId))
        )
      )
        throw new Refusal('invalid', 'the amendment commented on does not exist');
      const anchor = await readLive(workshopId, (doc) => checkedAnchor(doc, request.anchor));
      const thread = await comments.createThread(workshopId, anchor, {
        authorName: by.name,
        authorRole: by.role,
        body: request.body,
      });
      await notify(workshopId, 'comments');
      return thread;
    },

    async reply(workshopId: string, threadId: string, body: string, by: Commenter): Promise<CommentMessage> {
      const message = await comments.reply(workshopId, threadId, {
        authorName: by.name,
        authorRole: by.role,
        body,
      });
      if (!message) throw new Refusal('not-found', 'no such comment thread');
      await notify(workshopId, 'comments');
      return message;
    },

    async setResolved(workshopId: string, threadId: string, resolved: boolean, by: Commenter) {
      const thread = await comments.setResolved(workshopId, threadId, resolved, by.name);
      if (!thread) throw new Refusal('not-found', 'no such comment thread');
      await notify(workshopId, 'comments');
      return thread;
    },
  };
}

export type CommentService = ReturnType<typeof createCommentService>;
