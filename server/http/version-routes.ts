import { Hono } from 'hono';
import { z } from 'zod';
import {
  CreateVersionRequest,
  DecisionRequest,
  EndorsementRequest,
  type Decision,
  type Endorsement,
  type RestoreResult,
  type VersionDetail,
  type VersionList,
  type VersionSummary,
} from '../../shared/api.js';
import type { ContentDiff } from '../../shared/workshop-document/index.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import { VersionConflictError, type VersionService } from '../versions/version-service.js';
import { HttpError, readJsonBody } from './errors.js';
import { inviteGuard } from './invite-guard.js';
import { requestAuthor } from './request-author.js';

export interface VersionRouteDependencies {
  versions: VersionService;
  authorize: InviteAuthorizer;
}

const VersionId = z.uuid();
const Against = z.union([z.literal('live'), z.uuid()]);

function versionIdOf(raw: string | undefined): string {
  const parsed = VersionId.safeParse(raw);
  if (!parsed.success) throw new HttpError(404, 'not_found', 'no such version');
  return parsed.data;
}

function found<T>(value: T | null): T {
  if (value === null) throw new HttpError(404, 'not_found', 'no such version');
  return value;
}

const APPEND_ONLY = () => {
  throw new HttpError(
    409,
    'conflict',
    'versions, endorsements and decisions are append-only: they cannot be changed or deleted',
  );
};

/**
 * All under /workshops/:id/versions, with `Authorization: Bearer <invite token>`:
 * POST /                              save a named version (facilitator)
 * GET  /                              history, newest first, with the live draft's hash (any role)
 * GET  /:versionId                    one version with its state, hash, endorsements (any role)
 * GET  /:versionId/diff?against=      to another version or `live` (any role)
 * POST /:versionId/restore            restore as a new change on the live draft (facilitator)
 * POST /:versionId/endorsement-request  open it for endorsement (facilitator)
 * POST /:versionId/endorsements       endorse or decline (stakeholder, facilitator)
 * POST /:versionId/decisions          record the decision-maker's decision on it (facilitator)
 * PUT/PATCH/DELETE on a version, an endorsement or a decision → 409: they are append-only.
 */
export function versionRoutes({ versions, authorize }: VersionRouteDependencies): Hono {
  const requireRole = inviteGuard(authorize);

  return new Hono()
    .post('/workshops/:id/versions', async (c) => {
      const grant = await requireRole(c, ['facilitator']);
      const body = await readJsonBody(c, CreateVersionRequest);
      const version = await versions.save(
        c.req.param('id'),
        body.name,
        'named',
        requestAuthor(c, grant, body.author),
      );
      return c.json<VersionSummary>(version, 201);
    })

    .get('/workshops/:id/versions', async (c) => {
      await requireRole(c);
      return c.json<VersionList>(await versions.list(c.req.param('id')));
    })

    .get('/workshops/:id/versions/:versionId', async (c) => {
      await requireRole(c);
      return c.json<VersionDetail>(
        found(await versions.get(c.req.param('id'), versionIdOf(c.req.param('versionId')))),
      );
    })

    .get('/workshops/:id/versions/:versionId/diff', async (c) => {
      await requireRole(c);
      const against = Against.safeParse(c.req.query('against') ?? 'live');
      if (!against.success)
        throw new HttpError(400, 'invalid_request', 'against must be a version id or "live"');
      const diff = await versions.diff(
        c.req.param('id'),
        versionIdOf(c.req.param('versionId')),
        against.data,
      );
      return c.json<ContentDiff>(found(diff));
    })

    .post('/workshops/:id/versions/:versionId/restore', async (c) => {
      const grant = await requireRole(c, ['facilitator']);
      const result = await versions.restore(
        c.req.param('id'),
        versionIdOf(c.req.param('versionId')),
        requestAuthor(c, grant),
      );
      return c.json<RestoreResult>(found(result));
    })

    .post('/workshops/:id/versions/:versionId/endorsement-request', async (c) => {
      const grant = await requireRole(c, ['facilitator']);
      const opened = await versions.openForEndorsement(
        c.req.param('id'),
        versionIdOf(c.req.param('versionId')),
        requestAuthor(c, grant),
      );
      return c.json<VersionSummary>(found(opened), 201);
    })

    .post('/workshops/:id/versions/:versionId/endorsements', async (c) => {
      const grant = await requireRole(c, ['stakeholder', 'facilitator']);
      const body = await readJsonBody(c, EndorsementRequest);
      try {
        const endorsement = await versions.endorse(
          c.req.param('id'),
          versionIdOf(c.req.param('versionId')),
          body,
          grant,
        );
        return c.json<Endorsement>(found(endorsement), 201);
      } catch (error) {
        if (error instanceof VersionConflictError) throw new HttpError(409, 'conflict', error.message);
        throw error;
      }
    })

    .post('/workshops/:id/versions/:versionId/decisions', async (c) => {
      const grant = await requireRole(c, ['facilitator']);
      const body = await readJsonBody(c, DecisionRequest);
      const decision = await versions.recordDecision(
        c.req.param('id'),
        versionIdOf(c.req.param('versionId')),
        body,
        requestAuthor(c, grant),
      );
      return c.json<Decision>(found(decision), 201);
    })

    .on(
      ['PUT', 'PATCH', 'DELETE'],
      [
        '/workshops/:id/versions/:versionId',
        '/workshops/:id/versions/:versionId/endorsements/:endorsementId',
        '/workshops/:id/versions/:versionId/decisions',
        '/workshops/:id/versions/:versionId/decisions/:decisionId',
      ],
      async (c) => {
        await requireRole(c);
        APPEND_ONLY();
      },
    );
}
