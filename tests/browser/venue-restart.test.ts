import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinCode, JoinResponse } from '../../shared/join-codes.js';
import type { WorkshopContent } from '../../shared/workshop-document/index.js';
import type { ServerConfig } from '../../server/config.js';
import type { RunningServer } from '../../server/start-server.js';
import { lanAddresses } from '../../server/venue/lan-addresses.js';
import { apiCall } from '../helpers/api-call.js';
import { launchBrowser, newPerson, waitForConnection, type Person } from '../helpers/browser.js';
import { freePort } from '../helpers/server-process.js';
import { createWorkshop, startTestServer } from '../helpers/test-server.js';

/**
 * The laptop serving the room restarts mid-workshop. What the README promises: pages left open keep
 * what is typed meanwhile and send it once the server is back, on the same URLs and join codes.
 */
const ADMIN_TOKEN = 'venue-admin-token-0123456789';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const scratch = mkdtempSync(path.join(tmpdir(), 'venue-restart-'));

let browser: Browser;
let server: RunningServer | undefined;
let config: Partial<ServerConfig>;
const people: Person[] = [];

beforeAll(async () => {
  config = {
    host: '0.0.0.0',
    port: await freePort(),
    adminToken: ADMIN_TOKEN,
    database: { kind: 'pglite', dataDir: path.join(scratch, 'pglite') },
    venue: {
      lanAddresses: lanAddresses(),
      everyInterface: true,
      dataDir: scratch,
      adminTokenFile: undefined,
    },
  };
  server = await startTestServer(config);
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(people.map((person) => person.context.close()));
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the laptop restarting in the middle of the workshop', () => {
  it('loses nothing typed on a phone meanwhile, and the same join code and page work after', async () => {
    const origin = server!.lanOrigin ?? `http://127.0.0.1:${server!.port}`;
    const workshop = await createWorkshop(
      origin,
      { title: 'Restarted' },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    const code = await apiCall<JoinCode>(`${origin}/api/workshops/${workshop.id}/join-codes`, 'POST', {
      token: workshop.invites.facilitator,
      body: {},
    });

    const phone = await newPerson(browser, 'Ana', undefined, PHONE);
    people.push(phone);
    const errors: string[] = [];
    phone.page.on('pageerror', (error) => errors.push(error.message));
    await phone.page.goto(code.body.url);
    await phone.page.waitForURL(new RegExp(`/w/${workshop.id}#invite=`));
    await waitForConnection(phone.page, 'connected');
    await phone.page.locator('.section-tab[data-section="findings"]').click();
    await phone.page.getByRole('button', { name: '+ Add finding' }).click();
    await phone.page.getByLabel('Source of F1').fill('Typed before the restart');

    const sources = async () => {
      const content = await apiCall<WorkshopContent>(
        `${origin}/api/workshops/${workshop.id}/content`,
        'GET',
        {
          token: workshop.invites.facilitator,
        },
      );
      return content.body.findings.map((finding) => finding.source);
    };
    await expect.poll(sources, { timeout: 15_000 }).toEqual(['Typed before the restart']);

    // The laptop goes down: the open page says so and keeps taking edits.
    await server!.close();
    server = undefined;
    await waitForConnection(phone.page, 'offline');
    await phone.page.getByRole('button', { name: '+ Add finding' }).click();
    await phone.page.getByLabel('Source of F2').fill('Typed while the laptop was down');

    // Back on the same port and data: the page reconnects by itself and sends what was typed.
    server = await startTestServer(config);
    expect(server.lanOrigin ?? `http://127.0.0.1:${server.port}`).toBe(origin);
    await waitForConnection(phone.page, 'connected', 30_000);
    await expect
      .poll(sources, { timeout: 15_000 })
      .toEqual(['Typed before the restart', 'Typed while the laptop was down']);

    // The join code still opens the workshop, and a reload shows everything.
    const joined = await apiCall<JoinResponse>(`${origin}/api/join`, 'POST', {
      body: { code: code.body.code },
    });
    expect(joined.body).toMatchObject({ workshopId: workshop.id, role: 'participant' });
    await phone.page.reload();
    await waitForConnection(phone.page, 'connected');
    await phone.page.locator('.section-tab[data-section="findings"]').click();
    expect(await phone.page.getByLabel('Source of F2').inputValue()).toBe('Typed while the laptop was down');
    expect(errors).toEqual([]);
  }, 120_000);
});
