import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  CreateInviteRequest,
  CreateWorkshopRequest,
  type CreatedInvite,
  invitePath,
  type CreateWorkshopResponse,
  type ServerInfo,
  type ServerTime,
  type WorkshopSession,
} from '../../shared/api.js';
import { ROLES, canEditDocument, type Role } from '../../shared/roles.js';
import { templateDocument, type WorkshopContent } from '../../shared/workshop-document/index.js';
import type { WorkshopContentReader } from '../content/workshop-content.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { bearerToken, generateInviteToken, hashInviteToken, secretsEqual } from '../auth/invite-tokens.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';
import { HttpError, readJsonBody } from './errors.js';
import { inviteGuard } from './invite-guard.js';

export interface WorkshopRouteDependencies {
  workshops: WorkshopRepository;
  readContent: WorkshopContentReader;
  authorize: InviteAuthorizer;
  /** Undefined: anyone who reaches the server may create workshops (it only listens on loopback then). */
  adminToken: string | undefined;
}

/**
 * GET  /server-info            what the home page needs to know before creating a workshop
 * GET  /time                   the server's clock, for clients to measure their offset to it
 * POST /workshops              create a workshop; the response is the only time invite tokens are shown
 * GET  /workshops/:id          what an invite token opens (Bearer invite token)
 * GET  /workshops/:id/content  the structured content: findings, recommendations, targets… (Bearer invite token)
 * POST /workshops/:id/invites  one more invite link for a role (facilitator), e.g. a viewer's for the projector
 */
export function workshopRoutes({
  workshops,
  readContent,
  authorize,
  adminToken,
}: WorkshopRouteDependencies): Hono {
  const requireInvite = inviteGuard(authorize);

  return new Hono()
    .get('/server-info', (c) => c.json<ServerInfo>({ workshopCreation: adminToken ? 'admin-token' : 'open' }))

    .get('/time', (c) => {
      c.header('cache-control', 'no-store');
      return c.json<ServerTime>({ now: Date.now() });
    })

    .post('/workshops', async (c) => {
      // Open creation must not be usable by other web pages a facilitator visits (cross-site POST).
      const origin = c.req.header('origin');
      if (origin && origin !== 'null' && URL.parse(origin)?.host !== c.req.header('host')) {
        throw new HttpError(403, 'forbidden', 'workshops can only be created from this server’s own pages');
      }
      if (adminToken && !secretsEqual(bearerToken(c.req.header('authorization')) ?? '', adminToken)) {
        throw new HttpError(
          401,
          'unauthorized',
          'creating a workshop requires the admin token (Authorization: Bearer)',
        );
      }
      const details = await readJsonBody(c, CreateWorkshopRequest);
      const id = randomUUID();
      const tokens = Object.fromEntries(ROLES.map((role) => [role, generateInviteToken()])) as Record<
        Role,
        string
      >;
      const workshop = await workshops.create(
        id,
        details,
        ROLES.map((role) => ({ role, tokenHash: hashInviteToken(tokens[role]) })),
        templateDocument(),
      );
      const links = Object.fromEntries(ROLES.map((role) => [role, invitePath(id, tokens[role])])) as Record<
        Role,
        string
      >;
      return c.json<CreateWorkshopResponse>({ ...workshop, invites: tokens, links }, 201);
    })

    .get('/workshops/:id', async (c) => {
      const role = await requireInvite(c);
      const workshop = await workshops.find(c.req.param('id'));
      if (!workshop) throw new HttpError(404, 'not_found', 'this workshop no longer exists');
      return c.json<WorkshopSession>({ workshop, role, canEdit: canEditDocument(role) });
    })

    .get('/workshops/:id/content', async (c) => {
      await requireInvite(c);
      return c.json<WorkshopContent>(await readContent(c.req.param('id')));
    })

    .post('/workshops/:id/invites', async (c) => {
      await requireInvite(c, ['facilitator']);
      const { role } = await readJsonBody(c, CreateInviteRequest);
      const id = c.req.param('id');
      const token = generateInviteToken();
      await workshops.addInvite(id, { role, tokenHash: hashInviteToken(token) });
      return c.json<CreatedInvite>({ role, token, link: invitePath(id, token) }, 201);
    });
}
