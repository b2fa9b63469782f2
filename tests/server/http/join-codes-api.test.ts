import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, CreateWorkshopResponse, InviteList } from '../../../shared/api.js';
import type { AuditLogResponse } from '../../../shared/audit.js';
import {
  JOIN_CODE_ALPHABET,
  type JoinCode,
  type JoinCodeList,
  type JoinResponse,
} from '../../../shared/join-codes.js';
import type { RunningServer } from '../../../server/start-server.js';
import { apiCall } from '../../helpers/api-call.js';
import { createWorkshop, startTestServer } from '../../helpers/test-server.js';
import { connectClient, type TestClient } from '../../helpers/yjs-clients.js';

let server: RunningServer;
const clients: TestClient[] = [];
const scratch = mkdtempSync(path.join(tmpdir(), 'join-codes-'));

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

function call<T = unknown>(
  method: string,
  route: string,
  token: string | undefined,
  body?: unknown,
  on = server,
) {
  return apiCall<T>(`${on.url}/api${route}`, method, { token, body });
}

async function makeCode(
  workshop: CreateWorkshopResponse,
  body: unknown = {},
  on = server,
): Promise<JoinCode> {
  const made = await call<JoinCode>(
    'POST',
    `/workshops/${workshop.id}/join-codes`,
    workshop.invites.facilitator,
    body,
    on,
  );
  expect(made.status).toBe(201);
  return made.body;
}

