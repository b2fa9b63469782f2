import { describe, expect, it } from 'vitest';
import { createItem, findItem, itemText } from '../../shared/workshop-document/index.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';
import { connectClient } from '../helpers/yjs-clients.js';

const files = castPerFile();
const { cast } = files;

describe('the Trace section in a real browser', () => {
  it('counts the gaps live in the nav, lists them, and takes you to the item', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Trace' });
    const seed = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    await seed.synced;
    seed.doc.transact(() => {
      createItem(
        seed.doc,
        'findings',
        { status: 'validated', evidence: 'Late fees deter registration' },
        { id: 'f-fees' },
      );
      createItem(seed.doc, 'targets', { indicator: 'Births registered' }, { id: 't-births' });
    });

    const page = await cast.open(workshop, 'Amina', 'participant', 'trace');
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.reload();
    const badge = page.getByTestId('badge-trace');
    await expect.poll(() => badge.textContent()).toBe('2');
    expect(await badge.getAttribute('aria-label')).toBe('2 gaps');
    await page
      .locator('.gap[data-gap="finding-unanswered"]', { hasText: 'no recommendation answers it' })
      .waitFor();
    await page
      .locator('.gap[data-gap="target-incomplete"]', { hasText: 'T1 has no baseline value' })
      .waitFor();
    await page
      .locator('.trace-row[data-finding="f-fees"]', { hasText: 'F1 · Late fees deter registration' })
      .waitFor();

    // Completing the target somewhere else takes its gap off the count, live.
    seed.doc.transact(() => {
      const target = findItem(seed.doc, 'targets', 't-births')!;
      itemText(target, 'baselineValue').insert(0, '62%');
      target.set('baselineYear', 2024);
      target.set('targetYear', 2030);
    });
    await expect.poll(() => badge.textContent()).toBe('1');
    await page.locator('.gap[data-gap="target-incomplete"]').waitFor({ state: 'detached' });

    // The gap's link opens Findings on the card, focused.
    await page.locator('.gap[data-gap="finding-unanswered"] .link-button').click();
    await page.locator('.section-tab[data-section="findings"][aria-current="page"]').waitFor();
    const card = page.locator('.card.finding[data-id="f-fees"]');
    await card.and(page.locator('.revealed')).waitFor();
    expect(await card.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    expect(new URL(page.url()).hash).toContain('section=findings');
    // Nothing the page asked for was missing, and it names an icon the server has (without one,
    // browsers ask every page for a missing /favicon.ico).
    expect(failed).toEqual([]);
    const icons = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="icon"]')].map((link) => link.href),
    );
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const served = await fetch(icon);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toMatch(/^image\/(svg\+xml|x-icon|vnd\.microsoft\.icon)/);
    }
    seed.destroy();
  });

  it("shows a version's gaps before it is opened for endorsement, as a warning to go past", async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Gaps before endorsement' });
    const seed = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    await seed.synced;
    createItem(seed.doc, 'findings', { status: 'validated', evidence: 'Fees' }, { id: 'f-fees' });
    const page = await cast.open(workshop, 'Fatima', 'facilitator', 'versions');
    await expect.poll(() => page.getByTestId('badge-trace').textContent()).toBe('1');
    await page.getByLabel('Version name').fill('For endorsement');
    await page.getByRole('button', { name: 'Save version' }).click();
    const card = page.locator('.version[data-version="1"]');
    await card.waitFor();
    // Answered in the live draft after the save: the check is of the version, not the draft.
    createItem(seed.doc, 'recommendations', { findingIds: ['f-fees'] }, { id: 'r-fees' });
    await expect.poll(() => page.getByTestId('badge-trace').textContent()).toBe('1');

    await card.getByRole('button', { name: 'Open for endorsement' }).click();
    const check = card.locator('.gap-check');
    expect(await check.getByTestId('gap-check-count').textContent()).toBe('v1 has 1 gap');
    await check.locator('.gap', { hasText: 'F1 is validated but no recommendation answers it' }).waitFor();
    await check.getByRole('button', { name: 'Cancel' }).click();
    await check.waitFor({ state: 'detached' });
    expect(await card.locator('.badge.open').count()).toBe(0);

    await card.getByRole('button', { name: 'Open for endorsement' }).click();
    await check.getByRole('button', { name: 'Open for endorsement anyway' }).click();
    await card.locator('.badge.open').waitFor();
    seed.destroy();
  });
});
