/**
 * Our collaboration path with persistence off, for the durability-cost figure only: the same rooms,
 * connections, upgrade handling and limits as `npm start`, but the store keeps nothing and every socket
 * is let in as a participant. The product has no such mode; `npm start` always persists every update.
 */
import { createServer } from 'node:http';
import { localOnlyFanout } from '../../server/collab/room-fanout.js';
import { RoomRegistry } from '../../server/collab/room-registry.js';
import { attachCollabUpgrades } from '../../server/collab/websocket-upgrade.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import type { DocumentRepository } from '../../server/store/document-repository.js';

const keepsNothing: DocumentRepository = {
  loadUpdates: async () => [],
  appendUpdates: async () => undefined,
  compact: async () => ({ foldedRows: 0 }),
  countLogRows: async () => 0,
};

const config = loadConfig(process.env);
const logger = createLogger(config.logLevel);
const registry = new RoomRegistry({
  documents: keepsNothing,
  fanout: localOnlyFanout,
  logger,
  compactAfterRows: config.compactAfterUpdates,
  heartbeatMs: config.heartbeatMs,
});
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"status":"ok"}');
});
const upgrades = attachCollabUpgrades(server, {
  registry,
  authorize: async () => ({
    inviteId: '00000000-0000-4000-8000-000000000000',
    role: 'participant',
    kind: 'role',
    name: null,
    organisation: null,
    archived: false,
  }),
  logger,
  maxMessageBytes: config.maxMessageBytes,
  maxConnectionsPerIp: config.maxConnectionsPerIp,
  maxMessagesPerSecond: config.maxMessagesPerSecond,
  maxBufferedBytes: config.maxBufferedBytes,
});
server.listen(config.port, config.host);

// Exiting through process.exit lets `--cpu-prof` write its profile.
process.once('SIGTERM', () => {
  upgrades.stopAccepting();
  void registry.shutdown(1012, 'server restarting').finally(() => process.exit(0));
});
