import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  CreateInviteRequest,
  CreateWorkshopRequest,
  DeleteWorkshopRequest,
  type CreatedInvite,
  type CreateWorkshopResponse,
  type InviteList,
  type InviteSummary,
  type ServerInfo,
  type ServerTime,
  type Workshop,
  type WorkshopSession,
} from '../../shared/api.js';
import { acceptLanguageTags, matchLanguage } from '../../shared/i18n/languages.js';
import { canEditDocument } from '../../shared/roles.js';
import type { WorkshopContent } from '../../shared/workshop-document/index.js';
import type { WorkshopContentReader } from '../content/workshop-content.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import type { InviteService } from '../people/invite-service.js';
import type { WorkshopRepository } from '../store/workshop-repository.js';
import type { LifecycleService } from '../workshops/lifecycle-service.js';
import { createWorkshopWithInvites } from '../workshops/workshop-creation.js';
import { adminGuard, refuseCrossSite } from './admin-guard.js';
import { HttpError, readJsonBody } from './errors.js';
import { inviteGuard } from './invite-guard.js';
import { requestAuthor } from './request-author.js';

export interface WorkshopRouteDependencies {
  workshops: WorkshopRepository;
  readContent: WorkshopContentReader;
  authorize: InviteAuthorizer;
  invites: InviteService;
  lifecycle: LifecycleService;
  /** Undefined: anyone who reaches the server may create workshops (it only listens on loopback then). */
  adminToken: string | undefined;
}

const InviteId = z.uuid();

/**
 * GET  /server-info            what the home page needs to know before creating a workshop
 * GET  /time                   the server's clock, for clients to measure their offset to it
 * POST /workshops              create a workshop (`language`, else Accept-Language's); the response is the only time invite tokens are shown
 * GET  /workshops/:id          what an invite token opens (Bearer invite token)
 * GET  /workshops/:id/content  the structured content: findings, recommendations, targets… (Bearer invite token)
 * DELETE /workshops/:id         delete it and all its data, `{confirmTitle}` (facilitator)
 * POST /workshops/:id/archive   make it read-only for every role (facilitator); /unarchive undoes it
 * GET  /workshops/:id/invites  every invite, role links and personal ones, never a token (facilitator)
 * POST /workshops/:id/invites  a role link `{role}` or a personal invite `{role, name, organisation?}` (facilitator)
 * DELETE /workshops/:id/invites/:inviteId  revoke it, closing its sockets (facilitator)
 */
export function workshopRoutes({
  workshops,
  readContent,
  authorize,
  invites,
  lifecycle,
  adminToken,
}: WorkshopRouteDependencies): Hono {
  const requireInvite = inviteGuard(authorize);
  const requireAdmin = adminGuard(adminToken);
  const manage = (c: Context) => requireInvite(c, ['facilitator'], { whileArchived: 'allowed' });

  return new Hono()
    .get('/server-info', (c) => c.json<ServerInfo>({ workshopCreation: adminToken ? 'admin-token' : 'open' }))

    .get('/time', (c) => {
      c.header('cache-control', 'no-store');
      return c.json<ServerTime>({ now: Date.now() });
    })

    .post('/workshops', async (c) => {
      refuseCrossSite(c, 'creating a workshop');
      requireAdmin(c, 'creating a workshop');
      const details = await readJsonBody(c, CreateWorkshopRequest);
      // Without a `language`, the one the creator's browser asks for (English when it is none of ours).
      const language = details.language ?? matchLanguage(acceptLanguageTags(c.req.header('accept-language')));
      return c.json<CreateWorkshopResponse>(
        await createWorkshopWithInvites(workshops, { ...details, language }),
        201,
      );
    })

    .get('/workshops/:id', async (c) => {
      const grant = await requireInvite(c);
      const workshop = await workshops.find(c.req.param('id'));
      if (!workshop) throw new HttpError(404, 'not_found', 'this workshop no longer exists');
      return c.json<WorkshopSession>({
        workshop,
        role: grant.role,
        canEdit: canEditDocument(grant.role) && !grant.archived,
        invite: { id: grant.inviteId, kind: grant.kind, name: grant.name, organisation: grant.organisation },
      });
    })

    .delete('/workshops/:id', async (c) => {
      await manage(c);
      const { confirmTitle } = await readJsonBody(c, DeleteWorkshopRequest);
      await lifecycle.delete(c.req.param('id'), confirmTitle);
      return c.json({ deleted: true });
    })

    .post('/workshops/:id/archive', async (c) => {
      const grant = await manage(c);
      return c.json<Workshop>(await lifecycle.setArchived(c.req.param('id'), true, requestAuthor(c, grant)));
    })

    .post('/workshops/:id/unarchive', async (c) => {
      const grant = await manage(c);
      return c.json<Workshop>(await lifecycle.setArchived(c.req.param('id'), false, requestAuthor(c, grant)));
    })

    .get('/workshops/:id/content', async (c) => {
      await requireInvite(c);
      return c.json<WorkshopContent>(await readContent(c.req.param('id')));
    })

    .get('/workshops/:id/invites', async (c) => {
      await manage(c);
      return c.json<InviteList>({ invites: await invites.list(c.req.param('id')) });
    })

    .post('/workshops/:id/invites', async (c) => {
      const grant = await manage(c);
      const request = await readJsonBody(c, CreateInviteRequest);
      return c.json<CreatedInvite>(
        await invites.create(c.req.param('id'), request, requestAuthor(c, grant)),
        201,
      );
    })

    .delete('/workshops/:id/invites/:inviteId', async (c) => {
      const grant = await manage(c);
      const inviteId = InviteId.safeParse(c.req.param('inviteId'));
      if (!inviteId.success) throw new HttpError(404, 'not_found', 'no such invite in this workshop');
      return c.json<InviteSummary>(
        await invites.revoke(c.req.param('id'), inviteId.data, requestAuthor(c, grant)),
      );
    });
}
