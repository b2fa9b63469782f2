import { randomUUID } from 'node:crypto';
import { inspectRoutes } from 'hono/dev';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, CreateWorkshopResponse, VersionSummary } from '../../../shared/api.js';
import { ROLES, type Role } from '../../../shared/roles.js';
import { createHttpApp, type HttpAppDependencies } from '../../../server/http/app.js';
import { createLogger } from '../../../server/logger.js';
import type { RunningServer } from '../../../server/start-server.js';
import { CLIENT_DIR, createWorkshop, startTestServer } from '../../helpers/test-server.js';

/**
 * Routes anyone may call without an invite. Every other route the app serves under /api (found by
 * walking the Hono app, so a route added later is covered without touching this file) must refuse a
 * request without a valid invite for its workshop.
 */
const PUBLIC_ROUTES = new Set([
  'GET /healthz',
  'GET /api/server-info',
  // The server's clock, for the agenda countdown: says nothing about any workshop.
  'GET /api/time',
  // Open on loopback, or behind ADMIN_TOKEN (tested in http-api.test.ts); cross-site posts refused below.
  'POST /api/workshops',
  // Administration: ADMIN_TOKEN when set, else loopback only, like creating a workshop (admin-api.test.ts).
  'GET /api/admin/workshops',
  'DELETE /api/admin/workshops/:id',
  // The embedded store's online backup: admin-guarded the same way (backup-restore.test.ts).
  'POST /api/admin/backup',
  // A join code is the credential here: unknown and revoked codes answer alike, and wrong ones are
  // throttled per address (join-codes-api.test.ts).
  'POST /api/join',
  // A workshop archive comes in as the administrator's, like creating one (archive.test.ts).
  'POST /api/workshops/import',
]);

/**
 * Who may call each invite-guarded route. A route missing here is held to the default: reading (GET)
 * is open to every invite, and anything else must at least refuse the read-only viewer (projector)
 * invite with 403, so a new write route that forgets its role check fails this test.
 */
const ALLOWED_ROLES: Record<string, readonly Role[]> = {
  'POST /api/workshops/:id/versions': ['facilitator'],
  'POST /api/workshops/:id/versions/:versionId/restore': ['facilitator'],
  'POST /api/workshops/:id/versions/:versionId/endorsement-request': ['facilitator'],
  'POST /api/workshops/:id/versions/:versionId/endorsements': ['stakeholder', 'facilitator'],
  // Append-only: any invite gets 409, whatever it is.
  'PUT /api/workshops/:id/versions/:versionId': ROLES,
  'PATCH /api/workshops/:id/versions/:versionId': ROLES,
  'DELETE /api/workshops/:id/versions/:versionId': ROLES,
  'PUT /api/workshops/:id/versions/:versionId/endorsements/:endorsementId': ROLES,
  'PATCH /api/workshops/:id/versions/:versionId/endorsements/:endorsementId': ROLES,
  'DELETE /api/workshops/:id/versions/:versionId/endorsements/:endorsementId': ROLES,
  'POST /api/workshops/:id/versions/:versionId/decisions': ['facilitator'],
  'PUT /api/workshops/:id/versions/:versionId/decisions': ROLES,
  'PATCH /api/workshops/:id/versions/:versionId/decisions': ROLES,
  'DELETE /api/workshops/:id/versions/:versionId/decisions': ROLES,
  'PUT /api/workshops/:id/versions/:versionId/decisions/:decisionId': ROLES,
  'PATCH /api/workshops/:id/versions/:versionId/decisions/:decisionId': ROLES,
  'DELETE /api/workshops/:id/versions/:versionId/decisions/:decisionId': ROLES,
  'POST /api/workshops/:id/invites': ['facilitator'],
  'GET /api/workshops/:id/invites': ['facilitator'],
  'DELETE /api/workshops/:id/invites/:inviteId': ['facilitator'],
  'DELETE /api/workshops/:id': ['facilitator'],
  'POST /api/workshops/:id/archive': ['facilitator'],
  'POST /api/workshops/:id/unarchive': ['facilitator'],
  'POST /api/workshops/:id/votes': ['facilitator'],
  'POST /api/workshops/:id/votes/:voteId/ballots': ['participant', 'facilitator'],
  'POST /api/workshops/:id/votes/:voteId/close': ['facilitator'],
  'GET /api/workshops/:id/audit': ['facilitator', 'stakeholder'],
  'POST /api/workshops/:id/comments': ['facilitator', 'participant', 'stakeholder'],
  'POST /api/workshops/:id/comments/:threadId/replies': ['facilitator', 'participant', 'stakeholder'],
  'PATCH /api/workshops/:id/comments/:threadId': ['facilitator', 'participant', 'stakeholder'],
  'POST /api/workshops/:id/import/:collection': ['facilitator'],
  'POST /api/workshops/:id/join-codes': ['facilitator'],
  'GET /api/workshops/:id/join-codes': ['facilitator'],
  // The projector, on a viewer invite, shows the code and its QR code.
  'GET /api/workshops/:id/join-codes/:codeId': ['facilitator', 'viewer'],
  'GET /api/workshops/:id/join-codes/:codeId/qr.svg': ['facilitator', 'viewer'],
  'DELETE /api/workshops/:id/join-codes/:codeId': ['facilitator'],
  'POST /api/workshops/:id/amendments': ['facilitator', 'participant', 'stakeholder'],
  'POST /api/workshops/:id/amendments/:amendmentId/support': ['facilitator', 'participant', 'stakeholder'],
  'POST /api/workshops/:id/amendments/:amendmentId/accept': ['facilitator'],
  'POST /api/workshops/:id/amendments/:amendmentId/reject': ['facilitator'],
  // The whole workshop as one file: everything, so only who runs the workshop takes it away.
  'GET /api/workshops/:id/archive': ['facilitator'],
};

