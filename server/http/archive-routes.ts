import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode } from '../../shared/api.js';
import { ARCHIVE_CONTENT_TYPE, MAX_ARCHIVE_BYTES, type ImportArchiveResponse } from '../../shared/archive.js';
import { ArchiveRefusal } from '../archive/archive-format.js';
import type { ArchiveService } from '../archive/archive-service.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { adminGuard, refuseCrossSite } from './admin-guard.js';
import { errorBody, HttpError } from './errors.js';
import { attachment } from './export-routes.js';
import { inviteGuard } from './invite-guard.js';
import { requestAuthor } from './request-author.js';

export interface ArchiveRouteDependencies {
  archive: ArchiveService;
  authorize: InviteAuthorizer;
  adminToken: string | undefined;
}

const REFUSAL_STATUS = {
  invalid: [400, 'invalid_archive'],
  'too-new': [409, 'conflict'],
  exists: [409, 'conflict'],
} as const satisfies Record<ArchiveRefusal['reason'], readonly [ContentfulStatusCode, ApiErrorCode]>;

/**
 * GET  /workshops/:id/archive  the whole workshop as one file (facilitator; archived workshops too)
 * POST /workshops/import       the file as the body → 201 the workshop with a new set of invites
 *                              (Bearer ADMIN_TOKEN, or anyone on loopback when none is set)
 * Mounted outside the API's 64 KiB body limit: an archive may be up to MAX_ARCHIVE_BYTES.
 */
export function archiveRoutes({ archive, authorize, adminToken }: ArchiveRouteDependencies): Hono {
  const requireInvite = inviteGuard(authorize);
  const requireAdmin = adminGuard(adminToken);
  return new Hono()
    .get('/workshops/:id/archive', async (c) => {
      const grant = await requireInvite(c, ['facilitator']);
      const made = await archive.export(c.req.param('id'), requestAuthor(c, grant));
      return c.body(made.file, 200, {
        'content-type': ARCHIVE_CONTENT_TYPE,
        'content-disposition': attachment(made.name),
        'cache-control': 'no-store',
        'x-archive-sha256': made.sha256,
      });
    })
    .post(
      '/workshops/import',
      // Checked before the body is read, so a refused caller sends no archive for nothing.
      async (c, next) => {
        refuseCrossSite(c, 'importing a workshop');
        requireAdmin(c, 'importing a workshop');
        await next();
      },
      bodyLimit({
        maxSize: MAX_ARCHIVE_BYTES,
        onError: (c) =>
          c.json(
            errorBody(
              'payload_too_large',
              `an archive may be at most ${MAX_ARCHIVE_BYTES / 1024 / 1024} MiB`,
            ),
            413,
          ),
      }),
      async (c) => {
        const body = new Uint8Array(await c.req.arrayBuffer());
        if (body.length === 0)
          throw new HttpError(400, 'invalid_archive', 'send the archive file as the body');
        const imported = await archive.import(body).catch((error: unknown) => {
          if (!(error instanceof ArchiveRefusal)) throw error;
          const [status, code] = REFUSAL_STATUS[error.reason];
          throw new HttpError(status, code, error.message);
        });
        return c.json<ImportArchiveResponse>(imported, 201);
      },
    );
}
