import { Hono } from 'hono';
import type { OpenDatabase } from '../store/database.js';

/** `GET /healthz`: 200 while the store answers, 503 when it does not. */
export function healthRoutes(database: Pick<OpenDatabase, 'ping'>): Hono {
  return new Hono().get('/healthz', async (c) => {
    try {
      await database.ping();
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable', reason: 'store unreachable' }, 503);
    }
  });
}
