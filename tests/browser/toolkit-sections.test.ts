import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { EDITOR, caretToEnd, waitForEditorText } from '../helpers/browser.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

/** Opens the workshop as `name` (participant invite) on `section`. */
function open(workshop: CreateWorkshopResponse, name: string, section: string): Promise<Page> {
  return cast.open(workshop, name, 'participant', section);
}

function field(page: Page, label: string) {
  return page.locator(`[aria-label="${label}"]`);
}

/**
 * What the field named `label` shows, once it shows every one of `wanted` (exactly `wanted[0]` when
 * `exact`): an input's value, or the text of a table cell nobody on that page is editing (a cell is a
 * textarea only while edited).
 */
async function waitForShown(page: Page, label: string, wanted: string[], exact = false): Promise<string> {
  const handle = await page.waitForFunction(
    ([selector, pieces, whole]) => {
      const element = document.querySelector(selector);
      if (!element) return undefined;
      const value =
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
          ? element.value
          : (element.textContent ?? '');
      const matches = whole ? value === pieces[0] : pieces.every((piece) => value.includes(piece));
      return matches ? value : undefined;
    },
    [`[aria-label="${label}"]`, wanted, exact] as const,
  );
  return String(await handle.jsonValue());
}

function waitForValue(page: Page, label: string, expected: string): Promise<string> {
  return waitForShown(page, label, [expected], true);
}

