import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { Role } from '../../shared/roles.js';
import type { RunningServer } from '../../server/start-server.js';
import { launchBrowser, newPerson, type Person } from '../helpers/browser.js';
import { createWorkshop, startTestServer } from '../helpers/test-server.js';

let browser: Browser;
let server: RunningServer;
const people: Person[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestServer();
});
afterEach(async () => {
  await Promise.all(people.splice(0).map((p) => p.context.close()));
  expect(pageErrors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  workshop: CreateWorkshopResponse,
  name: string,
  role: Role,
  section: string,
): Promise<Page> {
  const person = await newPerson(browser, name);
  people.push(person);
  person.page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  await person.page.goto(`${server.url}${workshop.links[role]}&section=${section}`);
  await person.page.locator('.connection[data-state="connected"]').waitFor();
  return person.page;
}

describe('versions and endorsement in real browsers', () => {
  it('shows a stakeholder’s endorsement live to the facilitator, and flags an edit made afterwards', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Endorsement', country: 'Pakistan' });
    const facilitator = await open(workshop, 'Fatima', 'facilitator', 'versions');
    const stakeholder = await open(workshop, 'Somchai', 'stakeholder', 'versions');

    await facilitator.getByLabel('Version name').fill('Final for endorsement');
    await facilitator.getByRole('button', { name: 'Save version' }).click();
    await facilitator.locator('.version[data-version="1"]').waitFor();
    await facilitator
      .locator('.version[data-version="1"]')
      .getByRole('button', { name: 'Open for endorsement' })
      .click();

    const card = stakeholder.locator('.version[data-version="1"]');
    await card.locator('.badge.open').waitFor();
    expect(await stakeholder.getByLabel('Version name').count()).toBe(0);
    await card.getByLabel('Your organisation').fill('Ministry of Interior');
    await card.getByRole('button', { name: 'Endorse v1' }).click();

    // The facilitator did nothing: the endorsement arrives live.
    await facilitator
      .locator('.version[data-version="1"] .endorsement.endorse', {
        hasText: 'Somchai (Ministry of Interior) endorsed',
      })
      .waitFor();
    await facilitator.locator('[data-testid="endorsement-banner"].matches', { hasText: 'v1' }).waitFor();

    // An edit after the endorsement: everyone is told the draft changed since, with a diff.
    await facilitator.locator('[data-section="findings"]').click();
    await facilitator.getByRole('button', { name: '+ Add finding' }).click();
    await facilitator.getByLabel('Source of F1').fill('Added after endorsement');
    const banner = stakeholder.locator('[data-testid="endorsement-banner"].changed');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('The draft has changed since');
    await banner.getByRole('button', { name: 'see diff' }).click();
    await stakeholder.locator('[data-testid="diff-panel"] .diff-added', { hasText: 'Added' }).waitFor();
  });
});
