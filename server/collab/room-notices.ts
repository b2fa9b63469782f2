import type * as Y from 'yjs';
import { metaMap } from '../../shared/workshop-document/index.js';
import { noticeKey, type NoticeTopic } from '../../shared/live-notices.js';
import { loggableError, type Logger } from '../logger.js';
import { SERVER_ORIGIN } from './room.js';
import type { RoomRegistry } from './room-registry.js';

export type RoomNotifier = (workshopId: string, topic: NoticeTopic) => Promise<void>;

/**
 * Tells the clients in a workshop's room to refetch a topic, through the room's usual fan-out. A
 * single instance with the room unloaded has nobody to tell; with several instances, the clients may
 * be on another one, so the room is opened here just long enough to send the notice through it.
 * Never fails: it runs after the change is committed, and a page that missed a notice refetches on
 * its next reconnect, whereas failing the request would make the person retry what already worked.
 */
export function createRoomNotifier(
  registry: RoomRegistry,
  { sharedAcrossInstances, logger }: { sharedAcrossInstances: boolean; logger: Logger },
): RoomNotifier {
  const bump = (doc: Y.Doc, topic: NoticeTopic) =>
    doc.transact(() => metaMap(doc).set(noticeKey(topic), Date.now()), SERVER_ORIGIN);
  async function notify(workshopId: string, topic: NoticeTopic): Promise<void> {
    const loaded = await registry.peek(workshopId);
    if (loaded) {
      bump(loaded.doc, topic);
      return;
    }
    if (sharedAcrossInstances) await registry.editAsServer(workshopId, (doc) => bump(doc, topic));
  }
  return (workshopId, topic) =>
    notify(workshopId, topic).catch((error: unknown) =>
      logger.warn({ err: loggableError(error), workshopId, topic }, 'could not notify the room'),
    );
}
