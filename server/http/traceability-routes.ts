import { Hono } from 'hono';
import { traceability, type Traceability } from '../../shared/traceability.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import type { EditionContentReader } from '../content/edition-content.js';
import { editionParam } from './edition-param.js';
import { HttpError } from './errors.js';
import { inviteGuard } from './invite-guard.js';

export interface TraceabilityRouteDependencies {
  readEdition: EditionContentReader;
  authorize: InviteAuthorizer;
}

/**
 * GET /workshops/:id/traceability?version=<version id|live>  (any invite; live by default)
 *   → {chains, gaps, counts}: finding → recommendation → action → target, and where the chain breaks.
 */
export function traceabilityRoutes({ readEdition, authorize }: TraceabilityRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);
  return new Hono().get('/workshops/:id/traceability', async (c) => {
    await requireRole(c);
    const content = await readEdition(c.req.param('id'), editionParam(c));
    if (!content) throw new HttpError(404, 'not_found', 'no such version');
    return c.json<Traceability>(traceability(content));
  });
}
