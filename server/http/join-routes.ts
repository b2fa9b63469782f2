import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import QRCode from 'qrcode';
import { z } from 'zod';
import {
  CreateJoinCodeRequest,
  JoinRequest,
  type JoinCode,
  type JoinCodeList,
  type JoinResponse,
} from '../../shared/join-codes.js';
import type { InviteAuthorizer } from '../auth/invite-authorizer.js';
import type { JoinCodeService } from '../join/join-code-service.js';
import { joinCodeView } from '../join/join-code-service.js';
import { errorBody, HttpError, readJsonBody } from './errors.js';
import { inviteGuard } from './invite-guard.js';
import type { JoinThrottle } from './join-throttle.js';
import { publicBase } from './public-base.js';
import { requestAuthor } from './request-author.js';

export interface JoinRouteDependencies {
  authorize: InviteAuthorizer;
  joinCodes: JoinCodeService;
  joinThrottle: JoinThrottle;
  /** `PUBLIC_URL`: the origin join URLs point at; undefined for the request's own. */
  publicUrl: string | undefined;
  /** Venue mode: the LAN origin phones reach this server at, once it listens; absent otherwise. */
  venueLanOrigin?: () => string | undefined;
}

const CodeId = z.uuid();

/** No proxy is trusted to say who the client is: the socket's peer is the address throttled. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function tooManyTries(c: Context, seconds: number) {
  return c.json(
    errorBody('too_many_requests', `too many wrong codes from this address: try again in ${seconds} seconds`),
    429,
    { 'retry-after': String(seconds), 'cache-control': 'no-store' },
  );
}

/**
 * POST   /workshops/:id/join-codes                  a code for `{role}` (participant by default) → 201 (facilitator)
 * GET    /workshops/:id/join-codes                  every code, revoked ones too, oldest first (facilitator)
 * GET    /workshops/:id/join-codes/:codeId          one code, for the projector's Join panel (facilitator, viewer)
 * GET    /workshops/:id/join-codes/:codeId/qr.svg   the QR code of its URL (facilitator, viewer: the projector)
 * DELETE /workshops/:id/join-codes/:codeId          revoke it: no new joins (facilitator)
 * POST   /join                                      `{code}` → the invite link it opens (anyone, throttled)
 */
export function joinRoutes({
  authorize,
  joinCodes,
  joinThrottle,
  publicUrl,
  venueLanOrigin,
}: JoinRouteDependencies): Hono {
  const requireInvite = inviteGuard(authorize);
  const base = (c: Context) =>
    publicBase({ publicUrl }, c.req.url, venueLanOrigin && { lanOrigin: venueLanOrigin() });
  const codeId = (c: Context) => {
    const parsed = CodeId.safeParse(c.req.param('codeId'));
    if (!parsed.success) throw new HttpError(404, 'not_found', 'no such join code in this workshop');
    return parsed.data;
  };

  return new Hono()
    .post('/workshops/:id/join-codes', async (c) => {
      const grant = await requireInvite(c, ['facilitator']);
      const request = await readJsonBody(c, CreateJoinCodeRequest);
      const stored = await joinCodes.create(c.req.param('id'), request, requestAuthor(c, grant));
      return c.json<JoinCode>(joinCodeView(stored, base(c)), 201);
    })

    .get('/workshops/:id/join-codes', async (c) => {
      await requireInvite(c, ['facilitator']);
      const stored = await joinCodes.list(c.req.param('id'));
      return c.json<JoinCodeList>({ joinCodes: stored.map((code) => joinCodeView(code, base(c))) });
    })

    .get('/workshops/:id/join-codes/:codeId', async (c) => {
      await requireInvite(c, ['facilitator', 'viewer']);
      const stored = await joinCodes.find(c.req.param('id'), codeId(c));
      return c.json<JoinCode>(joinCodeView(stored, base(c)));
    })

    .get('/workshops/:id/join-codes/:codeId/qr.svg', async (c) => {
      await requireInvite(c, ['facilitator', 'viewer']);
      const stored = await joinCodes.find(c.req.param('id'), codeId(c));
      if (stored.revokedAt) throw new HttpError(404, 'not_found', 'this join code was revoked');
      // Level M survives a projector's glare and a partly covered screen; 4 modules of quiet zone is the standard's.
      const svg = await QRCode.toString(joinCodeView(stored, base(c)).url, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 4,
      });
      return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'private, no-store' });
    })

    .delete('/workshops/:id/join-codes/:codeId', async (c) => {
      // Like revoking an invite, stopping a code stays possible while the workshop is archived.
      const grant = await requireInvite(c, ['facilitator'], { whileArchived: 'allowed' });
      const stored = await joinCodes.revoke(c.req.param('id'), codeId(c), requestAuthor(c, grant));
      return c.json<JoinCode>(joinCodeView(stored, base(c)));
    })

    .post('/join', async (c) => {
      const address = clientAddress(c);
      const wait = joinThrottle.refusal(address);
      if (wait !== undefined) return tooManyTries(c, wait);
      const { code } = await readJsonBody(c, JoinRequest);
      const joined = await joinCodes.join(code);
      if (!joined) {
        const blocked = joinThrottle.fail(address);
        if (blocked !== undefined) return tooManyTries(c, blocked);
        throw new HttpError(404, 'not_found', 'no workshop has this code');
      }
      // The link carries an invite token: no cache may keep it.
      return c.json<JoinResponse>(joined, 200, { 'cache-control': 'no-store' });
    });
}
