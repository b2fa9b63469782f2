import { describe, expect, it } from 'vitest';
import ar from '../../shared/i18n/catalogue/ar.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { waitForConnection } from '../helpers/browser.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

describe('versions in another interface language', () => {
  it('words the versions and the audit log in Arabic, and exports in the language chosen', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Arabic versions' });
    const page = await cast.open(workshop, 'Fatima', 'facilitator', 'versions');
    await page.evaluate(() => localStorage.setItem('rww.language', 'ar'));
    await page.reload();
    await waitForConnection(page, 'connected');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    await page.getByLabel(ar.versions.nameLabel).fill('النهائية');
    await page.getByRole('button', { name: ar.versions.save }).click();
    // (Reloading may have left the room empty for a moment, which saves an automatic version too.)
    const card = page.locator('.version', { hasText: 'النهائية' });
    await card.waitFor();
    // The version's label stays v1, v2 (an identifier), whatever digits the language writes.
    const summary = card.locator('.export-menu summary');
    expect(await summary.textContent()).toMatch(/^تصدير v\d$/);

    // The export menu offers the file's language, the interface's by default, and asks the server for it.
    await summary.click();
    const language = card.locator('.export-menu select');
    expect(await language.inputValue()).toBe('ar');
    await language.selectOption('th');
    // The service worker fetches on the page's behalf: the page's own calls are what is watched.
    await page.evaluate(() => {
      const seen: string[] = [];
      const original = window.fetch.bind(window);
      Object.assign(window, { seenFetches: seen });
      window.fetch = (input, init) => {
        seen.push(String(input instanceof Request ? input.url : input));
        return original(input, init);
      };
    });
    await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: ar.exportMenu.files.reportMd }).click(),
    ]);
    const asked = await page.evaluate(() =>
      (window as unknown as { seenFetches: string[] }).seenFetches.find((url) => url.includes('/export/')),
    );
    expect(new URL(asked!, files.server.url).searchParams.get('lang')).toBe('th');

    await page.getByRole('button', { name: ar.versions.auditLog }).click();
    const entry = page.locator('[data-testid="audit-log"] li', { hasText: 'Fatima' }).first();
    await expect.poll(() => entry.innerText()).toContain(`Fatima (${ar.shell.roles.facilitator})`);
    expect(await entry.innerText()).toContain(ar.audit.actions.version.saved);
  });
});
