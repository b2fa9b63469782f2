import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { loggableError, type Logger } from '../logger.js';

/** What one server instance tells the others about a room. */
export const FanoutMessage = {
  /** A Yjs update that instance accepted. */
  update: 0,
  /** An encoded awareness update. */
  awareness: 1,
  /** "I just loaded this room; here is my state vector": others answer with what it lacks. */
  syncRequest: 2,
  /** A RoomControl (room-control.ts): revoke an invite's sockets, delete the room, archive it. */
  control: 3,
} as const;
export type FanoutMessage = (typeof FanoutMessage)[keyof typeof FanoutMessage];

export interface RoomChannelHandlers {
  onMessage(type: FanoutMessage, payload: Uint8Array): void;
}

export interface RoomChannel {
  publish(type: FanoutMessage, payload: Uint8Array): void;
  leave(): Promise<void>;
}

/**
 * Cross-instance fan-out of rooms. Without REDIS_URL it is a no-op and a single instance serves each
 * room; with it, every instance holding a room subscribes to that room's channel, so clients on
 * different instances co-edit live. The store stays the source of truth: this carries only live traffic.
 */
export interface RoomFanout {
  join(roomId: string, handlers: RoomChannelHandlers): Promise<RoomChannel>;
  /** Tells the instances holding a room something without joining it (and resolves once sent). */
  announce(roomId: string, type: FanoutMessage, payload: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export const localOnlyFanout: RoomFanout = {
  join: async () => ({ publish: () => undefined, leave: async () => undefined }),
  announce: async () => undefined,
  close: async () => undefined,
};

const channelOf = (roomId: string) => `workshop-room:${roomId}`;

function encodeFrame(instanceId: string, type: FanoutMessage, payload: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, instanceId);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return Buffer.from(encoding.toUint8Array(encoder));
}

function decodeFrame(frame: Buffer): { instanceId: string; type: number; payload: Uint8Array } {
  const decoder = decoding.createDecoder(new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength));
  return {
    instanceId: decoding.readVarString(decoder),
    type: decoding.readVarUint(decoder),
    payload: decoding.readVarUint8Array(decoder),
  };
}

/** Redis pub/sub: one connection publishes, one subscribes; an instance ignores its own messages. */
export async function createRedisFanout(url: string, logger: Logger): Promise<RoomFanout> {
  const instanceId = randomUUID();
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  for (const connection of [publisher, subscriber]) {
    connection.on('error', (error: unknown) =>
      logger.warn({ err: loggableError(error) }, 'redis connection error'),
    );
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const rooms = new Map<string, RoomChannelHandlers>();

  subscriber.on('messageBuffer', (channel: Buffer, frame: Buffer) => {
    const roomId = channel.toString().slice(channelOf('').length);
    const handlers = rooms.get(roomId);
    if (!handlers) return;
    try {
      const message = decodeFrame(frame);
      if (message.instanceId === instanceId) return;
      if (message.type > FanoutMessage.control) return;
      handlers.onMessage(message.type as FanoutMessage, message.payload);
    } catch (error) {
      logger.warn({ err: loggableError(error), roomId }, 'dropping a malformed fan-out message');
    }
  });

  return {
    async join(roomId, handlers) {
      rooms.set(roomId, handlers);
      await subscriber.subscribe(channelOf(roomId));
      return {
        publish(type, payload) {
          publisher
            .publish(channelOf(roomId), encodeFrame(instanceId, type, payload))
            .catch((error: unknown) => {
              logger.warn({ err: loggableError(error), roomId }, 'publishing to other instances failed');
            });
        },
        async leave() {
          if (rooms.get(roomId) !== handlers) return;
          rooms.delete(roomId);
          await subscriber.unsubscribe(channelOf(roomId)).catch(() => undefined);
        },
      };
    },
    async announce(roomId, type, payload) {
      await publisher.publish(channelOf(roomId), encodeFrame(instanceId, type, payload));
    },
    async close() {
      rooms.clear();
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
