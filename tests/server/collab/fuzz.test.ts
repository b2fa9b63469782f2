import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import { CloseCode } from '../../../shared/close-codes.js';
import * as awarenessProtocol from 'y-protocols/awareness';
import {
  decodeCollabMessage,
  encodeSyncStep1,
  encodeUpdate,
  MessageType,
  SyncStep,
} from '../../../shared/collab-protocol.js';
import type { RunningServer } from '../../../server/start-server.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, text, waitFor } from '../../helpers/yjs-clients.js';

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * Whether the frame is bad input. A mangled update can still be a valid update (a changed letter in
 * its text): from an editor that is a legitimate edit, so such frames are not part of the corpus.
 */
function isBad(frame: Uint8Array): boolean {
  if (frame.byteLength > MAX_MESSAGE_BYTES) return true;
  try {
    const message = decodeCollabMessage(frame);
    if (message.type === 'update' || message.type === 'sync-step-2') Y.decodeUpdate(message.update);
    else if (message.type === 'awareness')
      awarenessProtocol.applyAwarenessUpdate(
        new awarenessProtocol.Awareness(new Y.Doc()),
        message.update,
        null,
      );
    else return false;
    return false;
  } catch {
    return true;
  }
}

/** Frames that are wrong in many ways: random bytes, truncated or mangled real messages, oversized ones. */
function badFrames(count: number, next: () => number): Uint8Array[] {
  const source = new Y.Doc();
  source.getText('text').insert(0, 'fuzzing '.repeat(20));
  source.getMap('m').set('k', 'v');
  const real = [
    encodeUpdate(Y.encodeStateAsUpdate(source)),
    encodeSyncStep1(source),
    new Uint8Array([MessageType.awareness, 5, 1, 200, 1, 1, 0]),
  ];
  const frames: Uint8Array[] = [];
  while (frames.length < count) {
    const kind = Math.floor(next() * 4);
    const base = real[Math.floor(next() * real.length)]!;
    if (kind === 0)
      frames.push(Uint8Array.from({ length: 1 + Math.floor(next() * 64) }, () => Math.floor(next() * 256)));
    else if (kind === 1) frames.push(base.slice(0, Math.max(1, Math.floor(next() * base.length))));
    else if (kind === 2) {
      const mangled = base.slice();
      for (let j = 0; j < 3; j++) mangled[Math.floor(next() * mangled.length)] = Math.floor(next() * 256);
      frames.push(mangled);
    } else frames.push(new Uint8Array(MAX_MESSAGE_BYTES + 1 + Math.floor(next() * 1024)));
    if (!isBad(frames.at(-1)!)) frames.pop();
  }
  return frames;
}

describe('bad input on a live room', () => {
  let server: RunningServer;
  let workshop: CreateWorkshopResponse;

  beforeAll(async () => {
    server = await startTestServer({ maxMessageBytes: MAX_MESSAGE_BYTES });
    workshop = await createWorkshop(server.url, { title: 'Fuzz' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('survives 10,000 malformed, truncated and oversized frames without touching the document', async () => {
    const editor = connectClient(server.url, workshop.id, workshop.invites.participant);
    await editor.synced;
    editor.doc.getText('text').insert(0, 'the real content');
    const watcher = connectClient(server.url, workshop.id, workshop.invites.viewer);
    await waitFor(() => text(watcher) === 'the real content', 'watcher in sync');
    const before = text(watcher);

    const frames = badFrames(10_000, random(20261124));
    const url = `${server.url.replace('http', 'ws')}/collab/${workshop.id}?token=${workshop.invites.participant}`;
    const closes = new Map<number, number>();
    let withoutReason = 0;
    // An empty document's sync step 1: the server answers it with a sync step 2.
    const probe = encodeSyncStep1(new Y.Doc());
    /**
     * One admitted socket per frame, so every frame reaches the room; resolves when the socket is gone.
     * The frame is followed by a probe, and the probe's answer by another: once the second answer is
     * back, the server has handled the frame, including what it defers to the end of its turn, and
     * left the socket open, so the test closes it. No timer decides, however loaded the machine is.
     */
    const sendOne = (frame: Uint8Array) =>
      new Promise<void>((resolve) => {
        const socket = new WebSocket(url);
        let answers = 0;
        socket.on('error', () => undefined);
        socket.once('message', () => {
          socket.send(frame);
          socket.send(probe);
        });
        socket.on('message', (data: Buffer) => {
          if (data[0] !== MessageType.sync || data[1] !== SyncStep.step2) return;
          answers += 1;
          if (answers === 1) socket.send(probe);
          else socket.close();
        });
        socket.on('close', (code, reason) => {
          closes.set(code, (closes.get(code) ?? 0) + 1);
          if (code === CloseCode.malformedMessage && reason.length === 0) withoutReason += 1;
          resolve();
        });
      });
    for (let offset = 0; offset < frames.length; offset += 100) {
      await Promise.all(frames.slice(offset, offset + 100).map(sendOne));
    }
    // Most frames are refused (4400 with a reason, 1009 when oversized); the rest happen to decode as
    // harmless messages, and their sockets are closed normally once the probes are answered.
    expect([...closes.values()].reduce((sum, n) => sum + n, 0)).toBe(frames.length);
    expect(closes.get(CloseCode.malformedMessage)).toBeGreaterThan(3_000);
    expect(closes.get(1009)).toBeGreaterThan(1_000);
    expect(withoutReason).toBe(0);
    expect(server.registry.loadedRoomIds).toEqual([workshop.id]);

    // The room still serves, the good clients are unaffected, and nothing was stored from the junk.
    editor.doc.getText('text').insert(0, 'still live: ');
    await waitFor(() => text(watcher) === `still live: ${before}`, 'live after the fuzzing');
    const fresh = connectClient(server.url, workshop.id, workshop.invites.viewer);
    await fresh.synced;
    expect(text(fresh)).toBe(`still live: ${before}`);
    expect(fresh.doc.share.size).toBeLessThanOrEqual(watcher.doc.share.size);
    expect([...fresh.doc.share.keys()].filter((key) => !watcher.doc.share.has(key))).toEqual([]);
    for (const client of [editor, watcher, fresh]) client.destroy();
  }, 120_000);
});
