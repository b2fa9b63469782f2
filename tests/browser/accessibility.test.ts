import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { SECTIONS } from '../../client/sections/sections.js';
import { expectAccessible } from '../helpers/axe.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

/** Adds one item where the section offers to, so its cards and fields are checked too, not just its empty state. */
async function addOneItem(page: Page): Promise<void> {
  const add = page.locator('.section-actions button.primary');
  if ((await add.count()) === 0) return;
  const before = await page.locator('[data-id]').count();
  await add.first().click();
  await page.waitForFunction((count) => document.querySelectorAll('[data-id]').length > count, before);
}

const tab = (page: Page, section: string) => page.locator(`.section-nav [data-section="${section}"]`);

describe('WCAG 2.1 AA (axe-core) on every page', () => {
  it('the home page and /join', async () => {
    await expectAccessible(await cast.visit('Visitor', '/'), 'home page');
    const join = await cast.visit('Phone', '/join');
    await join.locator('input').first().waitFor();
    await expectAccessible(join, '/join');
    const refused = await cast.visit('Stranger', '/w/no-such-workshop#invite=not-a-token');
    await refused.getByRole('heading', { name: 'Cannot open this workshop' }).waitFor();
    await expectAccessible(refused, 'a workshop that cannot be opened');
  });

  it('the workshop page on every section, the People and Workshop… dialogs, and a saved version', async () => {
    const workshop = await createWorkshop(files.server.url, {
      title: 'Accessible workshop',
      country: 'Chad',
    });
    const page = await cast.open(workshop, 'Amina', 'facilitator', 'agenda');
    for (const section of SECTIONS) {
      await tab(page, section.id).click();
      await page.locator(`.section-nav [data-section="${section.id}"][aria-current="page"]`).waitFor();
      await addOneItem(page);
      await expectAccessible(page, `section ${section.id}`);
    }

    await page.getByRole('button', { name: 'People' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'People dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Workshop…' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'Workshop… dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await tab(page, 'versions').click();
    await page.getByLabel('Version name').fill('Before plenary');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.locator('.version[data-version="1"]').getByRole('button', { name: 'Open read-only' }).click();
    await page.locator('[data-testid="version-viewer"]').waitFor();
    await expectAccessible(page, 'a saved version');
  });

  it('the participant’s and the stakeholder’s page', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Roles' });
    const facilitator = await cast.open(workshop, 'Amina', 'facilitator', 'recommendations');
    await addOneItem(facilitator);
    for (const role of ['participant', 'stakeholder'] as const) {
      const page = await cast.open(workshop, role, role, 'recommendations');
      await page.locator('li.card.recommendation').waitFor();
      await expectAccessible(page, `${role}’s recommendations`);
    }
  });

  it('the presenter view with content, section by section', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Projector' });
    const facilitator = await cast.open(workshop, 'Amina', 'facilitator', 'findings');
    await addOneItem(facilitator);
    await facilitator.getByLabel('Source of F1').fill('Survey 2023');
    const presenter = await cast.open(workshop, 'Projector', 'viewer', 'findings', { present: true });
    await presenter.locator('li.card.finding').waitFor();
    await expectAccessible(presenter, 'presenter view, findings');
    for (const section of SECTIONS.filter((each) => !['findings', 'versions'].includes(each.id))) {
      await tab(facilitator, section.id).click();
      await addOneItem(facilitator);
      await presenter
        .locator('[data-testid="presenter-section"]', { hasText: `${section.title} · following Amina` })
        .waitFor();
      await expectAccessible(presenter, `presenter view, ${section.id}`);
    }

    // The join code beside the content, then as the opening's full-screen slide.
    await facilitator.getByRole('button', { name: 'Join code' }).click();
    await facilitator.getByRole('button', { name: 'Make a join code' }).click();
    await facilitator.locator('[data-testid="join-panel"] [data-testid="join-code"]').waitFor();
    await expectAccessible(facilitator, 'the facilitator’s join panel');
    await facilitator.getByRole('button', { name: 'Show on the projector' }).click();
    await presenter.locator('[data-testid="join-panel"] img.join-qr').waitFor();
    await expectAccessible(presenter, 'presenter view with the join panel');
    await facilitator.getByRole('button', { name: 'Join slide' }).click();
    await presenter.locator('.join-slide-screen [data-testid="join-code"]').waitFor();
    await expectAccessible(presenter, 'the join slide');
  });
});
