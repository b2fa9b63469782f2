import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { COLLAB_PATH } from '../../shared/api.js';
import { CloseCode } from '../../shared/close-codes.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { loggableError, type Logger } from '../logger.js';
import { RoomUnavailableError, ServerShuttingDownError, type RoomRegistry } from './room-registry.js';

export interface CollabUpgradeDependencies {
  registry: RoomRegistry;
  authorize: InviteAuthorizer;
  logger: Logger;
  maxMessageBytes: number;
  maxConnectionsPerIp: number;
  maxMessagesPerSecond: number;
  maxBufferedBytes: number;
}

/**
 * What a client may send before its room is ready: y-websocket sends two or three frames, a person
 * typing while a busy server loads the room sends a few per keystroke.
 */
const MAX_EARLY_FRAMES = 1_000;

const COLLAB_ROUTE = new RegExp(`^${COLLAB_PATH}/([^/]+)$`);

/**
 * Serves `ws://host/collab/<workshopId>?token=<invite>`. The handshake completes first so every
 * refusal can carry a close code and a reason a browser can read; nothing about the document is sent
 * until the token is checked and the room is loaded. Frames that arrive meanwhile are held, in order.
 */
export interface CollabUpgrades {
  /** Stops taking new websockets. */
  stopAccepting(): void;
  /** Drops every websocket still open (after the rooms closed theirs with a reason). */
  terminateAll(): void;
}

export function attachCollabUpgrades(server: Server, deps: CollabUpgradeDependencies): CollabUpgrades {
  // No permessage-deflate (also ws's default): Connection.sendFramed writes frames beside ws, which is
  // only in order while ws writes its own frames synchronously, never queued behind a compressor.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.maxMessageBytes,
    perMessageDeflate: false,
  });
  const socketsByAddress = new Map<string, number>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = COLLAB_ROUTE.exec(url.pathname);
    if (!match?.[1]) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    let workshopId: string;
    try {
      workshopId = decodeURIComponent(match[1]);
    } catch {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const token = url.searchParams.get('token');
    const address = request.socket.remoteAddress ?? 'unknown';
    wss.handleUpgrade(request, socket, head, (ws) => {
      const open = socketsByAddress.get(address) ?? 0;
      if (open >= deps.maxConnectionsPerIp) {
        ws.close(CloseCode.tryAgainLater, 'too many connections from this address');
        return;
      }
      socketsByAddress.set(address, open + 1);
      ws.once('close', () => {
        const left = (socketsByAddress.get(address) ?? 1) - 1;
        if (left > 0) socketsByAddress.set(address, left);
        else socketsByAddress.delete(address);
      });
      void admit(ws, socket, workshopId, token, deps);
    });
  };

  server.on('upgrade', onUpgrade);
  return {
    stopAccepting() {
      server.off('upgrade', onUpgrade);
      wss.close();
    },
    terminateAll() {
      for (const socket of wss.clients) socket.terminate();
    },
  };
}

async function admit(
  ws: WebSocket,
  transport: Duplex,
  workshopId: string,
  token: string | null,
  deps: CollabUpgradeDependencies,
) {
  const early: Array<[Buffer, boolean]> = [];
  let earlyBytes = 0;
  const hold = (data: Buffer, isBinary: boolean) => {
    early.push([data, isBinary]);
    earlyBytes += data.byteLength;
    if (early.length > MAX_EARLY_FRAMES || earlyBytes > deps.maxMessageBytes)
      refuse(CloseCode.tryAgainLater, 'too much sent before the document was ready; retrying');
  };
  const ignoreError = (error: Error) => deps.logger.debug({ err: error }, 'websocket error before admission');
  /** Closes without admitting, and stops holding frames for a socket that will never be served. */
  const refuse = (code: number, reason: string) => {
    ws.off('message', hold);
    early.length = 0;
    ws.close(code, reason);
  };
  ws.on('message', hold);
  ws.on('error', ignoreError);
  try {
    const grant = await deps.authorize(workshopId, token);
    if (!grant) {
      refuse(CloseCode.unauthorized, 'invalid or missing invite token');
      return;
    }
    const room = await deps.registry.reserve(workshopId);
    if (ws.readyState !== ws.OPEN) {
      room.release();
      return;
    }
    if (!room.admits(grant)) {
      room.release();
      refuse(CloseCode.unauthorized, 'invalid or missing invite token');
      return;
    }
    ws.off('message', hold);
    ws.off('error', ignoreError);
    room.attach(ws, transport, grant, {
      maxMessagesPerSecond: deps.maxMessagesPerSecond,
      maxBufferedBytes: deps.maxBufferedBytes,
    });
    for (const [data, isBinary] of early) ws.emit('message', data, isBinary);
    deps.logger.debug({ workshopId, role: grant.role, inviteId: grant.inviteId }, 'connection admitted');
  } catch (error) {
    if (error instanceof ServerShuttingDownError) {
      refuse(CloseCode.serverRestarting, 'server restarting');
    } else if (error instanceof RoomUnavailableError) {
      refuse(CloseCode.documentUnavailable, 'the workshop document is unavailable; retrying');
    } else {
      deps.logger.error({ err: loggableError(error), workshopId }, 'admitting connection failed');
      refuse(CloseCode.documentUnavailable, 'the server could not check this invite; retrying');
    }
  }
}
