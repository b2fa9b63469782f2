/**
 * Things kept outside the Yjs document (versions, votes, comments, the workshop's own state such as
 * being archived) are announced through it: the server bumps `meta.<topic>ChangedAt` and every connected client refetches that topic. A client
 * forging a bump only makes others refetch; the data itself comes from the server.
 */
export const NOTICE_TOPICS = ['versions', 'votes', 'comments', 'workshop', 'amendments'] as const;
export type NoticeTopic = (typeof NOTICE_TOPICS)[number];

export function noticeKey(topic: NoticeTopic): string {
  return `${topic}ChangedAt`;
}
