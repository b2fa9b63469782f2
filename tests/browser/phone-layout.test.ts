import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles.js';
import { expectAccessible } from '../helpers/axe.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

const PHONE = { width: 390, height: 844 };

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
};

describe('the workshop page on a 390×844 phone', () => {
  for (const role of ['participant', 'facilitator'] as const satisfies readonly Role[])
    it(`leaves the first screen to the section’s content (${role})`, async () => {
      const workshop = await createWorkshop(files.server.url, {
        title: 'Validation workshop on birth registration of refugee children, Chad 2026',
        country: 'Chad',
        startsOn: '2026-03-02',
        endsOn: '2026-03-04',
      });
      const facilitator = await cast.open(workshop, 'Amina', 'facilitator', 'findings');
      await facilitator.getByRole('button', { name: '+ Add finding' }).click();
      await facilitator.getByLabel('Source of F1').fill('UNHCR survey 2025');

      const page = await cast.open(workshop, 'Minh', role, 'findings');
      await page.setViewportSize(PHONE);
      await page.locator('li.card.finding').waitFor();
      await expectAccessible(page, `the phone page (${role})`);

      // The header (title, timer, connection, menu, presence) takes under 30% of the screen.
      const top = await box(page, '.workshop-top');
      expect(top.height).toBeLessThan(PHONE.height * 0.3);
      // The section's title, its guidance and its first card start within the first screen.
      for (const selector of ['.section-header h2', '.section-header .guidance', 'li.card.finding'])
        expect((await box(page, selector)).y, selector).toBeLessThan(PHONE.height - 40);
      // The guidance runs under the buttons, the width of the page, not one word a line beside them.
      expect((await box(page, '.section-header .guidance')).width).toBeGreaterThan(250);
      // The tabs are one sideways-scrolling line, and nothing makes the page wider than the phone.
      expect((await box(page, '.section-nav')).height).toBeLessThan(60);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );

      // The name field and who is here open from the header's menu.
      const name = page.getByLabel('Your name');
      expect(await name.isVisible()).toBe(false);
      expect(await page.locator('ul.presence').isVisible()).toBe(false);
      const toggle = page.getByRole('button', { name: /^2 here\W+your name, and who else is here/ });
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await name.waitFor({ state: 'visible' });
      await page.locator('ul.presence li.person', { hasText: 'Amina' }).waitFor({ state: 'visible' });
      await page.locator('[data-testid="role"]', { hasText: role }).waitFor({ state: 'visible' });
      await expectAccessible(page, `the phone’s header menu open (${role})`);
      if (role === 'facilitator')
        await page.getByRole('button', { name: 'People' }).waitFor({ state: 'visible' });
      await name.fill('Minh Anh');
      await name.press('Tab');
      await toggle.click();
      await name.waitFor({ state: 'hidden' });
      await facilitator.locator('ul.presence li.person', { hasText: 'Minh Anh' }).waitFor();

      // The last tab is reached by scrolling the tabs, and opening it keeps it in view.
      await page.locator('.section-nav [data-section="versions"]').click();
      const versions = await box(page, '.section-nav [data-section="versions"]');
      expect(versions.x + versions.width).toBeLessThanOrEqual(PHONE.width + 1);
    });

  it('keeps the name field and presence in the header on a laptop', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Laptop' });
    const page = await cast.open(workshop, 'Amina', 'facilitator', 'findings');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('Your name').waitFor({ state: 'visible' });
    await page.locator('ul.presence li.person').waitFor({ state: 'visible' });
    expect(await page.locator('.header-menu-toggle').isVisible()).toBe(false);
    expect((await box(page, '.workshop-top')).height).toBeLessThan(800 * 0.3);
  });
});
