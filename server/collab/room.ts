import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/close-codes.js';
import { encodeAwareness, encodeUpdate } from '../../shared/collab-protocol.js';
import { FACILITATOR_ROOTS, SCHEMA_VERSION, migrateDocument } from '../../shared/workshop-document/index.js';
import type { Actor, InviteGrant } from '../../shared/people.js';
import { canSteerRoom, ROLE_WORDS } from '../../shared/roles.js';
import { ForbiddenWriteError, touchesRoots, type DecodedUpdate } from './write-guard.js';
import type { ActivitySink } from '../activity/activity-recorder.js';
import { touchedFields, type RootKinds } from '../activity/touched-fields.js';
import { loggableError, type Logger } from '../logger.js';
import type { DocumentRepository } from '../store/document-repository.js';
import { Connection, type ConnectionLimits } from './connection.js';
import { FanoutMessage, type RoomChannel, type RoomFanout } from './room-fanout.js';
import type { UpdateLogBatcher } from './update-log-batcher.js';
import { CONTROL_CLOSE, decodeControl, type RoomControl } from './room-control.js';
import { binaryFrame } from './websocket-frame.js';
import { createUpdateWriter, type UpdateWriter } from './update-writer.js';

/** Origin of changes that arrive from the same room on another server instance. */
export const REMOTE_ORIGIN = Symbol('other-instance');
/** Transaction origin of changes the server makes of its own accord (notices, migrations). */
export const SERVER_ORIGIN = Symbol('server');

/**
 * Transaction origin of a change the server makes because someone asked (a restore, a vote's
 * priorities, an import): the activity log attributes it to them.
 */
export class ServerEdit {
  constructor(readonly actor: Actor) {}
}

export interface RoomDependencies {
  documents: DocumentRepository;
  /** The instance's group commit into the update log, shared by every room. */
  updateLog: UpdateLogBatcher;
  fanout: RoomFanout;
  logger: Logger;
  compactAfterRows: number;
  /** Called whenever the last holder leaves; the registry decides whether to unload. */
  onIdle: (room: Room) => void;
  /** Where who changed what goes; left out, nothing is recorded (benchmarks, unit tests). */
  activity?: ActivitySink;
}

/** The longest presence name recorded as someone's name in the activity log. */
const MAX_PRESENCE_NAME = 100;

/** The `user.name` a presence state gives, if it gives one. */
function presenceName(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const user: unknown = (state as Record<string, unknown>)['user'];
  if (typeof user !== 'object' || user === null) return undefined;
  const name: unknown = (user as Record<string, unknown>)['name'];
  if (typeof name !== 'string') return undefined;
  const trimmed = name.trim().slice(0, MAX_PRESENCE_NAME);
  return trimmed === '' ? undefined : trimmed;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * A presence state (JSON) whose `user.role` is the invite's role, and whose `user.name` is the invited
 * person's on a personal invite; rewritten only when it said otherwise.
 */
function stateWithInvite(state: string, grant: InviteGrant): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(state);
  } catch {
    // Not JSON: the awareness decoder refuses the whole message just after.
    return state;
  }
  if (typeof parsed !== 'object' || parsed === null) return state;
  const user = (parsed as Record<string, unknown>)['user'];
  if (typeof user !== 'object' || user === null) return state;
  const stated = user as Record<string, unknown>;
  const name = grant.kind === 'personal' && grant.name ? grant.name : stated['name'];
  if (stated['role'] === grant.role && stated['name'] === name) return state;
  return JSON.stringify({ ...parsed, user: { ...user, role: grant.role, name } });
}

/**
 * One workshop's live document: the Y.Doc, its awareness, the sockets editing it and the writer that
 * makes every accepted update durable. Peers' updates come in through `applyUpdate` (applied together
 * at the end of the event-loop turn), other instances' through `receiveRemote`; every change leaves
 * through the doc's 'update' event, where persistence and fan-out to this room's sockets hook in.
 * Peers' updates are published to other instances as received (see publishReceived).
 */
