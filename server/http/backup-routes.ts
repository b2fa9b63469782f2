import { Hono } from 'hono';
import type { OpenDatabase } from '../store/database.js';
import { EmbeddedDatabaseUnavailable } from '../store/embedded-database.js';
import { adminGuard } from './admin-guard.js';
import { HttpError } from './errors.js';

export interface BackupRouteDependencies {
  /** The embedded store's online backup; undefined on PostgreSQL. */
  storeBackup: OpenDatabase['backup'];
  adminToken: string | undefined;
}

/**
 * POST /admin/backup (Bearer ADMIN_TOKEN): the whole embedded store as one gzipped tarball of its data
 * directory, taken while the server runs (`npm run backup -- <file>` fetches it; `npm run restore`
 * puts it back). Writes wait while it is taken: it holds the store's one connection.
 */
export function backupRoutes({ storeBackup, adminToken }: BackupRouteDependencies): Hono {
  const requireAdmin = adminGuard(adminToken);
  return new Hono().post('/admin/backup', async (c) => {
    requireAdmin(c, 'backing up the store');
    if (!storeBackup)
      throw new HttpError(
        409,
        'conflict',
        'this server stores its data in PostgreSQL (DATABASE_URL): back it up with pg_dump or a base backup',
      );
    let tarball: Uint8Array;
    try {
      tarball = await storeBackup();
    } catch (error) {
      if (error instanceof EmbeddedDatabaseUnavailable)
        throw new HttpError(503, 'unavailable', `the store is unavailable: ${error.message}`);
      throw error;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    c.header('content-type', 'application/gzip');
    c.header('content-disposition', `attachment; filename="workshops-${stamp}.tar.gz"`);
    c.header('cache-control', 'no-store');
    return c.body(new Uint8Array(tarball));
  });
}