/** Renders the SVG as a phone camera would see it on a screen, and reads it with a real decoder. */
function decodeQr(svg: string): string {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 600 }, background: 'white' }).render().asPng();
  const file = path.join(scratch, `qr-${Date.now()}.png`);
  writeFileSync(file, png);
  // zbarimg chatters about D-Bus on stderr where there is none; only its stdout is the answer.
  return execFileSync('zbarimg', ['--raw', '-q', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

describe('join codes', () => {
  it('makes an 8-character code from the look-alike-free alphabet, backed by a role invite, and lists it', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Join codes' });
    const code = await makeCode(workshop);
    expect(code).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      code: expect.stringMatching(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/),
      role: 'participant',
      url: `${server.url}/join/${code.code.replace('-', '')}`,
      createdAt: expect.any(String),
      revokedAt: null,
    });
    for (const character of code.code.replace('-', '')) expect(JOIN_CODE_ALPHABET).toContain(character);
    expect(code.code).not.toMatch(/[01OIL]/);

    const stakeholder = await makeCode(workshop, { role: 'stakeholder' });
    expect(stakeholder.role).toBe('stakeholder');
    expect(
      (
        await call('POST', `/workshops/${workshop.id}/join-codes`, workshop.invites.facilitator, {
          role: 'facilitator',
        })
      ).status,
    ).toBe(400);

    const list = await call<JoinCodeList>(
      'GET',
      `/workshops/${workshop.id}/join-codes`,
      workshop.invites.facilitator,
    );
    expect(list.status).toBe(200);
    expect(list.body.joinCodes.map((c) => c.id)).toEqual([code.id, stakeholder.id]);

    // Each code is a role invite of its own in People, and both acts are in the audit log.
    const invites = await call<InviteList>(
      'GET',
      `/workshops/${workshop.id}/invites`,
      workshop.invites.facilitator,
    );
    expect(invites.body.invites.filter((invite) => invite.kind === 'role')).toHaveLength(6);
    const audit = await call<AuditLogResponse>(
      'GET',
      `/workshops/${workshop.id}/audit`,
      workshop.invites.facilitator,
    );
    const actions = audit.body.entries.map((entry) => entry.action);
    expect(actions.filter((action) => action === 'join-code.created')).toHaveLength(2);
    expect(JSON.stringify(audit.body.entries)).not.toContain(code.code.replace('-', ''));
  });

  it('is made, listed and revoked by facilitators only', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Roles' });
    const code = await makeCode(workshop);
    for (const role of ['participant', 'stakeholder', 'viewer'] as const) {
      const token = workshop.invites[role];
      expect((await call('POST', `/workshops/${workshop.id}/join-codes`, token, {})).status).toBe(403);
      expect((await call('GET', `/workshops/${workshop.id}/join-codes`, token)).status).toBe(403);
      expect((await call('DELETE', `/workshops/${workshop.id}/join-codes/${code.id}`, token)).status).toBe(
        403,
      );
    }
    expect((await call('GET', `/workshops/${workshop.id}/join-codes`, undefined)).status).toBe(401);
    // The projector (a viewer) may show it: the code and its QR code.
    expect(
      (await call('GET', `/workshops/${workshop.id}/join-codes/${code.id}`, workshop.invites.viewer)).body,
    ).toEqual(code);
    expect(
      (await call('GET', `/workshops/${workshop.id}/join-codes/${code.id}`, workshop.invites.stakeholder))
        .status,
    ).toBe(403);
  });

  it('joins with the code typed any way, to a link that opens the workshop with the code’s role', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Joining' });
    const code = await makeCode(workshop);
    const [first, second] = code.code.split('-');
    for (const typed of [
      code.code,
      code.code.toLowerCase(),
      `${first}${second}`,
      ` ${first!.toLowerCase()} ${second} `,
    ]) {
      const joined = await call<JoinResponse>('POST', '/join', undefined, { code: typed });
      expect({ typed, status: joined.status }).toEqual({ typed, status: 200 });
      expect(joined.body).toEqual({
        workshopId: workshop.id,
        role: 'participant',
        link: expect.stringMatching(new RegExp(`^/w/${workshop.id}#invite=[A-Za-z0-9_-]{43}$`)),
      });
      expect(joined.response.headers.get('cache-control')).toBe('no-store');
    }
    const { body } = await call<JoinResponse>('POST', '/join', undefined, { code: code.code });
    const token = decodeURIComponent(body.link.split('#invite=')[1]!);
    const session = await call<{ role: string }>('GET', `/workshops/${workshop.id}`, token);
    expect(session.body.role).toBe('participant');
    const client = connectClient(server.url, workshop.id, token);
    clients.push(client);
    await client.synced;
    expect(client.provider.wsconnected).toBe(true);
  });

  it('answers an unknown code and a revoked one alike (404); revoking stops new joins, not those already in', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Revoking' });
    const code = await makeCode(workshop);
    const joined = await call<JoinResponse>('POST', '/join', undefined, { code: code.code });
    const token = decodeURIComponent(joined.body.link.split('#invite=')[1]!);

    const revoked = await call<JoinCode>(
      'DELETE',
      `/workshops/${workshop.id}/join-codes/${code.id}`,
      workshop.invites.facilitator,
    );
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    const again = await call<JoinCode>(
      'DELETE',
      `/workshops/${workshop.id}/join-codes/${code.id}`,
      workshop.invites.facilitator,
    );
    expect(again.body).toEqual(revoked.body);
    expect(
      (
        await call(
          'DELETE',
          `/workshops/${workshop.id}/join-codes/${crypto.randomUUID()}`,
          workshop.invites.facilitator,
        )
      ).status,
    ).toBe(404);

    const afterRevoke = await call<ApiError>('POST', '/join', undefined, { code: code.code });
    const unknown = await call<ApiError>('POST', '/join', undefined, { code: 'ZZZZ-ZZZZ' });
    const notACode = await call<ApiError>('POST', '/join', undefined, { code: 'hello' });
    expect(afterRevoke.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(notACode.status).toBe(404);
    expect(afterRevoke.body).toEqual(unknown.body);
    expect(notACode.body).toEqual(unknown.body);
    expect(unknown.body.error.code).toBe('not_found');
    // Whoever joined before still gets in.
    expect((await call('GET', `/workshops/${workshop.id}`, token)).status).toBe(200);
    expect(
      (
        await call(
          'GET',
          `/workshops/${workshop.id}/join-codes/${code.id}/qr.svg`,
          workshop.invites.facilitator,
        )
      ).status,
    ).toBe(404);

    const audit = await call<AuditLogResponse>(
      'GET',
      `/workshops/${workshop.id}/audit`,
      workshop.invites.facilitator,
    );
    expect(audit.body.entries.filter((entry) => entry.action === 'join-code.revoked')).toHaveLength(1);
  });

  it('admits nobody once the invite behind the code is revoked in People', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Invite revoked' });
    const code = await makeCode(workshop);
    const invites = await call<InviteList>(
      'GET',
      `/workshops/${workshop.id}/invites`,
      workshop.invites.facilitator,
    );
    const backing = invites.body.invites.at(-1)!;
    expect(
      (await call('DELETE', `/workshops/${workshop.id}/invites/${backing.id}`, workshop.invites.facilitator))
        .status,
    ).toBe(200);
    expect((await call('POST', '/join', undefined, { code: code.code })).status).toBe(404);
  });

  it('serves the QR code of the join URL as SVG, which a real decoder reads back', async () => {
    const workshop = await createWorkshop(server.url, { title: 'QR' });
    const code = await makeCode(workshop);
    for (const role of ['facilitator', 'viewer'] as const) {
      const response = await fetch(
        `${server.url}/api/workshops/${workshop.id}/join-codes/${code.id}/qr.svg`,
        {
          headers: { authorization: `Bearer ${workshop.invites[role]}` },
        },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      const svg = await response.text();
      expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(decodeQr(svg)).toBe(code.url);
    }
    for (const role of ['participant', 'stakeholder'] as const) {
      expect(
        (await call('GET', `/workshops/${workshop.id}/join-codes/${code.id}/qr.svg`, workshop.invites[role]))
          .status,
      ).toBe(403);
    }
  });
});