export class Room {
  readonly connections = new Set<Connection>();
  /** This room's link to the same room on other server instances (a no-op without Redis). */
  private channel: RoomChannel = { publish: () => undefined, leave: async () => undefined };
  /** Which socket speaks for each awareness client id, so its presence goes when the socket goes. */
  private readonly presenceOwners = new Map<number, Connection>();
  /**
   * The name each socket's presence last stated, kept when the presence goes: the activity log names
   * a role link's person by it, and looking it up must not scan the room on every keystroke. Weak:
   * a socket's last updates may be applied after it has gone, and must still carry its name.
   */
  private readonly presenceNames = new WeakMap<Connection, string>();
  /** Awareness clocks at which this room removed a departed client's presence. */
  private readonly removalClocks = new Map<number, number>();
  /** Peers' updates accepted this turn, not yet applied (applyInbound runs at the end of the turn). */
  private inbound: Array<{ update: Uint8Array; origin: Connection; decoded: DecodedUpdate }> = [];
  private inboundTurn: NodeJS.Immediate | undefined;
  /** Set while a peer's update is applied that may complete content waiting in the document (see below). */
  private completingPending = false;
  private holders = 0;
  private destroyed = false;
  /** The workshop was deleted: the room is dropped without writing anything more. */
  private discarded = false;
  /** The workshop is archived: no socket's update is applied (see Connection.canEdit). */
  archived = false;
  /**
   * Invites revoked while this room was loaded (or loading). A socket whose invite was checked just
   * before the revoke and admitted just after it would otherwise stay open with it.
   */
  private readonly revokedInvites = new Set<string>();
  private readonly writer: UpdateWriter;
  private readonly detach: Array<() => void> = [];

  /** Loads the stored document first: a room never exists, nor serves anyone, with a blank stand-in. */
  static async load(id: string, deps: RoomDependencies): Promise<Room> {
    const doc = new Y.Doc();
    try {
      for (const update of await deps.documents.loadUpdates(id)) Y.applyUpdate(doc, update);
    } catch (error) {
      doc.destroy();
      throw error;
    }
    const room = new Room(id, doc, deps);
    try {
      // Subscribe, then ask the other instances for whatever the store does not have yet (edits they
      // accepted but have not written, or that arrived while this instance was loading).
      room.channel = await deps.fanout.join(id, {
        onMessage: (type, payload) => room.receiveRemote(type, payload),
      });
      room.channel.publish(FanoutMessage.syncRequest, Y.encodeStateVector(doc));
      // After the listeners are attached, so a migration is stored like any other change.
      const from = migrateDocument(doc);
      if (from !== SCHEMA_VERSION)
        deps.logger.info({ workshopId: id, from, to: SCHEMA_VERSION }, 'migrated document');
    } catch (error) {
      room.destroy();
      throw error;
    }
    return room;
  }

  private constructor(
    readonly id: string,
    private readonly ydoc: Y.Doc,
    private readonly deps: RoomDependencies,
  ) {
    this.awareness = new awarenessProtocol.Awareness(ydoc);
    // The server is not a participant: it must not appear in anyone's presence list.
    this.awareness.setLocalState(null);
    this.writer = createUpdateWriter({
      workshopId: id,
      documents: deps.documents,
      updateLog: deps.updateLog,
      logger: deps.logger,
      compactAfterRows: deps.compactAfterRows,
    });

    const onUpdate = (update: Uint8Array, origin: unknown) => {
      // Peers first: the store's driver work (building the query, framing it) must not delay them.
      this.broadcast(encodeUpdate(update), this.completingPending ? null : origin);
      this.storeAndPublish(update, origin);
    };
    ydoc.on('update', onUpdate);
    this.detach.push(() => ydoc.off('update', onUpdate));

    const onAwareness = ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (origin instanceof Connection) {
        // `updated` too: a client reconnecting with its old id renews rather than adds its state.
        for (const clientId of [...added, ...updated]) {
          this.presenceOwners.set(clientId, origin);
          const name = presenceName(this.awareness.getStates().get(clientId));
          if (name !== undefined) this.presenceNames.set(origin, name);
        }
        for (const clientId of removed) this.presenceOwners.delete(clientId);
      }
      const changed = [...added, ...updated, ...removed];
      if (changed.length === 0) return;
      this.broadcast(encodeAwareness(this.awareness, changed), null);
      if (origin !== REMOTE_ORIGIN) {
        this.channel.publish(
          FanoutMessage.awareness,
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
        );
      }
      // A client that said goodbye itself (y-websocket does on disconnect()) comes back with that clock.
      if (origin instanceof Connection) for (const clientId of removed) this.rememberRemoval(clientId);
    };
    this.awareness.on('update', onAwareness);
    this.detach.push(() => this.awareness.off('update', onAwareness));

