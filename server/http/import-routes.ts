import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import {
  ImportChoices,
  ImportFixes,
  ImportMapping,
  isImportable,
  MAX_IMPORT_BYTES,
  sourceFormat,
  type ImportOptions,
} from '../../shared/import.js';
import type { InviteGrant } from '../../shared/people.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import type { ImportService } from '../import/import-service.js';
import { WorkerPoolBusy } from '../worker-pool.js';
import { errorBody, HttpError } from './errors.js';
import { inviteGuard } from './invite-guard.js';
import { requestAuthor } from './request-author.js';

export interface ImportRouteDependencies {
  imports: ImportService;
  authorize: InviteAuthorizer;
}

const RETRY_AFTER_SECONDS = 5;

function queryJson<S extends z.ZodType>(c: Context, name: string, schema: S): z.infer<S> | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'invalid_request', `${name} must be JSON`);
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success)
    throw new HttpError(400, 'invalid_request', `${name}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  return checked.data;
}

/**
 * POST /workshops/:id/import/:collection[?dryRun=1][&mapping=…][&choices=…][&fixes=…]  (facilitator)
 * Body: the file — `text/csv`, `text/tab-separated-values` or `text/plain` (pasted rows), or an XLSX
 * workbook — at most 5 MiB. Dry run → 200 ImportPreview; otherwise the valid rows are written into
 * the live document as one change → 201 ImportResult. Mounted outside the API's 64 KiB body limit.
 */
/** The invite checked before the body is read, for the handler that runs after it. */
type ImportEnv = { Variables: { grant: InviteGrant } };

export function importRoutes({ imports, authorize }: ImportRouteDependencies): Hono<ImportEnv> {
  const requireRole = inviteGuard(authorize);
  return new Hono<ImportEnv>().post(
    '/workshops/:id/import/:collection',
    // Who may import is decided before the body is read, so a refused invite sends no 5 MiB for nothing.
    async (c, next) => {
      c.set('grant', await requireRole(c, ['facilitator']));
      const collection = c.req.param('collection');
      if (!isImportable(collection))
        throw new HttpError(404, 'not_found', `nothing can be imported into "${collection}"`);
      if (!sourceFormat(c.req.header('content-type')))
        throw new HttpError(
          415,
          'unsupported_media_type',
          'send a CSV (text/csv), tab-separated text (text/tab-separated-values, text/plain) or an .xlsx workbook',
        );
      await next();
    },
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: (c) =>
        c.json(
          errorBody(
            'payload_too_large',
            `an import file may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`,
          ),
          413,
        ),
    }),
    async (c) => {
      const collection = c.req.param('collection');
      if (!isImportable(collection))
        throw new HttpError(404, 'not_found', `nothing can be imported into "${collection}"`);
      const format = sourceFormat(c.req.header('content-type'))!;
      const options: ImportOptions = {
        mapping: queryJson(c, 'mapping', ImportMapping),
        choices: queryJson(c, 'choices', ImportChoices),
        fixes: queryJson(c, 'fixes', ImportFixes),
      };
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const request = {
        workshopId: c.req.param('id'),
        collection,
        format,
        bytes,
        options,
        actor: requestAuthor(c, c.get('grant')),
      };
      const dryRun = ['1', 'true'].includes(c.req.query('dryRun') ?? '');
      try {
        return dryRun ? c.json(await imports.preview(request), 200) : c.json(await imports.run(request), 201);
      } catch (error) {
        if (!(error instanceof WorkerPoolBusy)) throw error;
        return c.json(errorBody('unavailable', 'imports are busy; try again shortly'), 503, {
          'retry-after': String(RETRY_AFTER_SECONDS),
        });
      }
    },
  );
}
