import {
  REPORT_ANCHOR,
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

export interface Commenter {
  name: string;
  role: Role;
}

/** Comment threads: stored by the server, announced to the room so every open page shows them at once. */
export function createCommentService(deps: {
  comments: CommentRepository;
  readLive: LiveDocumentReader;
  notify: RoomNotifier;
}) {
  const { comments, readLive, notify } = deps;
  return {
    list: (workshopId: string): Promise<CommentThread[]> => comments.list(workshopId),

    async open(workshopId: string, request: CreateThreadRequest, by: Commenter): Promise<CommentThread> {
      const { anchor } = request;
      const problem = await readLive(workshopId, (doc) => {
        if (anchor.collection === 'report') {
          return anchor.itemId === REPORT_ANCHOR.itemId &&
            (anchor.field ?? REPORT_ANCHOR.field) === REPORT_ANCHOR.field
            ? null
            : 'a comment on the report has itemId and field "report"';
        }
        const item = findItem(doc, anchor.collection, anchor.itemId);
        if (!item) return 'the item commented on does not exist (it may have just been deleted)';
        if (anchor.field && item.get(anchor.field) === undefined)
          return `the item has no field ${anchor.field}`;
        return null;
      });
      if (problem) throw new Refusal('invalid', problem);
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
