import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { JoinCode } from '../../shared/join-codes.js';
import type { RunningServer } from '../../server/start-server.js';
import { lanAddresses } from '../../server/venue/lan-addresses.js';
import { SECTIONS } from '../../client/sections/sections.js';
import { apiCall } from '../helpers/api-call.js';
import { launchBrowser, newPerson, waitForConnection, type Person } from '../helpers/browser.js';
import { createWorkshop, startTestServer } from '../helpers/test-server.js';

/**
 * Every page of the app, opened as a phone on the venue's Wi-Fi opens it: at the laptop's LAN
 * address over plain HTTP (not a secure context: no service worker, no WebCrypto), from a server in
 * venue mode. Nothing may come from elsewhere (the room has no internet), nothing may be missing,
 * and no page may log an error.
 */
const ADMIN_TOKEN = 'venue-admin-token-0123456789';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const scratch = mkdtempSync(path.join(tmpdir(), 'offline-venue-'));

let browser: Browser;
let server: RunningServer;
/** The origin the pages are opened at: the LAN one, as in the room. */
let origin: string;
const people: Person[] = [];
const problems: string[] = [];
/** Every path any page asked this server for, to know what the checks covered. */
const requested = new Set<string>();

beforeAll(async () => {
  const found = lanAddresses();
  if (found.length === 0)
    console.warn('NOTICE: this machine has no LAN address: the venue pages are opened on loopback instead.');
  server = await startTestServer({
    host: '0.0.0.0',
    adminToken: ADMIN_TOKEN,
    venue: { lanAddresses: found, everyInterface: true, dataDir: scratch, adminTokenFile: undefined },
  });
  origin = server.lanOrigin ?? `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(people.map((person) => person.context.close()));
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A person whose every request, response, console message and uncaught error is checked. */
async function person(label: string, options = {}): Promise<Page> {
  const someone = await newPerson(browser, label, undefined, options);
  people.push(someone);
  const { context, page } = someone;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.push(`${label}: asked ${request.url()}, not this server`);
    else requested.add(url.pathname);
  });
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Cancelled by the page itself, going on to the next page (the join page opening the workshop).
    if (error === 'net::ERR_ABORTED') return;
    problems.push(`${label}: ${request.url()} failed: ${error}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${label}: ${response.status()} for ${response.url()}`);
  });
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).host !== new URL(origin).host)
      problems.push(`${label}: websocket to ${socket.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: ${error.message}`));
  return page;
}

/** Lets the page finish what it loads (icons, lazy chunks) before its requests are judged. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

async function joinCode(workshop: CreateWorkshopResponse): Promise<JoinCode> {
  const made = await apiCall<JoinCode>(`${origin}/api/workshops/${workshop.id}/join-codes`, 'POST', {
    token: workshop.invites.facilitator,
    body: {},
  });
  expect(made.status).toBe(201);
  return made.body;
}

describe('the venue’s pages, from a phone on the Wi-Fi with no internet', () => {
  it('load only from this server, miss nothing and log no error: every page, section and view', async () => {
    const workshop = await createWorkshop(
      origin,
      { title: 'Results workshop, Timor-Leste' },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    const saved = await apiCall(`${origin}/api/workshops/${workshop.id}/versions`, 'POST', {
      token: workshop.invites.facilitator,
      body: { name: 'Draft for the plenary' },
    });
    expect(saved.status).toBe(201);
    const code = await joinCode(workshop);
    expect(code.url.startsWith(`${origin}/join/`)).toBe(true);

    // The home page, which asks for the admin token to create a workshop.
    const home = await person('home');
    await home.goto(`${origin}/`);
    await home.getByRole('heading', { name: 'Results Workshop Workspace' }).waitFor();
    await settle(home);

    // The page that asks for a code, and the one a join QR code opens.
    const phone = await person('phone', PHONE);
    await phone.goto(`${origin}/join`);
    await phone.getByLabel('Type the code shown on the screen').waitFor();
    await settle(phone);
    await phone.goto(code.url);
    await phone.waitForURL(new RegExp(`/w/${workshop.id}#invite=`));
    await waitForConnection(phone, 'connected');
    await settle(phone);

    // An invite link cut short at the "#".
    const cut = await person('cut link', PHONE);
    await cut.goto(`${origin}/w/${workshop.id}`);
    await cut.getByRole('heading', { name: 'Invite link incomplete' }).waitFor();
    await settle(cut);

    // The facilitator's page, section by section, with the audit log and a saved version opened.
    const facilitator = await person('facilitator');
    await facilitator.goto(`${origin}${workshop.links.facilitator}`);
    await waitForConnection(facilitator, 'connected');
    for (const section of SECTIONS) {
      await facilitator.locator(`.section-tab[data-section="${section.id}"]`).click();
      await facilitator.locator(`.section-tab[data-section="${section.id}"][aria-current="page"]`).waitFor();
      await settle(facilitator);
    }
    await facilitator.getByRole('button', { name: 'Audit log' }).click();
    await facilitator.locator('[data-testid="audit-verification"]', { hasText: 'Chain intact' }).waitFor();
    await facilitator
      .locator('.version[data-version="1"]')
      .getByRole('button', { name: 'Open read-only' })
      .click();
    const viewer = facilitator.locator('[data-testid="version-viewer"]');
    await viewer.locator('.badge', { hasText: 'content matches its hash' }).waitFor();
    await settle(facilitator);

    // The projector, with the join panel the facilitator puts on it (its QR code an image from here).
    const projector = await person('projector');
    const [page, fragment] = workshop.links.viewer.split('#') as [string, string];
    await projector.goto(`${origin}${page}?view=present#${fragment}`);
    await waitForConnection(projector, 'connected');
    await facilitator.getByRole('button', { name: 'Join code' }).click();
    await facilitator.getByRole('button', { name: 'Show on the projector' }).first().click();
    await projector.locator('[data-testid="join-panel"] img.join-qr').waitFor();
    await projector.waitForFunction(
      () =>
        ((document.querySelector('[data-testid="join-panel"] img.join-qr') as HTMLImageElement | null)
          ?.naturalWidth ?? 0) > 0,
    );
    await settle(projector);

    expect(problems).toEqual([]);
    // What was checked: the shell, its scripts, the API and the icon all came from here.
    expect([...requested]).toEqual(
      expect.arrayContaining([
        '/',
        '/join',
        `/w/${workshop.id}`,
        `/api/workshops/${workshop.id}`,
        '/favicon.svg',
      ]),
    );
    expect([...requested].some((requestedPath) => requestedPath.startsWith('/assets/'))).toBe(true);
  }, 120_000);

  it('serves /favicon.ico, for the pages that are not the app (a JSON answer, a 404) and older browsers', async () => {
    const icon = await fetch(`${origin}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect(Buffer.from(await icon.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

    const plain = await person('plain page');
    const answered = await plain.goto(`${origin}/healthz`);
    expect(answered?.status()).toBe(200);
    await settle(plain);
    expect(problems).toEqual([]);
  });
});
