import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CloseCode } from '../../shared/close-codes.js';
import {
  MalformedMessageError,
  decodeCollabMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
} from '../../shared/collab-protocol.js';
import type { InviteGrant } from '../../shared/people.js';
import type { Role } from '../../shared/roles.js';
import { canEditDocument } from '../../shared/roles.js';
import type { Logger } from '../logger.js';
import type { Room } from './room.js';

export interface ConnectionLimits {
  /** Sustained frames per second the peer may send (bursts up to twice that). */
  maxMessagesPerSecond: number;
  /** Bytes queued for a peer that is not reading, past which it is dropped rather than buffered for. */
  maxBufferedBytes: number;
}

/**
 * One websocket in one room. It turns frames into document and awareness changes, with itself as the
 * transaction origin, so the room knows which socket each change (and each presence) came from.
 */
export class Connection {
  private readonly roleCanEdit: boolean;
  private alive = true;
  /** Token bucket for the frame-rate limit: refills at maxMessagesPerSecond, holds two seconds' worth. */
  private tokens: number;
  private refilledAt = performance.now();
  private closed = false;
  private readonly listeners: Array<() => void> = [];

  /** `transport` is the TCP socket under `socket`, which the room's broadcasts are written to. */
  constructor(
    readonly socket: WebSocket,
    private readonly transport: Duplex,
    readonly room: Room,
    readonly grant: InviteGrant,
    private readonly logger: Logger,
    private readonly limits: ConnectionLimits,
  ) {
    this.tokens = limits.maxMessagesPerSecond * 2;
    this.roleCanEdit = canEditDocument(grant.role);
    this.listen('message', (data: Buffer, isBinary: boolean) => this.receive(data, isBinary));
    this.listen('pong', () => {
      this.alive = true;
    });
    this.listen('close', () => this.destroy());
    // ws emits 'error' for protocol violations (bad opcode, oversize frame) and then closes.
    this.listen('error', (error: Error) => this.logger.debug({ err: error }, 'websocket error'));
  }

  get role(): Role {
    return this.grant.role;
  }

  /** Whether this socket's updates are applied: its role edits and the workshop is not archived. */
  get canEdit(): boolean {
    return this.roleCanEdit && !this.room.archived;
  }

  /** Greets the peer the way a y-websocket server does: our state vector, then who is present. */
  start(): void {
    this.send(encodeSyncStep1(this.room.doc));
    const present = Array.from(this.room.awareness.getStates().keys());
    if (present.length > 0) this.send(encodeAwareness(this.room.awareness, present));
  }

  /** Asks the peer again for whatever the server lacks: it answers with a sync step 2. */
  resync(): void {
    this.send(encodeSyncStep1(this.room.doc));
  }

  send(message: Uint8Array): void {
    if (this.keepsUp()) this.socket.send(message, this.afterSend);
  }

  /**
   * Sends a message already framed by `binaryFrame`, the same bytes for every socket of a broadcast.
   * Written under `ws`, which is safe because the server never compresses (see websocket-upgrade.ts):
   * `ws` then writes each of its own frames whole and at once, so frames never interleave.
   */
  sendFramed(frame: Buffer): void {
    if (this.keepsUp()) this.transport.write(frame);
  }

  /**
   * Whether the socket is open and its peer is reading. A peer that stopped reading (a laptop asleep
   * on a half-open connection, a stalled network) would otherwise hold every later broadcast in
   * server memory; it is dropped instead, and its client reconnects and catches up through the sync.
   */
  private keepsUp(): boolean {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return false;
    if (this.transport.writableLength <= this.limits.maxBufferedBytes) return true;
    this.logger.debug(
      { workshopId: this.room.id, buffered: this.transport.writableLength },
      'dropping a slow reader',
    );
    this.close(CloseCode.tryAgainLater, 'not reading fast enough; reconnect to catch up');
    return false;
  }

  /** One callback for every send: a broadcast to a full room should not allocate a closure per socket. */
  private readonly afterSend = (error?: Error) => {
    if (error) this.close(CloseCode.serverRestarting, 'send failed');
  };

  /** Called by the room's heartbeat: a peer that did not answer the last ping is gone. */
  heartbeat(): void {
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.socket.close(code, reason);
    this.destroy();
  }

  private receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    const now = performance.now();
    this.tokens = Math.min(
      this.limits.maxMessagesPerSecond * 2,
      this.tokens + ((now - this.refilledAt) / 1000) * this.limits.maxMessagesPerSecond,
    );
    this.refilledAt = now;
    if (this.tokens < 1) {
      this.close(CloseCode.policyViolation, 'too many messages per second');
      return;
    }
    this.tokens -= 1;
    if (!isBinary) {
      this.close(CloseCode.malformedMessage, 'expected binary y-websocket frames');
      return;
    }
    try {
      this.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      const reason = error instanceof MalformedMessageError ? error.message : 'malformed message';
      this.logger.debug({ err: error, workshopId: this.room.id }, 'closing connection after bad frame');
      this.close(CloseCode.malformedMessage, reason.slice(0, 120));
    }
  }

  private handle(frame: Uint8Array): void {
    const message = decodeCollabMessage(frame);
    switch (message.type) {
      case 'sync-step-1':
        this.send(encodeSyncStep2(this.room.doc, message.stateVector));
        return;
      case 'sync-step-2':
      case 'update':
        // Read-only roles and archived workshops: never applied, so never stored nor broadcast.
        if (this.canEdit) this.room.applyUpdate(message.update, this);
        return;
      case 'awareness':
        this.room.applyAwareness(message.update, this);
        return;
      case 'query-awareness': {
        const present = Array.from(this.room.awareness.getStates().keys());
        this.send(encodeAwareness(this.room.awareness, present));
        return;
      }
      case 'auth':
        // Authentication happens on upgrade; y-websocket clients never send this.
        return;
    }
  }

  private listen<A extends unknown[]>(event: string, handler: (...args: A) => void): void {
    const listener = handler as (...args: unknown[]) => void;
    this.socket.on(event, listener);
    this.listeners.push(() => this.socket.off(event, listener));
  }

  private destroy(): void {
    if (this.closed) return;
    this.closed = true;
    for (const remove of this.listeners.splice(0)) remove();
    // Keep a no-op error listener: a late socket error with none would crash the process.
    this.socket.on('error', () => undefined);
    this.room.removeConnection(this);
  }
}
