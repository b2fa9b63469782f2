import { loggableError, type Logger } from '../logger.js';
import type { DocumentRepository } from '../store/document-repository.js';
import type * as Y from 'yjs';
import type { Actor } from '../../shared/people.js';
import type { ActivityRecorder } from '../activity/activity-recorder.js';
import { Room, SERVER_ORIGIN, ServerEdit } from './room.js';
import { encodeControl, type RoomControl } from './room-control.js';
import { FanoutMessage, type RoomFanout, type SocketCounts } from './room-fanout.js';
import { createUpdateLogBatcher, type UpdateLogBatcher } from './update-log-batcher.js';

export interface RoomRegistryOptions {
  documents: DocumentRepository;
  fanout: RoomFanout;
  logger: Logger;
  compactAfterRows: number;
  heartbeatMs: number;
  /** Runs when a room's last socket has gone, before it is unloaded (automatic versions hook in here). */
  onRoomEmptied?: (room: Room) => Promise<void>;
  /** Runs once per room as it is loaded, before any socket is served (document watchers hook in here). */
  onRoomLoaded?: (room: Room) => void;
  /** Who changed what in every room; written out before a room is unloaded. */
  activity?: ActivityRecorder;
}

export class RoomUnavailableError extends Error {
  override name = 'RoomUnavailableError';
}

export class ServerShuttingDownError extends Error {
  override name = 'ServerShuttingDownError';
}

