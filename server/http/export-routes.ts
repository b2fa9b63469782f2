import { Hono } from 'hono';
import { z } from 'zod';
import { fileStem } from '../export/export-source.js';
import type { ExportService } from '../export/export-service.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { HttpError } from './errors.js';
import { inviteGuard } from './invite-guard.js';

export interface ExportRouteDependencies {
  exports: ExportService;
  authorize: InviteAuthorizer;
}

const Edition = z.union([z.literal('live'), z.uuid()]);

/** `filename*` carries the UTF-8 name (Thai, Arabic titles); `filename` an ASCII fallback. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * GET /workshops/:id/export/:file?version=<version id|live>  (any invite role; `live` by default)
 *   report.md  report.docx  report.pdf  action-plan.csv  action-plan.xlsx  gantt.svg  gantt.png
 * The response names the edition it shows: `X-Content-Hash` (the canonical content hash, the same a
 * version records) and `X-Edition` (`v3` or `live`).
 */
export function exportRoutes({ exports, authorize }: ExportRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);

  return new Hono().get('/workshops/:id/export/:file', async (c) => {
    await requireRole(c);
    const format = Object.hasOwn(EXPORT_FORMATS, c.req.param('file'))
      ? EXPORT_FORMATS[c.req.param('file')]
      : undefined;
    if (!format) {
      throw new HttpError(
        404,
        'not_found',
        `no such export; available: ${Object.keys(EXPORT_FORMATS).join(', ')}`,
      );
    }
    const edition = Edition.safeParse(c.req.query('version') ?? 'live');
    if (!edition.success)
      throw new HttpError(400, 'invalid_request', 'version must be a version id or "live"');
    const source = await exports.source(c.req.param('id'), edition.data);
    if (!source) throw new HttpError(404, 'not_found', 'no such version');

    const body = await format.render(source);
    const name = `${fileStem(source, format.document)}.${format.extension}`;
    // Copied into an ArrayBuffer-backed array: Node's Buffers may sit on a shared pool's ArrayBufferLike.
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
      'content-type': format.contentType,
      'content-disposition': attachment(name),
      'cache-control': 'no-store',
      // Should a browser render a file (the SVG) rather than save it, nothing in it may run or load.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'x-content-hash': source.edition.hash,
      'x-edition': source.edition.kind === 'version' ? `v${source.edition.number}` : 'live',
    });
  });
}