describe('join URLs with PUBLIC_URL', () => {
  let behindProxy: RunningServer;
  beforeAll(async () => {
    behindProxy = await startTestServer({ publicUrl: 'https://workshop.example.org' });
  });
  afterAll(() => behindProxy?.close());

  it('point at the public origin, in the answer and in the QR code', async () => {
    const workshop = await createWorkshop(behindProxy.url, { title: 'Behind a proxy' });
    const code = await makeCode(workshop, { role: 'viewer' }, behindProxy);
    expect(code.url).toBe(`https://workshop.example.org/join/${code.code.replace('-', '')}`);
    const svg = await fetch(`${behindProxy.url}/api/workshops/${workshop.id}/join-codes/${code.id}/qr.svg`, {
      headers: { authorization: `Bearer ${workshop.invites.viewer}` },
    }).then((response) => response.text());
    expect(decodeQr(svg)).toBe(code.url);
  });
});

describe('guessing codes', () => {
  let guarded: RunningServer;
  beforeAll(async () => {
    guarded = await startTestServer();
  });
  afterAll(() => guarded?.close());

  it('refuses the 11th wrong code within a minute with 429 and Retry-After, then even a right one', async () => {
    const workshop = await createWorkshop(guarded.url, { title: 'Brute force' });
    const code = await makeCode(workshop, {}, guarded);
    const join = (typed: string) => call<ApiError>('POST', '/join', undefined, { code: typed }, guarded);
    for (let i = 0; i < 9; i++) expect((await join(`2222-22${JOIN_CODE_ALPHABET[i]}2`)).status).toBe(404);
    // A right code in between does not wipe the slate: guesses cannot be laundered through it.
    expect((await join(code.code)).status).toBe(200);
    expect((await join('2222-2ZZ2')).status).toBe(404);
    const blocked = await join('2222-2YY2');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_requests');
    const retryAfter = Number(blocked.response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const right = await join(code.code);
    expect(right.status).toBe(429);
    expect(Number(right.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
