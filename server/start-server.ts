import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { CloseCode } from '../shared/close-codes.js';
import { createActivityReader } from './activity/activity-log.js';
import { createAmendmentService } from './amendments/amendment-service.js';
import { createArchiveService } from './archive/archive-service.js';
import { createArchiveRepository } from './store/archive-repository.js';
import { createActivityRecorder } from './activity/activity-recorder.js';
import { startAttendanceRecorder } from './attendance/attendance-recorder.js';
import { createAuditLog } from './audit/audit-log.js';
import { createInviteAuthorizer } from './auth/invite-authorizer.js';
import { createInviteService, type InviteService } from './people/invite-service.js';
import { createJoinCodeService } from './join/join-code-service.js';
import { createJoinThrottle } from './http/join-throttle.js';
import { createJoinCodeRepository } from './store/join-code-repository.js';
import { createLifecycleService } from './workshops/lifecycle-service.js';
import { createEditionContentReader } from './content/edition-content.js';
import { createLiveDocumentReader, createWorkshopContentReader } from './content/workshop-content.js';
import { createCommentService } from './comments/comment-service.js';
import { createRoomNotifier } from './collab/room-notices.js';
import { createRedisFanout, localOnlyFanout } from './collab/room-fanout.js';
import { RoomRegistry } from './collab/room-registry.js';
import { attachCollabUpgrades } from './collab/websocket-upgrade.js';
import type { ServerConfig } from './config.js';
import { createExportService } from './export/export-service.js';
import { createExporter } from './export/exporter.js';
import { defaultRenderThreads, startRenderPool, type RenderPool } from './export/render-pool.js';
import { createHttpApp } from './http/app.js';
import { startImportPool, type ImportPool } from './import/import-pool.js';
import { createImportService } from './import/import-service.js';
import type { Logger } from './logger.js';
import { createActivityRepository } from './store/activity-repository.js';
import { createAmendmentRepository } from './store/amendment-repository.js';
import { createAttendanceRepository } from './store/attendance-repository.js';
import { createAuditRepository } from './store/audit-repository.js';
import { openDatabase, type Database } from './store/database.js';
import type { EmbeddedDatabase } from './store/embedded-database.js';
import { createDocumentRepository } from './store/document-repository.js';
import { startFoldThread } from './store/fold-updates.js';
import { createCommentRepository } from './store/comment-repository.js';
import { createVersionRepository } from './store/version-repository.js';
import { createVoteRepository } from './store/vote-repository.js';
import { createWorkshopRepository, type WorkshopRepository } from './store/workshop-repository.js';
import { startAutosave } from './versions/autosave.js';
import { watchGroupStarts } from './versions/group-starts.js';
import { guardRoots } from './collab/root-guard.js';
import { FACILITATOR_ROOTS } from '../shared/workshop-document/index.js';
import { canSteerRoom } from '../shared/roles.js';
import { createVersionService } from './versions/version-service.js';
import { createVoteService } from './votes/vote-service.js';
import { lanOrigin } from './venue/lan-addresses.js';

/** How often presence is sampled for the report's annex of participants present. */
const ATTENDANCE_SAMPLE_MS = 15_000;

/** Heavy exports that may wait for a render thread before more are refused (503): ~30 s of large PDFs. */
const EXPORTS_WAITING = 4;
/** Memory for files exported from saved versions (a large workshop's PDF is about 2 MB). */
const EXPORT_CACHE_BYTES = 32 * 1024 * 1024;

export interface RunningServer {
  /** `http://host:port` actually bound (port 0 in the config picks a free one). */
  url: string;
  port: number;
  registry: RoomRegistry;
  /** The store (tests read it directly, e.g. to count what a deletion left). */
  db: Database;
  /** The embedded store's thread, when the store is PGlite (tests crash it to see it restart). */
  embedded: EmbeddedDatabase | undefined;
  /** The export render threads (tests check that none outlives `close`). */
  renderPool: Pick<RenderPool, 'threads'>;
  /** The import parsing thread (likewise). */
  importPool: Pick<ImportPool, 'threads'>;
  /** The workshops and their invites (venue mode picks the room's workshop and its facilitator link). */
  workshops: WorkshopRepository;
  invites: InviteService;
  /** Venue mode: the origin phones on the room's network reach (the first LAN address); else undefined. */
  lanOrigin: string | undefined;
  /** Stops accepting, closes every socket, flushes and compacts every room, closes the store. */
  close(): Promise<void>;
}