describe('the toolkit sections in real browsers', () => {
  it('lets two participants fill one action-plan row at the same time, both keeping their text', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Action plan together' });
    const amina = await open(workshop, 'Amina', 'actionPlan');
    const bilal = await open(workshop, 'Bilal', 'actionPlan');
    await amina.getByRole('button', { name: '+ Add row' }).click();
    await field(bilal, 'Activity, row A1').waitFor();

    // Two cells of one row, typed at the same time.
    await Promise.all([
      field(amina, 'Activity, row A1').pressSequentially('Mobile registration teams in border districts'),
      field(bilal, 'Lead agency, row A1').pressSequentially('กรมการปกครอง'),
    ]);
    // The same cell, typed at the same time from both ends.
    await field(amina, 'Objective, row A1').click();
    await field(bilal, 'Objective, row A1').click();
    await Promise.all([
      field(amina, 'Objective, row A1').pressSequentially('Close the registration gap'),
      field(bilal, 'Objective, row A1').pressSequentially(' for refugee children'),
    ]);

    const objectives: string[] = [];
    for (const page of [amina, bilal]) {
      await waitForValue(page, 'Activity, row A1', 'Mobile registration teams in border districts');
      await waitForValue(page, 'Lead agency, row A1', 'กรมการปกครอง');
      objectives.push(
        await waitForShown(page, 'Objective, row A1', [
          'Close the registration gap',
          ' for refugee children',
        ]),
      );
    }
    expect(objectives[0]).toBe(objectives[1]);

    // An end before the start is flagged on every screen, and both dates are kept.
    await field(amina, 'Start, row A1').fill('2027-03-01');
    await field(bilal, 'End, row A1').fill('2027-02-01');
    for (const page of [amina, bilal]) {
      await page.locator('[aria-label="End, row A1"][aria-invalid="true"]').waitFor();
      await waitForValue(page, 'Start, row A1', '2027-03-01');
      await waitForValue(page, 'End, row A1', '2027-02-01');
    }
  });

  it('shows a recommendation’s finding on both sides, as dangling when deleted, and restores it on undo', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Links' });
    const amina = await open(workshop, 'Amina', 'findings');
    const bilal = await open(workshop, 'Bilal', 'recommendations');

    await amina.getByRole('button', { name: '+ Add finding' }).click();
    await amina.locator('.finding .rich-field[contenteditable="true"]').click();
    await amina.keyboard.type('Late registration fees deter refugee families');
    await field(amina, 'Theme').selectOption('Costs and access');

    await bilal.getByRole('button', { name: '+ Add recommendation' }).click();
    await field(bilal, 'Text of R1').pressSequentially('Waive late registration fees');
    // The pick list labels a finding by its current number, theme and the start of its evidence.
    await bilal.locator('select.link-add').focus();
    const option = await bilal.waitForFunction(() =>
      Array.from(document.querySelectorAll('select.link-add option'), (o) => o.textContent ?? '').find(
        (label) => label.startsWith('F1 · Costs and access: Late registration fees'),
      ),
    );
    await bilal.locator('select.link-add').selectOption({ label: String(await option.jsonValue()) });

    await bilal.locator('.recommendation .link-chip', { hasText: 'F1 · Costs and access' }).waitFor();
    await amina.locator('.finding .backlinks .link-chip', { hasText: 'R1' }).waitFor();

    await amina.getByRole('button', { name: 'Delete Finding F1' }).click();
    await bilal.locator('.recommendation .link-chip.dangling', { hasText: 'deleted finding' }).waitFor();

    await amina.locator('.notice').getByRole('button', { name: 'Undo' }).click();
    await bilal
      .locator('.recommendation .link-chip:not(.dangling)', { hasText: 'F1 · Costs and access' })
      .waitFor();
    await amina.locator('.finding .backlinks .link-chip', { hasText: 'R1' }).waitFor();
    expect(await amina.locator('.finding .rich-field').innerText()).toContain(
      'Late registration fees deter refugee families',
    );
  });

  it('keeps a colleague’s edit that arrives while someone composes Thai with an input method', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'IME' });
    const amina = await open(workshop, 'Amina', 'findings');
    const bilal = await open(workshop, 'Bilal', 'findings');
    await amina.getByRole('button', { name: '+ Add finding' }).click();
    await field(amina, 'Source of F1').fill('Tool G statistics');
    await waitForValue(bilal, 'Source of F1', 'Tool G statistics');

    await field(amina, 'Source of F1').click();
    await amina.keyboard.press('End');
    const ime = await amina.context().newCDPSession(amina);
    await ime.send('Input.imeSetComposition', { text: 'ข', selectionStart: 1, selectionEnd: 1 });
    await ime.send('Input.imeSetComposition', { text: 'ข้อ', selectionStart: 3, selectionEnd: 3 });
    // Bilal's edit lands while Amina is still composing.
    await field(bilal, 'Source of F1').click();
    await bilal.keyboard.press('Home');
    await bilal.keyboard.type('2024 ');
    await amina.waitForTimeout(300);
    await ime.send('Input.insertText', { text: ' ข้อมูล' });

    const expected = '2024 Tool G statistics ข้อมูล';
    await waitForValue(amina, 'Source of F1', expected);
    await waitForValue(bilal, 'Source of F1', expected);
  });

  it('shows each finding’s theme in its pick list, also on a page opened afterwards and after a rename', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Pick lists' });
    const amina = await open(workshop, 'Amina', 'findings');
    await amina.getByRole('button', { name: '+ Add finding' }).click();
    await field(amina, 'Theme').selectOption('Awareness');
    const carol = await open(workshop, 'Carol', 'findings');
    await waitForValue(carol, 'Theme', 'Awareness');
    await carol.locator('.choice-editor summary').click();
    await carol.locator('.choice-list [aria-label="Themes entry"]').nth(0).fill('Legal and policy framework');
    await carol.locator('.choice-list [aria-label="Themes entry"]').nth(0).press('Enter');
    await amina.waitForFunction(() =>
      Array.from(document.querySelectorAll('[aria-label="Theme"] option'), (o) => o.textContent).includes(
        'Legal and policy framework',
      ),
    );
    await waitForValue(amina, 'Theme', 'Awareness');
  });

  it('shows who is in which section', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Presence per section' });
    const amina = await open(workshop, 'Amina', 'findings');
    const bilal = await open(workshop, 'Bilal', 'actionPlan');
    await amina.locator('[data-section="actionPlan"] [data-person="Bilal"]').waitFor();
    await bilal.locator('[data-section="findings"] [data-person="Amina"]').waitFor();
    await bilal.locator('[data-section="targets"]').click();
    await amina.locator('[data-section="targets"] [data-person="Bilal"]').waitFor();
    expect(await amina.locator('[data-section="actionPlan"] [data-person="Bilal"]').count()).toBe(0);
  });

  it('undoes only this person’s own typing in the report', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Own undo' });
    const amina = await open(workshop, 'Amina', 'report');
    const bilal = await open(workshop, 'Bilal', 'report');
    await waitForEditorText(amina, ['Results workshop report']);
    await caretToEnd(amina);
    await amina.keyboard.press('Enter');
    await amina.keyboard.type('Typed by Amina.');
    await waitForEditorText(bilal, ['Typed by Amina.']);
    await caretToEnd(bilal);
    await bilal.keyboard.press('Enter');
    await bilal.keyboard.type('Typed by Bilal.');
    await waitForEditorText(amina, ['Typed by Bilal.']);

    await amina.locator(EDITOR).focus();
    await amina.keyboard.press('Control+z');
    for (const page of [amina, bilal]) {
      await page.waitForFunction(
        (selector) => !document.querySelector(selector)?.textContent?.includes('Typed by Amina.'),
        EDITOR,
      );
      await waitForEditorText(page, ['Typed by Bilal.']);
    }
  });
});
