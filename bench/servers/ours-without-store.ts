/**
 * Our collaboration path with persistence off, for the durability-cost figure only: the same rooms,
 * connections, upgrade handling and limits as `npm start`, but the store keeps nothing and every socket
 * is let in as a participant. The product has no such mode; `npm start` always persists every update.
 */
import { createServer } from 'node:http';
import { localOnlyFanout } from '../../server/collab/room-fanout.js';
import { RoomRegistry } from '../../server/collab/room-registry.js';
import { attachCollabUpgrades } from '../../server/collab/websocket-upgrade.js';
import { createLogger } from '../../server/logger.js';
import type { DocumentRepository } from '../../server/store/document-repository.js';

const keepsNothing: DocumentRepository = {
  loadUpdates: async () => [],
  appendUpdates: async () => undefined,
  compact: async () => ({ foldedRows: 0 }),
  countLogRows: async () => 0,
};

const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const registry = new RoomRegistry({
  documents: keepsNothing,
  fanout: localOnlyFanout,
  logger,
  compactAfterRows: 500,
  heartbeatMs: 30_000,
});
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"status":"ok"}');
});
const upgrades = attachCollabUpgrades(server, {
  registry,
  authorize: async () => 'participant',
  logger,
  maxMessageBytes: 8 * 1024 * 1024,
  maxConnectionsPerIp: Number(process.env.MAX_CONNECTIONS_PER_IP ?? 256),
  maxMessagesPerSecond: Number(process.env.MAX_MESSAGES_PER_SECOND ?? 300),
});
server.listen(Number(process.env.PORT), '127.0.0.1');

// Exiting through process.exit lets `--cpu-prof` write its profile.
process.once('SIGTERM', () => {
  upgrades.stopAccepting();
  void registry.shutdown(1012, 'server restarting').finally(() => process.exit(0));
});