/** Opens the store (migrating it), then serves HTTP and websockets. Nothing listens before the store is ready. */
export async function startServer(config: ServerConfig, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase(config.database, logger);
  const workshops = createWorkshopRepository(database.db);
  const foldThread = startFoldThread();
  const documents = createDocumentRepository(database.db, foldThread.fold);
  const authorize = createInviteAuthorizer(workshops, logger);
  const fanout = config.redisUrl ? await createRedisFanout(config.redisUrl, logger) : localOnlyFanout;
  const activityRepository = createActivityRepository(database.db);
  const activityRecorder = createActivityRecorder({ store: activityRepository, logger });
  const activity = createActivityReader({ repository: activityRepository, recorder: activityRecorder });
  const registry: RoomRegistry = new RoomRegistry({
    documents,
    fanout,
    logger,
    compactAfterRows: config.compactAfterUpdates,
    heartbeatMs: config.heartbeatMs,
    activity: activityRecorder,
    onRoomLoaded: (room) => {
      guardRoots(room.doc, FACILITATOR_ROOTS, canSteerRoom);
      watchGroupStarts(room, { registry, versions, logger });
    },
    onRoomEmptied: async (room) => {
      await versions.autosave(room.id, room.doc, 'Auto-saved when everyone had left');
    },
  });
  const readLive = createLiveDocumentReader(registry, documents);
  const audit = createAuditLog({ entries: createAuditRepository(database.db), logger });
  const notify = createRoomNotifier(registry, {
    sharedAcrossInstances: config.redisUrl !== undefined,
    logger,
  });
  const versions = createVersionService({
    registry,
    readLive,
    versions: createVersionRepository(database.db),
    notify,
    audit,
    logger,
  });
  const votes = createVoteService({
    votes: createVoteRepository(database.db),
    registry,
    readLive,
    notify,
    audit,
    logger,
  });
  const amendments = createAmendmentService({
    amendments: createAmendmentRepository(database.db),
    registry,
    readLive,
    notify,
    audit,
    logger,
  });
  const comments = createCommentService({
    comments: createCommentRepository(database.db),
    readLive,
    notify,
    amendmentExists: amendments.exists,
  });
  const invites = createInviteService({ workshops, registry, fanout, audit });
  const lifecycle = createLifecycleService({ workshops, registry, notify, audit, logger });
  const stopAutosave = startAutosave(registry, versions, config.autoVersionMs, logger);
  const attendance = createAttendanceRepository(database.db);
  const attendanceRecorder = startAttendanceRecorder(registry, attendance, ATTENDANCE_SAMPLE_MS, logger);
  const renderPool = startRenderPool({ threads: defaultRenderThreads(), maxWaiting: EXPORTS_WAITING });
  const importPool = startImportPool();
  const app = createHttpApp({
    workshops,
    readContent: createWorkshopContentReader(readLive),
    readEdition: createEditionContentReader({ readLive, versions: createVersionRepository(database.db) }),
    versions,
    exporter: createExporter({
      sources: createExportService({
        workshops,
        readLive,
        versions: createVersionRepository(database.db),
        attendance,
        recorder: attendanceRecorder,
        priorities: votes,
        audit,
        activity,
        amendments,
      }),
      pool: renderPool,
      cacheBytes: EXPORT_CACHE_BYTES,
    }),
    votes,
    comments,
    amendments,
    imports: createImportService({ registry, readLive, pool: importPool, audit, logger }),
    audit,
    activity,
    authorize,
    invites,
    lifecycle,
    joinCodes: createJoinCodeService({
      joinCodes: createJoinCodeRepository(database.db),
      invites,
      workshops,
      audit,
    }),
    joinThrottle: createJoinThrottle(),
    archive: createArchiveService({
      archives: createArchiveRepository(database.db),
      workshops,
      registry,
      activity: activityRecorder,
      fold: foldThread.fold,
      audit,
      logger,
    }),
    publicUrl: config.publicUrl,
    // Known once listening: the port may have been chosen by the system (PORT=0).
    venueLanOrigin: config.venue && (() => venueOrigin),
    adminToken: config.adminToken,
    database,
    storeBackup: database.backup,
    clientDir: config.clientDir,
    logger,
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(listening as Server),
    ) as Server;
    listening.once('error', reject);
  });
  const upgrades = attachCollabUpgrades(server, {
    registry,
    authorize,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    maxConnectionsPerIp: config.maxConnectionsPerIp,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxBufferedBytes: config.maxBufferedBytes,
  });
  const { port } = server.address() as AddressInfo;
  const firstLanAddress = config.venue?.lanAddresses[0];
  const venueOrigin = firstLanAddress && lanOrigin(firstLanAddress, port);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  logger.info({ url, store: database.kind }, 'server listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    registry,
    db: database.db,
    embedded: database.embedded,
    renderPool,
    importPool,
    workshops,
    invites,
    lanOrigin: venueOrigin,
    close() {
      closing ??= (async () => {
        upgrades.stopAccepting();
        stopAutosave();
        attendanceRecorder.stop();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await registry.shutdown(CloseCode.serverRestarting, 'server restarting');
        upgrades.terminateAll();
        server.closeAllConnections();
        await stopped;
        // After the rooms (whose unloads flushed theirs), before the store closes.
        await activityRecorder.close();
        await renderPool.close();
        await importPool.close();
        await foldThread.close();
        await fanout.close();
        await database.close();
        logger.info('server stopped');
      })();
      return closing;
    },
  };
}
