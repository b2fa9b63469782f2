import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Amendment } from '../../shared/amendments.js';
import {
  createItem,
  findItem,
  itemRich,
  itemText,
  paragraphs,
  reportFragment,
} from '../../shared/workshop-document/index.js';
import { plainText } from '../../shared/workshop-document/plain-text.js';
import { apiCall } from '../helpers/api-call.js';
import { EDITOR, waitForEditorText } from '../helpers/browser.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';
import { connectClient, waitFor } from '../helpers/yjs-clients.js';

const files = castPerFile();
const { cast } = files;

/** Opens an item's amendment panel (the toggle in its card header or row) and returns it. */
async function openAmendments(page: Page, card: string, name: string) {
  await page
    .locator(card)
    .getByRole('button', { name: new RegExp(`^Amendments to ${name}:`) })
    .click();
  const panel = page.getByRole('region', { name: `Amendments to ${name}` });
  await panel.waitFor();
  return panel;
}

describe('amendments in a real browser', () => {
  it('a stakeholder proposes, a participant +1s, the facilitator accepts: everyone reads the new wording', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Amend' });
    const seed = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    await seed.synced;
    seed.doc.transact(() =>
      createItem(
        seed.doc,
        'findings',
        { evidence: 'Late fees deter birth registration among refugees.' },
        { id: 'f-fees' },
      ),
    );

    const nadia = await cast.open(workshop, 'Nadia', 'stakeholder', 'findings');
    const ana = await cast.open(workshop, 'Ana', 'participant', 'findings');
    const fatima = await cast.open(workshop, 'Fatima', 'facilitator', 'findings');
    const projector = await cast.open(workshop, 'Projector', 'viewer', 'findings', { present: true });
    const card = '.card.finding[data-id="f-fees"]';

    // A viewer cannot propose: no control where there is nothing to show.
    const viewer = await cast.open(workshop, 'Vera', 'viewer', 'findings');
    await viewer.locator(card).waitFor();
    expect(
      await viewer
        .locator(card)
        .getByRole('button', { name: /^Amendments to/ })
        .count(),
    ).toBe(0);

    // The stakeholder, who cannot edit, proposes new wording for the evidence, with its diff as typed.
    const panel = await openAmendments(nadia, card, 'Finding F1');
    await panel.getByRole('button', { name: 'Propose a change' }).click();
    expect(await panel.getByLabel('Field').inputValue()).toBe('evidence');
    const wording = panel.getByLabel('New wording');
    expect(await wording.inputValue()).toBe('Late fees deter birth registration among refugees.');
    expect(await wording.getAttribute('dir')).toBe('auto');
    await wording.fill('Late fees deter birth registration among refugees and stateless people.');
    await panel.getByLabel('Why').fill('Stateless people pay the same fees.');
    await panel.getByRole('button', { name: 'Submit proposal' }).click();
    const proposed = panel.locator('article.amendment');
    await proposed.waitFor();
    expect(await proposed.locator('ins').allTextContents()).toEqual([' and stateless people']);
    expect(await proposed.locator('.amendment-by').textContent()).toBe(
      'Proposed by Nadia (Stakeholder): Stateless people pay the same fees.',
    );
    // Proposing leaves the live text as it was.
    expect(plainText(itemRich(findItem(seed.doc, 'findings', 'f-fees')!, 'evidence'))).toBe(
      'Late fees deter birth registration among refugees.',
    );

    // The participant sees the count on the tab and on the item, and supports it once.
    await expect.poll(() => ana.getByTestId('badge-findings').textContent()).toBe('1');
    await expect
      .poll(() => ana.locator(card).locator('.amendments-toggle').textContent())
      .toBe('Amendments (1)');
    const anaPanel = await openAmendments(ana, card, 'Finding F1');
    await anaPanel.getByRole('button', { name: 'Support this amendment (+1)' }).click();
    const you = anaPanel.getByRole('button', { name: 'You support this' });
    await you.waitFor();
    expect(await you.isDisabled()).toBe(true);
    await expect
      .poll(() => nadia.locator(card).getByTestId('support').textContent())
      .toBe('Supported by 1: Ana (Participant)');

    // The facilitator puts it on the projector, full-screen, then accepts it.
    const fatimaPanel = await openAmendments(fatima, card, 'Finding F1');
    await fatimaPanel.getByText('Supported by 1: Ana (Participant)').waitFor();
    await fatimaPanel.getByRole('button', { name: 'Show on projector' }).click();
    const slide = projector.getByRole('region', { name: 'Amendment under discussion' });
    await slide.waitFor();
    expect(await slide.locator('ins').textContent()).toBe(' and stateless people');
    expect(await slide.getByTestId('slide-support').textContent()).toBe('Supported by 1: Ana');
    const box = await slide.boundingBox();
    const viewport = projector.viewportSize()!;
    expect([box!.width, box!.height]).toEqual([viewport.width, viewport.height]);

    await fatimaPanel.getByRole('button', { name: 'Accept' }).click();
    const accepted = 'Late fees deter birth registration among refugees and stateless people.';
    // The participant's page shows the new wording without a reload, and the open count is gone.
    await expect.poll(() => ana.locator(card).locator('.rich-field').first().textContent()).toBe(accepted);
    await expect.poll(() => ana.locator(card).locator('.amendments-toggle').textContent()).toBe('Amendments');
    expect(await ana.getByTestId('badge-findings').count()).toBe(0);
    await expect.poll(() => slide.locator('[data-status]').textContent()).toBe('Accepted');

    // The item's history lists it as accepted, with who proposed it and who decided.
    await ana.locator(card).getByRole('button', { name: 'History of Finding F1' }).click();
    const entry = ana.locator(`${card} .history-panel .amendment-history li`);
    await entry.waitFor();
    expect(await entry.getAttribute('data-status')).toBe('accepted');
    expect(await entry.textContent()).toMatch(
      /^accepted Evidence: “refugees\.” → “refugees and stateless people\.”, proposed by Nadia \(Stakeholder\) \(Stateless people pay the same fees\.\)\. Accepted by Fatima \(Facilitator\) · \d/,
    );

    // Taking it down clears the projector.
    await fatima.getByRole('button', { name: 'Take it down' }).click();
    await slide.waitFor({ state: 'detached' });
    seed.destroy();
  });

  it('rejects with a reason, and asks before accepting an amendment whose words changed since', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Reject and outdated' });
    const seed = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    await seed.synced;
    seed.doc.transact(() =>
      createItem(
        seed.doc,
        'recommendations',
        { text: 'Register refugee births within 30 days.' },
        { id: 'r-1' },
      ),
    );
    const text = () => itemText(findItem(seed.doc, 'recommendations', 'r-1')!, 'text');
    const ana = await cast.open(workshop, 'Ana', 'participant', 'recommendations');
    const fatima = await cast.open(workshop, 'Fatima', 'facilitator', 'recommendations');
    const card = '.card.recommendation[data-id="r-1"]';

    const anaPanel = await openAmendments(ana, card, 'Recommendation R1');
    const propose = async (wording: string, reason: string) => {
      await anaPanel.getByRole('button', { name: 'Propose a change' }).click();
      await anaPanel.getByLabel('Field').selectOption('text');
      await anaPanel.getByLabel('New wording').fill(wording);
      await anaPanel.getByLabel('Why').fill(reason);
      await anaPanel.getByRole('button', { name: 'Submit proposal' }).click();
      await anaPanel.locator('article.amendment', { hasText: reason }).waitFor();
    };
    await propose('Register refugee births within 90 days.', 'Remote camps need longer.');
    await propose('Register refugee births within 60 days.', 'A compromise.');

    const fatimaPanel = await openAmendments(fatima, card, 'Recommendation R1');
    const longer = fatimaPanel.locator('article.amendment', { hasText: 'Remote camps need longer.' });
    await longer.getByRole('button', { name: 'Reject…' }).click();
    const rejectButton = longer.getByRole('button', { name: 'Reject', exact: true });
    expect(await rejectButton.isDisabled()).toBe(true);
    await longer.getByLabel('Reason for rejecting').fill('The law sets 60 days at most.');
    await rejectButton.click();
    await longer.waitFor({ state: 'detached' });
    expect(text().toString()).toBe('Register refugee births within 30 days.');

    // Someone edits the very words the other amendment replaces: it becomes outdated.
    seed.doc.transact(() => {
      const at = text().toString().indexOf('30');
      text().delete(at, 2);
      text().insert(at, '45');
    });
    const compromise = fatimaPanel.locator('article.amendment', { hasText: 'A compromise.' });
    // Through the server: once the facilitator's page has the edit, so has the server.
    await expect
      .poll(() => fatima.locator(card).getByRole('textbox', { name: 'Text of R1' }).inputValue())
      .toBe('Register refugee births within 45 days.');
    await compromise.getByRole('button', { name: 'Accept', exact: true }).click();
    const confirm = compromise.getByRole('alertdialog', { name: 'Accept an outdated amendment' });
    await confirm.waitFor();
    // Until confirmed, nothing changed; the diff is against the text as it reads now.
    expect(text().toString()).toBe('Register refugee births within 45 days.');
    await expect.poll(() => compromise.locator('del').allTextContents()).toEqual(['45']);
    expect(await compromise.getByText('outdated', { exact: true }).count()).toBe(1);
    await confirm.getByRole('button', { name: 'Accept anyway' }).click();
    await waitFor(() => text().toString() === 'Register refugee births within 60 days.', 'accepted');
    await expect
      .poll(() => ana.locator(card).getByRole('textbox', { name: 'Text of R1' }).inputValue())
      .toBe('Register refugee births within 60 days.');

    // The history has both decisions, the rejection with its reason.
    await ana.locator(card).getByRole('button', { name: 'History of Recommendation R1' }).click();
    const entries = ana.locator(`${card} .amendment-history li`);
    await expect.poll(() => entries.count()).toBe(2);
    const rejected = ana.locator(`${card} .amendment-history li[data-status="rejected"]`);
    expect(await rejected.textContent()).toContain(
      'Rejected by Fatima (Facilitator): The law sets 60 days at most.',
    );
    expect(await ana.locator(`${card} .amendment-history li[data-status="accepted"]`).count()).toBe(1);
    seed.destroy();
  });

  it('proposes new wording for words selected in the report; accepted, the report reads it', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Report words' });
    const seed = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    await seed.synced;
    const report = reportFragment(seed.doc);
    seed.doc.transact(() => {
      report.delete(0, report.length);
      report.insert(0, paragraphs('The workshop met on two days.\nIt validated twelve findings.'));
    });
    const nadia = await cast.open(workshop, 'Nadia', 'stakeholder', 'report');
    await waitForEditorText(nadia, ['two days']);
    // Select "two days" as a person would with the mouse: a DOM selection the editor takes in.
    await nadia.evaluate(
      ([selector, words]) => {
        const root = document.querySelector(selector)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(words);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words.length);
          const selection = document.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return;
        }
      },
      [EDITOR, 'two days'] as const,
    );
    await nadia.getByRole('button', { name: /^Amendments to the report:/ }).click();
    const panel = nadia.getByRole('region', { name: 'Amendments to the report' });
    const proposeButton = panel.getByRole('button', { name: 'Propose a change' });
    await expect.poll(() => proposeButton.isEnabled()).toBe(true);
    await proposeButton.click();
    expect(await panel.locator('.amendment-quote').textContent()).toBe('Replacing “two days”');
    await panel.getByLabel('New wording').fill('three days');
    await panel.getByLabel('Why').fill('It ran over.');
    await panel.getByRole('button', { name: 'Submit proposal' }).click();
    await panel.locator('article.amendment').waitFor();

    const fatima = await cast.open(workshop, 'Fatima', 'facilitator', 'report');
    await expect.poll(() => fatima.getByTestId('badge-report').textContent()).toBe('1');
    await fatima.getByRole('button', { name: /^Amendments to the report:/ }).click();
    const fatimaPanel = fatima.getByRole('region', { name: 'Amendments to the report' });
    await fatimaPanel.getByRole('button', { name: 'Accept' }).click();
    await waitForEditorText(nadia, ['The workshop met on three days.']);
    // The report's panel keeps it among the decided ones.
    const decided = panel.locator('.amendment-history li[data-status="accepted"]');
    await decided.waitFor();
    expect(await decided.textContent()).toMatch(
      /^accepted “two” → “three”, proposed by Nadia \(Stakeholder\)/,
    );
    await waitFor(
      () => plainText(report) === 'The workshop met on three days.\nIt validated twelve findings.',
      'the report everywhere',
    );
    const listed = await apiCall<{ amendments: Amendment[] }>(
      `${files.server.url}/api/workshops/${workshop.id}/amendments?status=accepted`,
      'GET',
      { token: workshop.invites.viewer },
    );
    expect(listed.body.amendments.map((a) => a.proposer.role)).toEqual(['stakeholder']);
    seed.destroy();
  });
});
