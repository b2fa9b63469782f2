import { Hono } from 'hono';
import { isLanguage, LANGUAGE_CODES } from '../../shared/i18n/languages.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Exporter } from '../export/exporter.js';
import { EXPORT_FORMATS, exportFormat } from '../export/formats.js';
import { WorkerPoolBusy } from '../worker-pool.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { errorBody, HttpError } from './errors.js';
import { editionParam } from './edition-param.js';
import { inviteGuard } from './invite-guard.js';
import { requestAuthor } from './request-author.js';

export interface ExportRouteDependencies {
  exporter: Exporter;
  authorize: InviteAuthorizer;
  audit: AuditLog;
}

/** Seconds a client is asked to wait when every export thread is busy and the queue is full. */
const RETRY_AFTER_SECONDS = 10;

/** `filename*` carries the UTF-8 name (Thai, Arabic titles); `filename` an ASCII fallback. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * GET /workshops/:id/export/:file?version=<version id|live>&lang=<language>  (any invite role; `live` by default)
 *   report.md  report.docx  report.pdf  workshop.xlsx  action-plan.csv  action-plan.xlsx  gantt.svg  gantt.png
 * `lang` (en, th, vi, id, ms, ur, prs, ar) is the language of every fixed word of the file (headings,
 * column titles, statuses, dates); the workshop's language by default; content is never translated.
 * Any other code: `400 invalid_language`.
 * The response names the edition it shows: `X-Content-Hash` (the canonical content hash, the same a
 * version records) and `X-Edition` (`v3` or `live`). When the export threads are busy and enough
 * exports already wait for them: `503` with `Retry-After`. Each export of a saved version is
 * appended to the audit log (after it is made, so the head it prints is not its own entry).
 */
export function exportRoutes({ exporter, authorize, audit }: ExportRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);

  return new Hono().get('/workshops/:id/export/:file', async (c) => {
    const grant = await requireRole(c);
    const file = c.req.param('file');
    const format = exportFormat(file);
    if (!format) {
      throw new HttpError(
        404,
        'not_found',
        `no such export; available: ${Object.keys(EXPORT_FORMATS).join(', ')}`,
      );
    }
    const edition = editionParam(c);
    const lang = c.req.query('lang');
    if (lang !== undefined && !isLanguage(lang)) {
      throw new HttpError(
        400,
        'invalid_language',
        `no such language ${JSON.stringify(lang)}; available: ${LANGUAGE_CODES.join(', ')}`,
      );
    }

    const made = await exporter.file(c.req.param('id'), edition, file, lang).catch((error: unknown) => {
      if (error instanceof WorkerPoolBusy) return error;
      throw error;
    });
    if (made instanceof WorkerPoolBusy) {
      return c.json(errorBody('unavailable', `exports are busy: ${made.message}; try again shortly`), 503, {
        'retry-after': String(RETRY_AFTER_SECONDS),
      });
    }
    if (!made) throw new HttpError(404, 'not_found', 'no such version');
    if (edition !== 'live') {
      await audit.append(c.req.param('id'), requestAuthor(c, grant), 'export.version', edition, {
        edition: made.edition,
        file,
        contentHash: made.hash,
        printedHeadSeq: made.auditHead?.seq ?? null,
      });
    }

    return c.body(made.body, 200, {
      'content-type': format.contentType,
      'content-disposition': attachment(made.name),
      'cache-control': 'no-store',
      // Should a browser render a file (the SVG) rather than save it, nothing in it may run or load.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'x-content-hash': made.hash,
      'x-edition': made.edition,
    });
  });
}