/**
 * Owns every loaded room: loads a room once however many sockets ask at the same time, unloads it
 * when its last socket has gone and its writes are flushed, and stops them all on shutdown.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  /** At most one unload runs per room; it re-checks for new holders after every wait. */
  private readonly unloads = new Map<Room, Promise<void>>();
  private readonly heartbeat: NodeJS.Timeout;
  /** One group commit for all the rooms: it holds nothing once every room is flushed or destroyed. */
  private readonly updateLog: UpdateLogBatcher;
  private shuttingDown = false;

  constructor(private readonly options: RoomRegistryOptions) {
    options.fanout.answerSocketCounts((workshopId) => this.socketCounts(workshopId));
    this.updateLog = createUpdateLogBatcher({ documents: options.documents, logger: options.logger });
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Ids of rooms currently loaded or loading. */
  get loadedRoomIds(): string[] {
    return Array.from(this.rooms.keys());
  }

  /**
   * A loaded room with a reservation held for the caller, who must `attach` a socket or `release`.
   * Rejects with RoomUnavailableError when the document cannot be loaded.
   */
  async reserve(workshopId: string): Promise<Room> {
    for (;;) {
      if (this.shuttingDown) throw new ServerShuttingDownError('server is shutting down');
      const room = await this.loading(workshopId);
      // Shutdown may have begun, or an unload finished, while the load was under way.
      if (this.shuttingDown) throw new ServerShuttingDownError('server is shutting down');
      if (room.isDestroyed) continue;
      room.reserve();
      return room;
    }
  }

  /** Open sockets per invite on this instance's room of the workshop (none when it is not loaded). */
  async socketCounts(workshopId: string): Promise<SocketCounts> {
    const counts: SocketCounts = {};
    const room = await this.peek(workshopId);
    for (const connection of room?.connections ?? [])
      counts[connection.grant.inviteId] = (counts[connection.grant.inviteId] ?? 0) + 1;
    return counts;
  }

  /** Every room currently loaded. */
  async loadedRooms(): Promise<Room[]> {
    const settled = await Promise.allSettled(this.rooms.values());
    return settled.flatMap((result) =>
      result.status === 'fulfilled' && !result.value.isDestroyed ? [result.value] : [],
    );
  }

  /**
   * Makes a change to a workshop's live document as the server (loading the room if no one is in it),
   * seen at once by everyone connected, and resolves once it is stored. `actor`: who asked for it.
   */
  async editAsServer(workshopId: string, change: (doc: Y.Doc) => void, actor?: Actor): Promise<void> {
    const room = await this.reserve(workshopId);
    try {
      room.doc.transact(() => change(room.doc), actor ? new ServerEdit(actor) : SERVER_ORIGIN);
      await room.flush();
    } finally {
      room.release();
    }
  }

  /** The room if it is loaded (or loading) and not unloaded, without keeping it loaded. */
  async peek(workshopId: string): Promise<Room | undefined> {
    const entry = this.rooms.get(workshopId);
    if (!entry) return undefined;
    const room = await entry.catch(() => undefined);
    return room && !room.isDestroyed ? room : undefined;
  }

  /**
   * Does `control` to the workshop's room here and on every other instance holding it; resolves once
   * it is done here and sent to the others (a revoke's sockets are closed by then on this instance).
   */
  async control(workshopId: string, control: RoomControl): Promise<void> {
    const room = await this.peek(workshopId);
    room?.applyControl(control);
    await this.options.fanout.announce(workshopId, FanoutMessage.control, encodeControl(control));
  }

  /** Closes every socket, flushes and compacts every room, and stops the heartbeat. */
  async shutdown(closeCode: number, reason: string): Promise<void> {
    this.shuttingDown = true;
    clearInterval(this.heartbeat);
    // Loads under way finish first, so their rooms are flushed and destroyed like the others.
    const rooms = await this.loadedRooms();
    for (const room of rooms) for (const connection of room.connections) connection.close(closeCode, reason);
    // A room nobody holds (loaded for a socket that went away) gets no idle call: unload it here.
    for (const room of rooms) if (room.holderCount === 0) this.unload(room);
    while (this.unloads.size > 0) await Promise.allSettled(this.unloads.values());
  }

  private loading(workshopId: string): Promise<Room> {
    const existing = this.rooms.get(workshopId);
    if (existing) return existing;
    const loading = Room.load(workshopId, {
      documents: this.options.documents,
      updateLog: this.updateLog,
      fanout: this.options.fanout,
      logger: this.options.logger,
      compactAfterRows: this.options.compactAfterRows,
      onIdle: (room) => this.unload(room),
      activity: this.options.activity,
    })
      .then((room) => {
        this.options.onRoomLoaded?.(room);
        return room;
      })
      .catch((error: unknown) => {
        // Forget the failed attempt so the next socket tries again rather than inheriting the failure.
        if (this.rooms.get(workshopId) === loading) this.rooms.delete(workshopId);
        this.options.logger.error({ err: loggableError(error), workshopId }, 'loading document failed');
        throw new RoomUnavailableError(`document ${workshopId} could not be loaded`, { cause: error });
      });
    this.rooms.set(workshopId, loading);
    return loading;
  }

  private unload(room: Room): void {
    if (this.unloads.has(room)) return;
    const unloading = (async () => {
      if (room.isDiscarded) {
        // Its workshop is gone: nothing to write, version or compact.
        this.options.activity?.discard(room.id);
        this.rooms.delete(room.id);
        room.destroy();
        return;
      }
      await room.flush();
      // Never rejects: a failed write is logged and dropped.
      await this.options.activity?.flush(room.id);
      // Someone joined while the writes were flushing: keep serving the same room.
      if (room.holderCount > 0) return;
      await this.options
        .onRoomEmptied?.(room)
        .catch((error: unknown) =>
          this.options.logger.error(
            { err: loggableError(error), workshopId: room.id },
            'room-emptied hook failed',
          ),
        );
      if (room.holderCount > 0) return;
      await room.compact();
      if (room.holderCount > 0) return;
      this.rooms.delete(room.id);
      room.destroy();
      this.options.logger.debug({ workshopId: room.id }, 'room unloaded');
    })()
      .catch((error: unknown) =>
        this.options.logger.error(
          { err: loggableError(error), workshopId: room.id },
          'unloading room failed',
        ),
      )
      .finally(() => this.unloads.delete(room));
    this.unloads.set(room, unloading);
  }

  private beat(): void {
    for (const entry of this.rooms.values()) {
      void entry.then(
        (room) => {
          for (const connection of room.connections) connection.heartbeat();
        },
        () => undefined,
      );
    }
  }
}
