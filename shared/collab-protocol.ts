import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/**
 * The y-websocket wire protocol: every frame is a varuint message type followed by its payload.
 * The browser uses the stock `y-websocket` provider, which speaks exactly this; the server and the
 * tests use these helpers so the constants and framing live in one place.
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

export const SyncStep = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

export type CollabMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'auth'; payload: Uint8Array };

export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

/** Decodes one frame; throws MalformedMessageError for anything that is not a complete, known message. */
export function decodeCollabMessage(frame: Uint8Array): CollabMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after message');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError('truncated or malformed message');
  }
}

function readMessage(decoder: decoding.Decoder): CollabMessage {
  const messageType = decoding.readVarUint(decoder);
  switch (messageType) {
    case MessageType.sync: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SyncStep.step1) return { type: 'sync-step-1', stateVector: payload };
      if (step === SyncStep.step2) return { type: 'sync-step-2', update: payload };
      if (step === SyncStep.update) return { type: 'update', update: payload };
      throw new MalformedMessageError(`unknown sync step ${step}`);
    }
    case MessageType.awareness:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { type: 'query-awareness' };
    case MessageType.auth:
      return { type: 'auth', payload: decoding.readTailAsUint8Array(decoder) };
    default:
      throw new MalformedMessageError(`unknown message type ${messageType}`);
  }
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** The reply to a peer's step 1: everything `doc` has that the peer's state vector lacks. */
export function encodeSyncStep2(doc: Y.Doc, peerStateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep2(encoder, doc, peerStateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clientIds: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clientIds));
  return encoding.toUint8Array(encoder);
}

export function encodeQueryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.queryAwareness);
  return encoding.toUint8Array(encoder);
}
