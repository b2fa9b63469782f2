import { describe, expect, it } from 'vitest';
import { createItem, findItem, itemText } from '../../shared/workshop-document/index.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';
import { connectClient } from '../helpers/yjs-clients.js';

const files = castPerFile();
const { cast } = files;

describe("a card's History in a real browser", () => {
  it('says who created the item and who edited which field, and refreshes when reopened', async () => {
    // Entries coalesce per minute: one straddling a minute boundary would split in two.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
    const workshop = await createWorkshop(files.server.url, { title: 'History' });
    const seed = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    seed.provider.awareness.setLocalStateField('user', { name: 'Kofi Mensah' });
    await seed.synced;
    seed.doc.transact(() => {
      createItem(seed.doc, 'findings', { evidence: 'Late fees deter registration' }, { id: 'f-fees' });
    });

    const page = await cast.open(workshop, 'Amina', 'participant', 'findings');
    const card = page.locator('.card.finding[data-id="f-fees"]');
    await card.waitFor();
    const toggle = card.getByRole('button', { name: 'History of Finding F1' });
    await toggle.click();
    const panel = card.locator('.history-panel');
    await panel.locator('li', { hasText: 'Created by Kofi Mensah' }).waitFor();
    await expect
      .poll(() => panel.locator('.history-contributors').textContent())
      .toBe('Contributors: Kofi Mensah (Participant)');

    // Kofi edits elsewhere; the open panel is not live, reopening it reads the server again.
    itemText(findItem(seed.doc, 'findings', 'f-fees')!, 'source').insert(0, 'DHS 2022');
    findItem(seed.doc, 'findings', 'f-fees')!.set('status', 'validated');
    const reopened = async () => {
      await toggle.click();
      await toggle.click();
      await panel.locator('li').first().waitFor();
      return panel.locator('li').allTextContents();
    };
    // Created and edited by the same person within a minute: one entry naming the fields.
    await expect
      .poll(reopened)
      .toEqual([expect.stringMatching(/^Created by Kofi Mensah, with Source, Validation status · \d/)]);

    // Amina's edit in this page is hers, by the name her presence gives.
    const source = card.getByRole('textbox', { name: /Source/ });
    await source.click();
    await page.keyboard.type(' (rural)');
    await expect.poll(reopened).toContainEqual(expect.stringMatching(/^Amina edited Source · \d/));
    expect(await panel.locator('.history-contributors').textContent()).toBe(
      'Contributors: Kofi Mensah (Participant), Amina (Participant)',
    );
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    seed.destroy();
  });

  it('an action-plan row has its History too, opening across the row', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Plan history' });
    const seed = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    seed.provider.awareness.setLocalStateField('user', { name: 'Kofi Mensah' });
    await seed.synced;
    seed.doc.transact(() => {
      createItem(seed.doc, 'actionPlan', { activity: 'Train registrars' }, { id: 'a-train' });
    });
    const page = await cast.open(workshop, 'Amina', 'participant', 'actionPlan');
    const row = page.locator('.plan-row[data-id="a-train"]');
    await row.getByRole('button', { name: /^History of / }).click();
    const panel = row.locator('.history-panel');
    await expect
      .poll(() => panel.locator('li').allTextContents())
      .toEqual([expect.stringMatching(/^Created by Kofi Mensah · \d/)]);
    // Across the whole row, not squeezed into the controls cell.
    const [rowBox, panelBox] = await Promise.all([row.boundingBox(), panel.boundingBox()]);
    expect(panelBox!.width).toBeGreaterThan(rowBox!.width * 0.9);
    seed.destroy();
  });
});
