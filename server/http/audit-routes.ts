import { Hono } from 'hono';
import type { AuditLogResponse } from '../../shared/audit.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { inviteGuard } from './invite-guard.js';

export interface AuditRouteDependencies {
  audit: AuditLog;
  authorize: InviteAuthorizer;
}

/**
 * GET /workshops/:id/audit  (facilitator, stakeholder) → `{entries, head}`, oldest first: the whole
 * chain, so whoever reads it can verify it (shared/audit.ts) rather than trust the server's word.
 */
export function auditRoutes({ audit, authorize }: AuditRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);
  return new Hono().get('/workshops/:id/audit', async (c) => {
    await requireRole(c, ['facilitator', 'stakeholder']);
    c.header('cache-control', 'no-store');
    return c.json<AuditLogResponse>(await audit.read(c.req.param('id')));
  });
}
