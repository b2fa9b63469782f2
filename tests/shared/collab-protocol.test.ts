import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  MalformedMessageError,
  MessageType,
  decodeCollabMessage,
  encodeAwareness,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../../shared/collab-protocol.js';

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}

describe('collab protocol', () => {
  it('round-trips sync step 1 as the state vector', () => {
    const doc = docWith('hello');
    const message = decodeCollabMessage(encodeSyncStep1(doc));
    expect(message).toEqual({ type: 'sync-step-1', stateVector: Y.encodeStateVector(doc) });
  });

  it('answers a state vector with exactly the missing part (sync step 2)', () => {
    const server = docWith('hello');
    const client = new Y.Doc();
    const message = decodeCollabMessage(encodeSyncStep2(server, Y.encodeStateVector(client)));
    expect(message.type).toBe('sync-step-2');
    if (message.type !== 'sync-step-2') return;
    Y.applyUpdate(client, message.update);
    expect(client.getText('t').toString()).toBe('hello');
  });

  it('round-trips updates, awareness and query-awareness', () => {
    const update = Y.encodeStateAsUpdate(docWith('x'));
    expect(decodeCollabMessage(encodeUpdate(update))).toEqual({ type: 'update', update });

    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalStateField('user', { name: 'Somchai' });
    const decoded = decodeCollabMessage(encodeAwareness(awareness, [doc.clientID]));
    expect(decoded.type).toBe('awareness');
    if (decoded.type !== 'awareness') return;
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(other, decoded.update, null);
    expect(other.getStates().get(doc.clientID)).toEqual({ user: { name: 'Somchai' } });
    awareness.destroy();
    other.destroy();

    expect(decodeCollabMessage(encodeQueryAwareness())).toEqual({ type: 'query-awareness' });
  });

  it('uses the y-websocket message numbers', () => {
    const decoder = decoding.createDecoder(encodeQueryAwareness());
    expect(decoding.readVarUint(decoder)).toBe(MessageType.queryAwareness);
    expect(MessageType).toEqual({ sync: 0, awareness: 1, auth: 2, queryAwareness: 3 });
  });

  it.each([
    ['an empty frame', new Uint8Array([])],
    ['an unknown message type', new Uint8Array([9])],
    ['an unknown sync step', new Uint8Array([0, 7, 0])],
    ['a truncated update', encodeUpdate(Y.encodeStateAsUpdate(docWith('truncated'))).slice(0, 6)],
    ['trailing bytes', new Uint8Array([...encodeQueryAwareness(), 1])],
  ])('rejects %s', (_name, frame) => {
    expect(() => decodeCollabMessage(frame)).toThrow(MalformedMessageError);
  });

  it('frames a sync message as type, step, length-prefixed payload', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array([0, 0]));
    expect(decodeCollabMessage(encoding.toUint8Array(encoder))).toEqual({
      type: 'update',
      update: new Uint8Array([0, 0]),
    });
  });
});
