import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { z } from 'zod';
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
/** Open sockets per invite id, as one instance counts them for one workshop. */
export type SocketCounts = Record<string, number>;

export interface RoomFanout {
  join(roomId: string, handlers: RoomChannelHandlers): Promise<RoomChannel>;
  /**
   * Every other instance's open sockets on a workshop, per invite (empty without Redis). Instances
   * that do not answer within a short wait are left out rather than holding the request up.
   */
  countSocketsElsewhere(workshopId: string): Promise<SocketCounts[]>;
  /** How this instance answers the others' countSocketsElsewhere. */
  answerSocketCounts(count: (workshopId: string) => Promise<SocketCounts>): void;
  /** Tells the instances holding a room something without joining it (and resolves once sent). */
  announce(roomId: string, type: FanoutMessage, payload: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export const localOnlyFanout: RoomFanout = {
  join: async () => ({ publish: () => undefined, leave: async () => undefined }),
  announce: async () => undefined,
  countSocketsElsewhere: async () => [],
  answerSocketCounts: () => undefined,
  close: async () => undefined,
};

const channelOf = (roomId: string) => `workshop-room:${roomId}`;
/** Questions every instance hears, and each instance's own channel for the answers to its questions. */
const QUESTIONS = 'workshop-instances:questions';
const answersTo = (instanceId: string) => `workshop-instances:answers:${instanceId}`;
const ANSWER_WAIT_MS = 300;

const Question = z.object({ id: z.string(), from: z.string(), workshopId: z.string() });
const Answer = z.object({ id: z.string(), counts: z.record(z.string(), z.number()) });

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
  let countLocal: (workshopId: string) => Promise<SocketCounts> = async () => ({});
  const waiting = new Map<string, (counts: SocketCounts) => void>();
  await subscriber.subscribe(QUESTIONS, answersTo(instanceId));

  subscriber.on('message', (channel: string, text: string) => {
    try {
      if (channel === QUESTIONS) {
        const question = Question.parse(JSON.parse(text));
        if (question.from === instanceId) return;
        countLocal(question.workshopId)
          .then((counts) =>
            publisher.publish(answersTo(question.from), JSON.stringify({ id: question.id, counts })),
          )
          .catch(() => undefined);
      } else if (channel === answersTo(instanceId)) {
        const answer = Answer.parse(JSON.parse(text));
        waiting.get(answer.id)?.(answer.counts);
      }
    } catch (error) {
      logger.warn({ err: loggableError(error), channel }, 'dropping a malformed question or answer');
    }
  });

  subscriber.on('messageBuffer', (channel: Buffer, frame: Buffer) => {
    if (!channel.toString().startsWith(channelOf(''))) return;
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
    async countSocketsElsewhere(workshopId) {
      const id = randomUUID();
      const answers: SocketCounts[] = [];
      const everyone = new Promise<void>((resolve) => {
        let expected = Number.POSITIVE_INFINITY;
        const timer = setTimeout(resolve, ANSWER_WAIT_MS);
        const settle = () => {
          if (answers.length < expected) return;
          clearTimeout(timer);
          resolve();
        };
        waiting.set(id, (counts) => {
          answers.push(counts);
          settle();
        });
        // PUBLISH answers with how many subscribers received it: every instance, this one included.
        publisher
          .publish(QUESTIONS, JSON.stringify({ id, from: instanceId, workshopId }))
          .then((receivers) => {
            expected = receivers - 1;
            settle();
          })
          .catch(() => resolve());
      });
      await everyone;
      waiting.delete(id);
      return answers;
    },
    answerSocketCounts(count) {
      countLocal = count;
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
