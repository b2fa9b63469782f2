import { metaMap } from '../../shared/workshop-document/index.js';
import { noticeKey, type NoticeTopic } from '../../shared/live-notices.js';
import type { RoomRegistry } from './room-registry.js';

/** Transaction origin of server-made changes (restores, priorities, notices). */
export const SERVER_ORIGIN = Symbol('server');

export type RoomNotifier = (workshopId: string, topic: NoticeTopic) => Promise<void>;

/**
 * Tells the clients in a workshop's room (on every instance, through the room's usual fan-out) to
 * refetch a topic. A room that is not loaded has nobody to tell.
 */
export function createRoomNotifier(registry: RoomRegistry): RoomNotifier {
  return async (workshopId, topic) => {
    const room = await registry.peek(workshopId);
    room?.doc.transact(() => metaMap(room.doc).set(noticeKey(topic), Date.now()), SERVER_ORIGIN);
  };
}