const MAX_API_BODY_BYTES = 64 * 1024;

/** A value that survives any use a route factory might make of a dependency while being set up. */
function inert(): unknown {
  const target = () => proxy;
  const proxy: unknown = new Proxy(target, {
    get: (_target, key) => (key === 'then' ? undefined : proxy),
    apply: () => proxy,
  });
  return proxy;
}

/**
 * The routes of the app exactly as the server builds it. Route handlers only run per request, so
 * inert dependencies are enough to list them, whatever dependencies are added later.
 */
function apiRoutes(): Array<{ method: string; path: string }> {
  const known: Partial<HttpAppDependencies> = {
    clientDir: CLIENT_DIR,
    adminToken: undefined,
    logger: createLogger('silent'),
  };
  const deps = new Proxy(known, {
    get: (target, key) => (key in target ? target[key as keyof HttpAppDependencies] : inert()),
  }) as HttpAppDependencies;
  const seen = new Set<string>();
  return inspectRoutes(createHttpApp(deps)).flatMap(({ method, path, isMiddleware }) => {
    if (isMiddleware || !(path.startsWith('/api/') || path === '/healthz')) return [];
    const key = `${method} ${path}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ method, path }];
  });
}

let server: RunningServer;
let workshop: CreateWorkshopResponse;
let foreign: CreateWorkshopResponse;
let version: VersionSummary;

beforeAll(async () => {
  server = await startTestServer();
  [workshop, foreign] = await Promise.all([
    createWorkshop(server.url, { title: 'Hardening' }),
    createWorkshop(server.url, { title: 'Someone else’s workshop' }),
  ]);
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}/versions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${workshop.invites.facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Baseline' }),
  });
  expect(response.status).toBe(201);
  version = (await response.json()) as VersionSummary;
});
afterAll(async () => {
  await server?.close();
});

/** A concrete URL for a route pattern: this test's workshop and version, a fresh id for anything else. */
function concrete(path: string): string {
  return path.replace(/:(\w+)/g, (_match, name: string) =>
    name === 'id' ? workshop.id : name === 'versionId' ? version.id : randomUUID(),
  );
}

async function call(method: string, path: string, token?: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const hasBody = method !== 'GET' && method !== 'HEAD';
  if (hasBody) headers['content-type'] = 'application/json';
  return fetch(`${server.url}${concrete(path)}`, { method, headers, body: hasBody ? '{}' : undefined });
}

/** Past the guard or not: any answer but 401/403 (400 for the empty body, 404, 409…) means it let the role in. */
function verdictOf(status: number): 'allowed' | 'forbidden' | 'unauthorized' {
  return status === 403 ? 'forbidden' : status === 401 ? 'unauthorized' : 'allowed';
}

async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json().catch(() => null)) as ApiError | null;
  return body?.error?.code;
}

describe('every API route is guarded', () => {
  const routes = apiRoutes();
  const guarded = routes.filter(({ method, path }) => !PUBLIC_ROUTES.has(`${method} ${path}`));

  it('finds the routes by walking the app, and every allow-list entry is a real route', () => {
    const keys = new Set(routes.map(({ method, path }) => `${method} ${path}`));
    for (const key of [...PUBLIC_ROUTES, ...Object.keys(ALLOWED_ROLES)]) expect(keys).toContain(key);
    expect(guarded.length).toBeGreaterThanOrEqual(Object.keys(ALLOWED_ROLES).length);
  });

  it.each(guarded.map(({ method, path }) => [method, path]))(
    '%s %s refuses a missing, malformed or foreign invite with 401',
    async (method, path) => {
      for (const token of [undefined, '', 'not-a-token', foreign.invites.facilitator]) {
        const response = await call(method, path, token);
        expect({ token, status: response.status }).toEqual({ token, status: 401 });
        expect(await errorCode(response)).toBe('unauthorized');
      }
    },
  );

  it.each(guarded.map(({ method, path }) => [method, path]))(
    '%s %s answers each invite role as declared (403 for the others)',
    async (method, path) => {
      const allowed = ALLOWED_ROLES[`${method} ${path}`];
      for (const role of ROLES) {
        const response = await call(method, path, workshop.invites[role]);
        const got = verdictOf(response.status);
        if (allowed) {
          expect({ role, got }).toEqual({ role, got: allowed.includes(role) ? 'allowed' : 'forbidden' });
          if (got === 'forbidden') expect(await errorCode(response)).toBe('forbidden');
        } else if (method === 'GET') {
          expect({ role, got }).toEqual({ role, got: 'allowed' });
        } else if (role === 'viewer') {
          expect({ role, got }).toEqual({ role, got: 'forbidden' });
        }
      }
    },
  );
});

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-permitted-cross-domain-policies': 'none',
  'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
};

describe('secure headers', () => {
  it.each([
    ['health', 'GET', '/healthz', 200],
    ['API answer', 'GET', '/api/server-info', 200],
    ['API error', 'GET', '/api/workshops/:id', 401],
    ['API 404', 'GET', '/api/no-such-route', 404],
    ['home page', 'GET', '/', 200],
    ['workshop page', 'GET', '/w/:id', 200],
    ['missing page', 'GET', '/no-such-page.txt', 404],
  ])('are on the %s', async (_what, method, path, status) => {
    const response = await call(method, path);
    expect(response.status).toBe(status);
    expect(Object.fromEntries(response.headers)).toMatchObject(SECURITY_HEADERS);
    expect(response.headers.has('x-powered-by')).toBe(false);
  });
});

describe('content security policy', () => {
  it.each([
    ['home page', '/'],
    ['workshop page', '/w/:id'],
  ])('lets the %s load only this server’s scripts and connect only to it', async (_what, path) => {
    const policy = (await call('GET', path)).headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      policy.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'frame-ancestors': "'self'",
    });
  });
});

describe('CORS is closed', () => {
  const evil = 'https://evil.example';
  const corsHeaders = (response: Response) =>
    [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

  it('grants no other origin a read', async () => {
    for (const path of ['/api/server-info', `/api/workshops/${workshop.id}`, '/healthz']) {
      const response = await fetch(`${server.url}${path}`, {
        headers: { origin: evil, authorization: `Bearer ${workshop.invites.viewer}` },
      });
      expect({ path, cors: corsHeaders(response) }).toEqual({ path, cors: [] });
    }
  });

  it('answers no preflight, so browsers never send other origins’ authorized or JSON requests', async () => {
    for (const [path, method] of [
      [`/api/workshops/${workshop.id}`, 'GET'],
      [`/api/workshops/${workshop.id}/versions`, 'POST'],
      ['/api/workshops', 'POST'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin: evil,
          'access-control-request-method': method,
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect({ path, cors: corsHeaders(response) }).toEqual({ path, cors: [] });
    }
  });

  it('refuses a cross-site form post that creates a workshop (no preflight protects that one)', async () => {
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { origin: evil, 'content-type': 'text/plain' },
      body: JSON.stringify({ title: 'Planted' }),
    });
    expect(response.status).toBe(403);
    expect(corsHeaders(response)).toEqual([]);
  });
});

describe('request bodies are limited', () => {
  const oversize = JSON.stringify({ title: 'x'.repeat(MAX_API_BODY_BYTES) });

  async function expectTooLarge(response: Response): Promise<void> {
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await errorCode(response)).toBe('payload_too_large');
  }

  it('answers 413 JSON to an oversize body on an open route', async () => {
    await expectTooLarge(
      await fetch(`${server.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: oversize,
      }),
    );
  });

  it('answers 413 JSON to an oversize body on a guarded route', async () => {
    await expectTooLarge(
      await fetch(`${server.url}/api/workshops/${workshop.id}/versions`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${workshop.invites.facilitator}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ name: 'x'.repeat(MAX_API_BODY_BYTES) }),
      }),
    );
  });

  it('counts a streamed body without Content-Length too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= MAX_API_BODY_BYTES * 4) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    };
    await expectTooLarge(await fetch(`${server.url}/api/workshops`, init));
  });

  it('still accepts a body just under the limit', async () => {
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'ok', country: ' '.repeat(MAX_API_BODY_BYTES - 100) }),
    });
    expect(response.status).not.toBe(413);
  });
});
