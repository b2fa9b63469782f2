import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from '../logger.js';
import type { OpenDatabase } from '../store/database.js';
import { activityRoutes, type ActivityRouteDependencies } from './activity-routes.js';
import { adminRoutes, type AdminRouteDependencies } from './admin-routes.js';
import { archiveRoutes, type ArchiveRouteDependencies } from './archive-routes.js';
import { amendmentRoutes, type AmendmentRouteDependencies } from './amendment-routes.js';
import { auditRoutes, type AuditRouteDependencies } from './audit-routes.js';
import { backupRoutes, type BackupRouteDependencies } from './backup-routes.js';
import { clientAssets } from './client-assets.js';
import { createErrorHandler, errorBody } from './errors.js';
import { exportRoutes, type ExportRouteDependencies } from './export-routes.js';
import { healthRoutes } from './health-routes.js';
import { importRoutes, type ImportRouteDependencies } from './import-routes.js';
import { joinRoutes, type JoinRouteDependencies } from './join-routes.js';
import { commentRoutes, type CommentRouteDependencies } from './comment-routes.js';
import { traceabilityRoutes, type TraceabilityRouteDependencies } from './traceability-routes.js';
import { versionRoutes, type VersionRouteDependencies } from './version-routes.js';
import { voteRoutes, type VoteRouteDependencies } from './vote-routes.js';
import { workshopRoutes, type WorkshopRouteDependencies } from './workshop-routes.js';

export interface HttpAppDependencies
  extends
    WorkshopRouteDependencies,
    VersionRouteDependencies,
    VoteRouteDependencies,
    CommentRouteDependencies,
    TraceabilityRouteDependencies,
    ActivityRouteDependencies,
    ExportRouteDependencies,
    ImportRouteDependencies,
    AdminRouteDependencies,
    AuditRouteDependencies,
    JoinRouteDependencies,
    AmendmentRouteDependencies,
    ArchiveRouteDependencies,
    BackupRouteDependencies {
  database: Pick<OpenDatabase, 'ping'>;
  clientDir: string;
  logger: Logger;
}

const MAX_API_BODY_BYTES = 64 * 1024;

/** The one Hono app: health, JSON API, then the browser client for every other path. */
export function createHttpApp(deps: HttpAppDependencies): Hono {
  const api = new Hono()
    .use(
      bodyLimit({
        maxSize: MAX_API_BODY_BYTES,
        onError: (c) =>
          c.json(errorBody('payload_too_large', `request body exceeds ${MAX_API_BODY_BYTES} bytes`), 413),
      }),
    )
    .route('/', workshopRoutes(deps))
    .route('/', adminRoutes(deps))
    .route('/', versionRoutes(deps))
    .route('/', voteRoutes(deps))
    .route('/', commentRoutes(deps))
    .route('/', amendmentRoutes(deps))
    .route('/', exportRoutes(deps))
    .route('/', traceabilityRoutes(deps))
    .route('/', auditRoutes(deps))
    .route('/', activityRoutes(deps))
    .route('/', joinRoutes(deps))
    .route('/', backupRoutes(deps));

  const app = new Hono();
  // Venue mode serves plain HTTP at a LAN address, where browsers ignore COOP and log an error for it on every page.
  app.use(secureHeaders(deps.venueLanOrigin ? { crossOriginOpenerPolicy: false } : {}));
  app.route('/', healthRoutes(deps.database));
  // Before the API, whose 64 KiB body limit would refuse a spreadsheet: imports take up to 5 MiB.
  app.route('/api', importRoutes(deps));
  // Likewise: a workshop archive holds every saved version, far more than 64 KiB.
  app.route('/api', archiveRoutes(deps));
  app.route('/api', api);
  app.route('/', clientAssets(deps.clientDir));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404)
      : c.text('not found', 404),
  );
  app.onError(createErrorHandler(deps.logger));
  return app;
}
