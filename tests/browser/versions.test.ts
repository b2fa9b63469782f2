import { describe, expect, it } from 'vitest';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

describe('versions and endorsement in real browsers', () => {
  it('shows a stakeholder’s endorsement live to the facilitator, and flags an edit made afterwards', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Endorsement', country: 'Pakistan' });
    const facilitator = await cast.open(workshop, 'Fatima', 'facilitator', 'versions');
    const stakeholder = await cast.open(workshop, 'Somchai', 'stakeholder', 'versions');

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

    // The endorsed version itself opens read-only, without the finding added since.
    await stakeholder
      .locator('.version[data-version="1"]')
      .getByRole('button', { name: 'Open read-only' })
      .click();
    const viewer = stakeholder.locator('[data-testid="version-viewer"]');
    await viewer.locator('.badge', { hasText: 'content matches its hash' }).waitFor();
    await viewer.locator('.empty', { hasText: 'No findings yet' }).waitFor();
    expect(await viewer.locator('li.card.finding').count()).toBe(0);
    await viewer.getByRole('button', { name: 'Agenda' }).click();
    await viewer.locator('[data-testid="agenda-total"]', { hasText: '7 sessions' }).waitFor();
    expect(
      await viewer.locator('input:not([disabled]):not([readonly]), select:not([disabled])').count(),
    ).toBe(0);
  });
});
