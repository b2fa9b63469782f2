import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminWorkshopList } from '../../shared/api.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';
import type { LifecycleService } from '../workshops/lifecycle-service.js';
import { adminGuard } from './admin-guard.js';
import { HttpError } from './errors.js';

export interface AdminRouteDependencies {
  workshops: WorkshopRepository;
  lifecycle: LifecycleService;
  adminToken: string | undefined;
}

const WorkshopId = z.uuid();

/**
 * For the server's administrator (Bearer ADMIN_TOKEN):
 * GET    /admin/workshops      every workshop with its size and last activity, most recently active first
 * DELETE /admin/workshops/:id  delete one and all its data, as its facilitator can
 */
export function adminRoutes({ workshops, lifecycle, adminToken }: AdminRouteDependencies): Hono {
  const requireAdmin = adminGuard(adminToken);
  return new Hono()
    .get('/admin/workshops', async (c) => {
      requireAdmin(c, 'listing workshops');
      c.header('cache-control', 'no-store');
      return c.json<AdminWorkshopList>({ workshops: await workshops.listUsage() });
    })
    .delete('/admin/workshops/:id', async (c) => {
      requireAdmin(c, 'deleting a workshop');
      const id = WorkshopId.safeParse(c.req.param('id'));
      if (!id.success) throw new HttpError(404, 'not_found', 'no such workshop');
      await lifecycle.delete(id.data);
      return c.json({ deleted: true });
    });
}
