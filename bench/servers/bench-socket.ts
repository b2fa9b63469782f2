import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { MessageType, SyncStep } from '../../shared/collab-protocol.js';

/**
 * How a server frames the y-websocket protocol. Ours and the reference speak it as is, one document per
 * socket; Hocuspocus multiplexes documents over a socket, so every frame starts with the document name,
 * and a document is only served after an auth message for it.
 */
export type Dialect = 'y-websocket' | 'hocuspocus';

/** One room on one server, as the load generator reaches it. */
export interface Endpoint {
  url: string;
  dialect: Dialect;
  documentName: string;
  token: string;
}

/** Hocuspocus message types beyond the y-websocket ones (`MessageType` in @hocuspocus/server). */
const HocuspocusMessage = { syncReply: 4, authToken: 0 } as const;

/**
 * A load-generator socket speaking raw y-protocol frames: it never builds a Y.Doc of its own unless the
 * caller applies the updates, so the generator's cost per frame stays far below the server's.
 */
export class BenchSocket {
  /** Resolves once the server answered our sync step 1, i.e. the socket is in the room and served. */
  readonly ready: Promise<void>;
  private readonly socket: WebSocket;
  private readonly prefix: Uint8Array;
  private markReady: () => void = () => undefined;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly onUpdate: (update: Uint8Array) => void,
  ) {
    this.prefix = encodePrefix(endpoint);
    this.socket = new WebSocket(endpoint.url, { perMessageDeflate: false });
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.socket.once('error', reject);
      this.socket.once('close', (code, reason) =>
        reject(new Error(`socket closed before sync: ${code} ${reason.toString()}`)),
      );
    });
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('open', () => this.greet());
    this.socket.on('message', (data: Buffer) => this.receive(data));
    // A failure after sync is reported by the figures (missing deliveries), not by a crash.
    this.socket.on('error', () => undefined);
  }

  sendUpdate(update: Uint8Array): void {
    this.socket.send(this.frame(SyncStep.update, update));
  }

  /** Whether the socket still accepts frames (a server may close sockets it finds too fast). */
  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }

  private greet(): void {
    if (this.endpoint.dialect === 'hocuspocus') {
      const encoder = encoding.createEncoder();
      encoding.writeUint8Array(encoder, this.prefix);
      encoding.writeVarUint(encoder, MessageType.auth);
      encoding.writeVarUint(encoder, HocuspocusMessage.authToken);
      encoding.writeVarString(encoder, this.endpoint.token);
      this.socket.send(encoding.toUint8Array(encoder));
    }
    // An empty state vector: "send me everything", answered with sync step 2.
    this.socket.send(this.frame(SyncStep.step1, new Uint8Array([0])));
  }

  private frame(step: number, payload: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeUint8Array(encoder, this.prefix);
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  }

  private receive(data: Buffer): void {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (this.endpoint.dialect === 'hocuspocus') decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.sync && type !== HocuspocusMessage.syncReply) return;
    const step = decoding.readVarUint(decoder);
    if (step === SyncStep.step1) return;
    const update = decoding.readVarUint8Array(decoder);
    this.onUpdate(update);
    if (step === SyncStep.step2) this.markReady();
  }
}

function encodePrefix(endpoint: Endpoint): Uint8Array {
  if (endpoint.dialect === 'y-websocket') return new Uint8Array(0);
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, endpoint.documentName);
  return encoding.toUint8Array(encoder);
}