    const activity = deps.activity;
    if (activity) {
      const roots: RootKinds = new WeakMap();
      const onTransaction = (tr: Y.Transaction) => {
        if (this.discarded || tr.changed.size === 0) return;
        const actor = this.actorOf(tr.origin);
        if (!actor) return;
        // An error here would surface in the transaction that applied the update, failing the edit.
        try {
          const touches = touchedFields(tr, roots);
          if (touches.length > 0) activity.record(this.id, actor, touches, Date.now());
        } catch (error) {
          deps.logger.warn({ err: loggableError(error), workshopId: id }, 'activity not recorded');
        }
      };
      ydoc.on('afterTransaction', onTransaction);
      this.detach.push(() => ydoc.off('afterTransaction', onTransaction));
    }
  }

  /**
   * Who a change is attributed to: the socket's person, or whoever asked the server to make it.
   * Other instances' changes are recorded where they were made; the server's own (notices,
   * migrations) by no one.
   */
  private actorOf(origin: unknown): Actor | undefined {
    if (origin instanceof ServerEdit) return origin.actor;
    if (!(origin instanceof Connection)) return undefined;
    const { grant } = origin;
    return {
      inviteId: grant.inviteId,
      role: grant.role,
      name:
        grant.kind === 'personal' && grant.name
          ? grant.name
          : (this.presenceNameOf(origin) ?? ROLE_WORDS[grant.role]),
    };
  }

  /** The name the socket's presence last stated, if it ever stated one. */
  presenceNameOf(connection: Connection): string | undefined {
    return this.presenceNames.get(connection);
  }

  readonly awareness: awarenessProtocol.Awareness;

  /**
   * The live document with every update received so far applied: whoever reads or changes it (a
   * version, a restore, a sync reply) sees the edits that reached the server before it asked.
   */
  get doc(): Y.Doc {
    if (this.inbound.length > 0) this.applyInbound();
    return this.ydoc;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  get isDiscarded(): boolean {
    return this.discarded;
  }

  /** Whether a socket with this grant may still be admitted: its invite and the workshop still stand. */
  admits(grant: InviteGrant): boolean {
    return !this.discarded && !this.revokedInvites.has(grant.inviteId);
  }

  get holderCount(): number {
    return this.holders;
  }

  /** Keeps the room loaded for a socket that is being set up (auth passed, upgrade pending). */
  reserve(): void {
    if (this.destroyed) throw new Error(`room ${this.id} is unloaded`);
    this.holders += 1;
  }

  /** Gives up a reservation that never became a connection. */
  release(): void {
    this.holders -= 1;
    if (this.holders === 0) this.deps.onIdle(this);
  }

  /** Turns a reservation into a live connection. */
  attach(socket: WebSocket, transport: Duplex, grant: InviteGrant, limits: ConnectionLimits): Connection {
    // The grant was read from the store just now: the freshest word on whether the workshop is archived.
    this.archived = grant.archived;
    const connection = new Connection(socket, transport, this, grant, this.deps.logger, limits);
    this.connections.add(connection);
    connection.start();
    return connection;
  }

  /**
   * Accepts a peer's update, applied at the end of this event-loop turn with the others that arrived
   * in it (see applyInbound); throws at once when it cannot be decoded.
   */
  applyUpdate(update: Uint8Array, origin: Connection): void {
    // Decode it whole first: Yjs integrates an update's structs before it reads its delete set, so a
    // truncated update would otherwise change the document before failing.
    const decoded = Y.decodeUpdate(update);
    // Nothing to apply, store or pass on (a reconnecting client's sync reply when it has nothing new).
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
    this.inbound.push({ update, origin, decoded });
    this.inboundTurn ??= setImmediate(() => this.applyInbound());
  }

  /**
   * Applies the updates received this turn in one transaction per sending socket. A burst of edits
   * read in one go (a fast typist, a client replaying offline edits) then costs one document update:
   * one frame encoded once for the room's sockets and one entry for the writer, not one per edit.
   * Yjs transactions are what is expensive per update, so this also cuts the time to apply them.
   */
  private applyInbound(): void {
    if (this.inboundTurn) clearImmediate(this.inboundTurn);
    this.inboundTurn = undefined;
    const received = this.inbound;
    this.inbound = [];
    if (this.destroyed || this.discarded) return;
    const bySocket = new Map<Connection, Array<{ update: Uint8Array; decoded: DecodedUpdate }>>();
    for (const { update, origin, decoded } of received) {
      const updates = bySocket.get(origin);
      if (updates) updates.push({ update, decoded });
      else bySocket.set(origin, [{ update, decoded }]);
    }
    for (const [origin, updates] of bySocket) {
      // What integrated before a bad update did is stored and sent to this room's sockets by the
      // transaction, so it goes to the other instances too.
      const applied: Uint8Array[] = [];
      try {
        this.completingPending = this.hasPendingContent;
        this.ydoc.transact(() => {
          for (const { update, decoded } of updates) {
            // Checked against the document as it is now, with this socket's earlier updates applied.
            if (!canSteerRoom(origin.grant.role) && touchesRoots(this.ydoc, decoded, FACILITATOR_ROOTS))
              throw new ForbiddenWriteError('only a facilitator steers the room');
            Y.applyUpdate(this.ydoc, update, origin);
            applied.push(update);
          }
        }, origin);
      } catch (error) {
        // Decoded but not integrable, or not this role's to make: the same answer as an undecodable
        // frame (a page that honours its role never sends either).
        this.deps.logger.debug({ err: error, workshopId: this.id }, 'closing connection after bad update');
        origin.close(
          CloseCode.malformedMessage,
          error instanceof ForbiddenWriteError ? error.message : 'malformed update',
        );
      } finally {
        this.completingPending = false;
        // One by one, as received: merging a burst of small updates costs more than the burst itself.
        for (const update of applied) this.publishReceived(update);
      }
    }
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const gone = Array.from(this.presenceOwners).flatMap(([clientId, owner]) =>
      owner === connection ? [clientId] : [],
    );
    for (const clientId of gone) this.presenceOwners.delete(clientId);
    if (gone.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
    for (const clientId of gone) this.rememberRemoval(clientId);
    this.release();
  }

  /**
   * Every instance holding the room stores every change it integrates, whoever made it. Storing only
   * what this instance accepted lost edits under kill -9: an update the killed instance had published
   * but not yet written lived on only in the others' memory, and the clients that reconnected to them
   * had nothing left to re-send. Yjs updates are idempotent, so the duplicate rows merge away.
   * Only changes made here (migration, restore) are published from the change: peers' updates are
   * published as received (see publishReceived), other instances' came from the channel.
   */
  private storeAndPublish(update: Uint8Array, origin: unknown): void {
    if (this.discarded) return;
    this.writer.append(update);
    if (origin !== REMOTE_ORIGIN && !(origin instanceof Connection))
      this.channel.publish(FanoutMessage.update, update);
  }

  /**
   * A peer's update goes to the other instances as received, not as integrated here: one that cannot
   * integrate yet (it builds on content this instance still lacks) produces no change now, and when
   * the missing piece arrives from another instance the resulting change is that instance's, so it was
   * never published and the others kept waiting for it forever.
   */
  private publishReceived(update: Uint8Array): void {
    this.channel.publish(FanoutMessage.update, update);
  }

  /**
   * Whether the document holds content waiting for a missing dependency. A peer's update that supplies
   * it makes a change carrying content its sender never saw, so that change is sent back to it too.
   */
  private get hasPendingContent(): boolean {
    return this.ydoc.store.pendingStructs !== null || this.ydoc.store.pendingDs !== null;
  }

  /** Every update this room accepted so far is committed once this resolves. */
  flush(): Promise<void> {
    // An update received this turn from a socket that has already gone is still applied and stored.
    this.applyInbound();
    return this.writer.flush();
  }

  compact(): Promise<void> {
    return this.writer.compact();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.inboundTurn) clearImmediate(this.inboundTurn);
    void this.channel.leave();
    for (const undo of this.detach.splice(0)) undo();
    this.writer.close();
    this.awareness.destroy();
    this.ydoc.destroy();
  }

  /** Does what a facilitator asked to this room's sockets (room-control.ts), here only. */
  applyControl(control: RoomControl): void {
    switch (control.kind) {
      case 'archive': {
        const unarchived = this.archived && !control.archived;
        this.archived = control.archived;
        // Updates sent while archived were dropped, and later ones build on them: asking each page for
        // what the server lacks (as on connecting) brings them in, so nothing waits forever.
        if (unarchived) for (const connection of this.connections) connection.resync();
        return;
      }
      case 'revoke': {
        this.revokedInvites.add(control.inviteId);
        const { code, reason } = CONTROL_CLOSE.revoke;
        for (const connection of this.connections)
          if (connection.grant.inviteId === control.inviteId) connection.close(code, reason);
        return;
      }
      case 'delete': {
        this.discarded = true;
        this.inbound = [];
        const { code, reason } = CONTROL_CLOSE.delete;
        for (const connection of this.connections) connection.close(code, reason);
        return;
      }
    }
  }

  /** Traffic from the same room on another instance: applied as REMOTE_ORIGIN so it is not echoed. */
  private receiveRemote(type: FanoutMessage, payload: Uint8Array): void {
    if (this.destroyed) return;
    try {
      if (type === FanoutMessage.control) this.applyControl(decodeControl(payload));
      else if (type === FanoutMessage.update) Y.applyUpdate(this.doc, payload, REMOTE_ORIGIN);
      else if (type === FanoutMessage.awareness)
        awarenessProtocol.applyAwarenessUpdate(this.awareness, payload, REMOTE_ORIGIN);
      else {
        this.channel.publish(FanoutMessage.update, Y.encodeStateAsUpdate(this.doc, payload));
        const present = Array.from(this.awareness.getStates().keys());
        if (present.length > 0) {
          this.channel.publish(
            FanoutMessage.awareness,
            awarenessProtocol.encodeAwarenessUpdate(this.awareness, present),
          );
        }
      }
    } catch (error) {
      this.deps.logger.warn(
        { err: loggableError(error), workshopId: this.id },
        'dropping a bad message from another instance',
      );
    }
  }

  /** Applies a peer's presence update; throws when it cannot be decoded. */
  applyAwareness(update: Uint8Array, origin: Connection): void {
    const admitted = this.admitPresence(update, origin);
    if (admitted) awarenessProtocol.applyAwarenessUpdate(this.awareness, admitted, origin);
  }

  private rememberRemoval(clientId: number): void {
    this.removalClocks.set(clientId, this.awareness.meta.get(clientId)?.clock ?? 0);
  }

  private ownedElsewhere(clientId: number, origin: Connection): boolean {
    const owner = this.presenceOwners.get(clientId);
    return owner !== undefined && owner !== origin;
  }

  /**
   * The part of a presence update this socket may make, or null when nothing is left:
   * - a socket speaks only for its own client ids, never for another socket's (y-websocket clients
   *   also echo every change they receive; the echoes are dropped here too);
   * - a browser that reconnects keeps its client id and resends its last clock, which the server and
   *   every peer would ignore as not newer than the removal, hiding the person for up to 30 s: such a
   *   returning state is renumbered just above the removal, so everyone accepts it at once;
   * - the role a page states for its person is the one its invite carries: the projector follows
   *   facilitators, and the report's annex lists people with their roles.
   */
  private admitPresence(update: Uint8Array, origin: Connection): Uint8Array | null {
    const decoder = decoding.createDecoder(update);
    const entries: Array<{ clientId: number; clock: number; state: string }> = [];
    let rewritten = false;
    for (let count = decoding.readVarUint(decoder); count > 0; count--) {
      const clientId = decoding.readVarUint(decoder);
      let clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      if (this.ownedElsewhere(clientId, origin)) {
        rewritten = true;
        continue;
      }
      const stated = stateWithInvite(state, origin.grant);
      if (stated !== state) rewritten = true;
      const removedAt = this.removalClocks.get(clientId);
      if (removedAt !== undefined && state !== 'null') {
        this.removalClocks.delete(clientId);
        if (clock <= removedAt) {
          clock = removedAt + 1;
          rewritten = true;
        }
      }
      entries.push({ clientId, clock, state: stated });
    }
    if (!rewritten) return update;
    if (entries.length === 0) return null;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, entries.length);
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, state);
    }
    return encoding.toUint8Array(encoder);
  }

  /** Encoded and framed once, sent to every socket but the one it came from. */
  private broadcast(message: Uint8Array, origin: unknown): void {
    const frame = binaryFrame(message);
    for (const connection of this.connections) {
      if (connection !== origin) connection.sendFramed(frame);
    }
  }
}
