import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

/** Rows as a spreadsheet puts them on the clipboard: tab-separated, one per line. */
const PASTED = [
  ['Theme', 'Population group', 'Evidence', 'Comment', 'Validation status'],
  [
    'Legal framework',
    'Refugees',
    'Births of refugee children go unregistered',
    'Desk review 2024',
    'Validated',
  ],
  [
    'Birth registration law',
    'Stateless persons',
    'Late registration fees deter families',
    'Focus groups',
    'Draft',
  ],
]
  .map((row) => row.join('\t'))
  .join('\n');

/** Where to write screenshots of the preview (desktop and phone), when set. */
const SCREENSHOTS = process.env.IMPORT_SCREENSHOTS;

const summary = (page: Page) => page.locator('.import-summary');

async function pastePreview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const paste = page.getByLabel('Or paste rows copied from a spreadsheet');
  await paste.focus();
  await page.keyboard.insertText(PASTED);
  await page.getByRole('button', { name: 'Preview pasted rows' }).click();
  await summary(page).filter({ hasText: '1 row will be imported, 1 skipped' }).waitFor();
}

describe('importing rows in a real browser', () => {
  it('lets a facilitator paste findings, fix a theme and a column, import them as one change, and undo it', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Import findings' });
    const page = await cast.open(workshop, 'Fatima', 'facilitator', 'findings');
    await pastePreview(page);

    // The unknown theme is mapped to an entry of the workshop's list.
    await page
      .getByLabel('What to do with “Birth registration law”')
      .selectOption({ label: 'Legal framework' });
    await summary(page).filter({ hasText: '2 rows will be imported, 0 skipped' }).waitFor();
    // "Comment" was not recognised: it holds the source.
    const comment = page.getByLabel('Field for column “Comment”');
    expect(await comment.inputValue()).toBe('');
    await comment.selectOption({ label: 'Source' });
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.import-table td.ignored')).every(
        (cell) => cell.textContent === '',
      ),
    );
    expect(await comment.inputValue()).toBe('source');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/import-preview-desktop.png` });

    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.locator('.import-dialog').waitFor({ state: 'detached' });
    const cards = page.locator('.card.finding');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await page.getByLabel('Source of F1').inputValue()).toBe('Desk review 2024');
    expect(await page.getByLabel('Source of F2').inputValue()).toBe('Focus groups');
    expect(await cards.nth(1).getByLabel('Theme').inputValue()).toBe('Legal framework');
    expect(await cards.nth(0).getByLabel('Validation status').inputValue()).toBe('validated');
    await expect
      .poll(() => cards.nth(1).locator('.rich-field').textContent())
      .toContain('Late registration fees');

    await page.getByRole('button', { name: '↶ Undo' }).click();
    await expect.poll(() => cards.count()).toBe(0);
  });

  it('adds an unknown theme to the pick list in the same change, and Undo takes both back', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Import with a new theme' });
    const page = await cast.open(workshop, 'Fatima', 'facilitator', 'findings');
    await pastePreview(page);
    await page
      .getByLabel('What to do with “Birth registration law”')
      .selectOption({ label: 'add it to the list' });
    await summary(page).filter({ hasText: '2 rows will be imported' }).waitFor();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    const cards = page.locator('.card.finding');
    await expect.poll(() => cards.count()).toBe(2);
    const themeOptions = () => cards.nth(1).getByLabel('Theme').locator('option').allTextContents();
    expect(await themeOptions()).toContain('Birth registration law');
    expect(await cards.nth(1).getByLabel('Theme').inputValue()).toBe('Birth registration law');

    await page.getByRole('button', { name: '↶ Undo' }).click();
    await expect.poll(() => cards.count()).toBe(0);
    await page.getByRole('button', { name: '+ Add finding' }).click();
    expect(await cards.nth(0).getByLabel('Theme').locator('option').allTextContents()).not.toContain(
      'Birth registration law',
    );
  });

  it('shows the preview on a phone screen', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Import on a phone' });
    const page = await cast.open(workshop, 'Fatima', 'facilitator', 'actionPlan');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByLabel('Or paste rows copied from a spreadsheet')
      .fill(
        'Activity\tLead agency\tStart\tEnd\nMobile registration teams\tMinistry of Interior\t2027-01-15\t2027-13-01\n',
      );
    await page.getByRole('button', { name: 'Preview pasted rows' }).click();
    await summary(page).filter({ hasText: '0 rows will be imported, 1 skipped' }).waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/import-preview-phone.png` });
    // The bad end date is fixed in place.
    const fix = page.getByLabel('Fix End, row 2');
    await fix.fill('2027-12-01');
    await fix.press('Enter');
    await summary(page).filter({ hasText: '1 row will be imported, 0 skipped' }).waitFor();
    const dialog = await page.locator('.import-dialog').boundingBox();
    expect(dialog!.width).toBeLessThanOrEqual(390);
  });

  it('offers no Import to a participant', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'No import' });
    const page = await cast.open(workshop, 'Bilal', 'participant', 'findings');
    await page.getByRole('button', { name: '+ Add finding' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
  });
});
