import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CommentAnchor, CommentMessage, CommentThread } from '../../shared/comments.js';
import type { Role } from '../../shared/roles.js';
import type { Database } from './database.js';
import { commentMessages, commentThreads } from './schema.js';

export interface NewMessage {
  authorName: string;
  authorRole: Role;
  body: string;
}

export interface CommentRepository {
  list(workshopId: string): Promise<CommentThread[]>;
  createThread(workshopId: string, anchor: CommentAnchor, first: NewMessage): Promise<CommentThread>;
  /** null when the thread is not in this workshop. */
  reply(workshopId: string, threadId: string, message: NewMessage): Promise<CommentMessage | null>;
  setResolved(
    workshopId: string,
    threadId: string,
    resolved: boolean,
    by: string,
  ): Promise<CommentThread | null>;
}

type ThreadRow = typeof commentThreads.$inferSelect;
type MessageRow = typeof commentMessages.$inferSelect;

const toMessage = (row: MessageRow): CommentMessage => ({
  id: row.id,
  authorName: row.authorName,
  authorRole: row.authorRole,
  body: row.body,
  createdAt: row.createdAt.toISOString(),
});

const toThread = (row: ThreadRow, messages: CommentMessage[]): CommentThread => ({
  id: row.id,
  anchor: row.anchor,
  resolved: row.resolved,
  statusChangedBy: row.statusChangedBy,
  statusChangedAt: row.statusChangedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  messages,
});

export function createCommentRepository(db: Database): CommentRepository {
  async function withMessages(rows: ThreadRow[]): Promise<CommentThread[]> {
    if (rows.length === 0) return [];
    const messages = await db
      .select()
      .from(commentMessages)
      .where(
        inArray(
          commentMessages.threadId,
          rows.map((row) => row.id),
        ),
      )
      .orderBy(asc(commentMessages.createdAt), asc(commentMessages.id));
    return rows.map((row) =>
      toThread(row, messages.filter((message) => message.threadId === row.id).map(toMessage)),
    );
  }

  return {
    async list(workshopId) {
      const rows = await db
        .select()
        .from(commentThreads)
        .where(eq(commentThreads.workshopId, workshopId))
        .orderBy(asc(commentThreads.createdAt), asc(commentThreads.id));
      return withMessages(rows);
    },

    createThread(workshopId, anchor, first) {
      return db.transaction(async (tx) => {
        const [thread] = await tx
          .insert(commentThreads)
          .values({ id: crypto.randomUUID(), workshopId, anchor })
          .returning();
        const [message] = await tx
          .insert(commentMessages)
          .values({ id: crypto.randomUUID(), threadId: thread!.id, ...first })
          .returning();
        return toThread(thread!, [toMessage(message!)]);
      });
    },

    async reply(workshopId, threadId, message) {
      const [thread] = await db
        .select({ id: commentThreads.id })
        .from(commentThreads)
        .where(and(eq(commentThreads.workshopId, workshopId), eq(commentThreads.id, threadId)));
      if (!thread) return null;
      const [row] = await db
        .insert(commentMessages)
        .values({ id: crypto.randomUUID(), threadId, ...message })
        .returning();
      return toMessage(row!);
    },

    async setResolved(workshopId, threadId, resolved, by) {
      const [row] = await db
        .update(commentThreads)
        .set({ resolved, statusChangedBy: by, statusChangedAt: new Date() })
        .where(and(eq(commentThreads.workshopId, workshopId), eq(commentThreads.id, threadId)))
        .returning();
      if (!row) return null;
      const [thread] = await withMessages([row]);
      return thread!;
    },
  };
}
