import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createItem } from '../../shared/workshop-document/index.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';
import { connectClient } from '../helpers/yjs-clients.js';

const files = castPerFile();
const { cast } = files;

/** Screenshots of the decision form and list land here, to be looked at after a run. */
const ARTIFACTS = fileURLToPath(new URL('../../dist/test-artifacts/decisions/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

describe('the decision on a version in real browsers', () => {
  it('a facilitator records a decision on a saved version and a stakeholder sees it on that version', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Decision', country: 'Viet Nam' });
    // Two recommendations typed by a participant before the version is saved.
    const editor = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    await editor.synced;
    createItem(editor.doc, 'recommendations', { text: 'Allow registration on two witnesses' }, { id: 'r-1' });
    createItem(editor.doc, 'recommendations', { text: 'تسجيل المواليد للاجئين' }, { id: 'r-2' });

    const facilitator = await cast.open(workshop, 'Fatima', 'facilitator', 'versions');
    const stakeholder = await cast.open(workshop, 'Somchai', 'stakeholder', 'versions');
    // The version is saved from the server's draft: wait until the recommendations are in it.
    await facilitator.locator('[data-section="recommendations"]').click();
    await facilitator.locator('li.card.recommendation[data-id="r-2"]').waitFor();
    await facilitator.locator('[data-section="versions"]').click();
    await facilitator.getByLabel('Version name').fill('Presented to the minister');
    await facilitator.getByRole('button', { name: 'Save version' }).click();
    const card = facilitator.locator('.version[data-version="1"]');
    await card.locator('.badge.same').waitFor();

    await card.getByRole('button', { name: 'Record the decision' }).click();
    const form = card.getByRole('form', { name: 'Record the decision on v1' });
    await form.getByLabel('Decision on R1').waitFor();
    await form.getByLabel('Decision-maker').fill('Somsak K.');
    await form.getByLabel('Office').fill('Minister of Interior');
    await form.getByLabel('Informal').check();
    await form.getByLabel('Formal', { exact: true }).check();
    await form.getByLabel('Date of the decision').fill('2027-02-01');
    await form.getByLabel('What was decided').fill('The witness procedure is adopted.');
    await form.getByLabel('Decision on R1').selectOption({ label: 'Adopted' });
    for (const field of ['Decision-maker', 'Office', 'What was decided'])
      expect(await form.getByLabel(field).getAttribute('dir')).toBe('auto');

    // The draft moves on while the facilitator types: the card refreshes (the draft is no longer the
    // same as v1), the form keeps what was typed, and it still lists v1's recommendations only.
    createItem(editor.doc, 'recommendations', { text: 'Added after v1' }, { id: 'r-3' });
    await card.locator('.badge.same').waitFor({ state: 'detached' });
    expect(await form.getByLabel('Decision-maker').inputValue()).toBe('Somsak K.');
    expect(await form.getByLabel('Decision on R1').inputValue()).toBe('adopted');
    expect(await form.getByLabel('Decision on R3').count()).toBe(0);

    await facilitator.setViewportSize({ width: 1280, height: 900 });
    await form.screenshot({ path: path.join(ARTIFACTS, 'decision-form-desktop.png') });
    await form.getByRole('button', { name: 'Record decision' }).click();
    await card.locator('.decision').waitFor();
    expect(await card.getByRole('form').count()).toBe(0);

    // The stakeholder did nothing: the decision arrives live, on v1, without a form to record one.
    const seen = stakeholder.locator('.version[data-version="1"] .decision');
    await seen.waitFor();
    expect(await seen.locator('strong').first().innerText()).toBe(
      'Decision: Formal, 1 Feb 2027, Somsak K. (Minister of Interior)',
    );
    expect(await seen.locator('.decision-text').innerText()).toBe('The witness procedure is adopted.');
    const outcomes = await seen.locator('.decision-outcomes li').allInnerTexts();
    expect(outcomes.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'R1 Allow registration on two witnesses: Adopted',
      'R2 تسجيل المواليد للاجئين: —',
    ]);
    expect(await seen.locator('li[data-outcome="adopted"]').count()).toBe(1);
    expect(await stakeholder.getByRole('button', { name: 'Record the decision' }).count()).toBe(0);

    await stakeholder.setViewportSize({ width: 390, height: 844 });
    await stakeholder
      .locator('.version[data-version="1"]')
      .screenshot({ path: path.join(ARTIFACTS, 'decision-list-phone.png') });
    // Nothing overflows the phone's width.
    const overflow = await stakeholder.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);

    await facilitator.setViewportSize({ width: 390, height: 844 });
    await card.getByRole('button', { name: 'Record the decision' }).click();
    await card.getByRole('form').getByLabel('Decision on R1').waitFor();
    await card.screenshot({ path: path.join(ARTIFACTS, 'decision-form-phone.png') });
    editor.destroy();
  });
});
