import type { Context } from 'hono';
import { z } from 'zod';
import { HttpError } from './errors.js';

const Edition = z.union([z.literal('live'), z.uuid()]);

/** `?version=<version id|live>` (live when absent): which edition of the content a request reads. */
export function editionParam(c: Context): string | 'live' {
  const edition = Edition.safeParse(c.req.query('version') ?? 'live');
  if (!edition.success) throw new HttpError(400, 'invalid_request', 'version must be a version id or "live"');
  return edition.data;
}
