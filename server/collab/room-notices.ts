import type * as Y from 'yjs';
import { metaMap } from '../../shared/workshop-document/index.js';
import { noticeKey, type NoticeTopic } from '../../shared/live-notices.js';
import type { RoomRegistry } from './room-registry.js';

/** Transaction origin of server-made changes (restores, priorities, notices). */
export const SERVER_ORIGIN = Symbol('server');

export type RoomNotifier = (workshopId: string, topic: NoticeTopic) => Promise<void>;

/**
 * Tells the clients in a workshop's room to refetch a topic, through the room's usual fan-out. A
 * single instance with the room unloaded has nobody to tell; with several instances, the clients may
 * be on another one, so the room is opened here just long enough to send the notice through it.
 */
export function createRoomNotifier(
  registry: RoomRegistry,
  { sharedAcrossInstances }: { sharedAcrossInstances: boolean },
): RoomNotifier {
  return async (workshopId, topic) => {
    const bump = (doc: Y.Doc) =>
      doc.transact(() => metaMap(doc).set(noticeKey(topic), Date.now()), SERVER_ORIGIN);
    const loaded = await registry.peek(workshopId);
    if (loaded) {
      bump(loaded.doc);
      return;
    }
    if (!sharedAcrossInstances) return;
    const room = await registry.reserve(workshopId);
    try {
      bump(room.doc);
      await room.flush();
    } finally {
      room.release();
    }
  };
}
