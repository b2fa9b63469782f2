import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkshopSession } from '../../../shared/api.js';
import type { JoinCode, JoinResponse } from '../../../shared/join-codes.js';
import { ADMIN_TOKEN_FILE } from '../../../server/config.js';
import { lanAddresses, lanOrigin } from '../../../server/venue/lan-addresses.js';
import { apiCall } from '../../helpers/api-call.js';
import { freePort } from '../../helpers/server-process.js';
import { plainText, spawnVenue, type VenueProcess } from '../../helpers/venue-process.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'venue-main-'));
const running: VenueProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((venue) => venue.stop()));
  rmSync(scratch, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<VenueProcess> {
  const venue = await spawnVenue(env);
  running.push(venue);
  return venue;
}

/**
 * Reads the terminal's QR code as a phone camera would: each character is two modules, one above
 * the other (█ both dark, ▀ the upper, ▄ the lower), drawn as an image for a real decoder.
 */
function decodeTerminalQr(qrLines: string[]): string {
  // The last line only closes the quiet zone, in the terminal's own colours.
  const rows = qrLines.filter((line) => !line.includes('\x1b[37m')).map(plainText);
  const modules = rows.flatMap((row) => [
    [...row].map((c) => c === '█' || c === '▀'),
    [...row].map((c) => c === '█' || c === '▄'),
  ]);
  const size = 10;
  const width = Math.max(...modules.map((row) => row.length)) + 8;
  const rects = modules.flatMap((row, y) =>
    row.flatMap((dark, x) =>
      dark ? [`<rect x="${(x + 4) * size}" y="${(y + 4) * size}" width="${size}" height="${size}"/>`] : [],
    ),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width * size}" height="${(modules.length + 8) * size}"><rect width="100%" height="100%" fill="#fff"/>${rects.join('')}</svg>`;
  const file = path.join(scratch, `qr-${Date.now()}.png`);
  writeFileSync(file, new Resvg(svg, { background: 'white' }).render().asPng());
  // zbarimg chatters about D-Bus on stderr where there is none; only its stdout is the answer.
  return execFileSync('zbarimg', ['--raw', '-q', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

describe('npm run venue', () => {
  it('prints the LAN URLs, a facilitator link and its QR code, and keeps the links and token over a restart', async () => {
    const port = await freePort();
    const dataDir = path.join(scratch, 'data');
    const env = {
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_TOKEN: '',
      PUBLIC_URL: '',
      HOST: '',
      LOG_LEVEL: '',
    };
    const venue = await start(env);
    const { banner } = venue;
    const text = plainText(banner.text);

    const expected = lanAddresses().map((address) => lanOrigin(address, port));
    expect(banner.lanUrls).toEqual(expected);
    expect(text).toContain(`On this laptop: http://localhost:${port}`);
    // The facilitator link is on the origin the room reaches (this laptop's own name without a network).
    const origin = expected[0] ?? `http://localhost:${port}`;
    expect(banner.facilitatorUrl).toMatch(
      new RegExp(`^${origin.replace(/\./g, '\\.')}/w/[0-9a-f-]{36}#invite=[\\w-]{43}$`),
    );
    expect(text).toMatch(/Facilitator link to “Results workshop, \d{4}-\d{2}-\d{2}” \(made just now\)/);
    expect(decodeTerminalQr(banner.qrLines)).toBe(banner.facilitatorUrl);

    // Bound to every interface: the LAN addresses answer, and so does loopback.
    for (const url of [...expected, `http://127.0.0.1:${port}`])
      expect((await fetch(`${url}/healthz`)).status, url).toBe(200);

    const local = `http://127.0.0.1:${port}`;
    // The admin token it made guards workshop creation, and is kept 0600 where the banner says.
    const tokenFile = path.join(dataDir, ADMIN_TOKEN_FILE);
    expect(text).toContain(`in ${tokenFile}`);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const adminToken = readFileSync(tokenFile, 'utf8').trim();
    const body = { title: 'Another' };
    expect((await apiCall(`${local}/api/workshops`, 'POST', { body })).status).toBe(401);
    expect((await apiCall(`${local}/api/workshops`, 'POST', { body, token: adminToken })).status).toBe(201);

    // The facilitator's link opens the workshop as facilitator (and makes it the last worked on again).
    const url = new URL(banner.facilitatorUrl);
    const workshopId = url.pathname.split('/')[2]!;
    const token = new URLSearchParams(url.hash.slice(1)).get('invite')!;
    const session = await apiCall<WorkshopSession>(`${local}/api/workshops/${workshopId}`, 'GET', { token });
    expect(session.body.role).toBe('facilitator');

    // Join codes point at the LAN address, even when the facilitator works on loopback.
    const code = await apiCall<JoinCode>(`${local}/api/workshops/${workshopId}/join-codes`, 'POST', {
      token,
      body: {},
    });
    expect(code.status).toBe(201);
    expect(code.body.url).toBe(`${origin}/join/${code.body.code.replace('-', '')}`);

    expect(await venue.stop()).toBe(0);

    // After a restart: the same link, admin token and join code, on the workshop last worked on
    // (the facilitator's, opened after "Another" was made).
    const again = await start(env);
    expect(again.banner.facilitatorUrl).toBe(banner.facilitatorUrl);
    expect(plainText(again.banner.text)).toContain('(the one last worked on)');
    expect(readFileSync(tokenFile, 'utf8').trim()).toBe(adminToken);
    const joined = await apiCall<JoinResponse>(`${local}/api/join`, 'POST', {
      body: { code: code.body.code },
    });
    expect(joined.body).toMatchObject({ workshopId, role: 'participant' });
    expect(await again.stop()).toBe(0);
  }, 180_000);

  it('says when the port is taken, before opening the store another server may have open', async () => {
    const port = await freePort();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '0.0.0.0', resolve));
    const dataDir = path.join(scratch, 'busy');
    try {
      await expect(
        start({ PORT: String(port), DATA_DIR: dataDir, ADMIN_TOKEN: '', HOST: '' }),
      ).rejects.toThrow(new RegExp(`Port ${port} is in use`));
    } finally {
      taken.close();
    }
    expect(existsSync(path.join(dataDir, 'pglite'))).toBe(false);
  });
});
