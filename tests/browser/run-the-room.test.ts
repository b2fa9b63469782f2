import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

const openPresenter = (workshop: CreateWorkshopResponse) =>
  cast.open(workshop, 'Projector', 'viewer', 'agenda', { present: true });

const shownSection = (page: Page) => page.locator('[data-testid="presenter-section"]');

describe('running the room', () => {
  it('the presenter view follows the facilitator and ranks a vote cast on another page live', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Results workshop, Viet Nam' });
    const facilitator = await cast.open(workshop, 'Lan', 'facilitator', 'agenda');
    const participant = await cast.open(workshop, 'Minh', 'participant', 'recommendations');
    const presenter = await openPresenter(workshop);

    await shownSection(presenter).filter({ hasText: 'Agenda · following Lan' }).waitFor();
    expect(await presenter.locator('.presenter-people .person').allInnerTexts()).toEqual(
      expect.arrayContaining(['Lan', 'Minh']),
    );
    // Nothing on the projector can be edited.
    expect(
      await presenter.locator('input:not([readonly]):not([disabled]), textarea:not([readonly])').count(),
    ).toBe(0);

    // The facilitator moves to the findings and works on one: the projector follows, with the item.
    await facilitator.locator('[data-section="findings"]').click();
    await shownSection(presenter).filter({ hasText: 'Findings' }).waitFor();
    await facilitator.getByRole('button', { name: '+ Add finding' }).click();
    await facilitator.getByLabel('Source of F1').fill('Tool G coverage table, 2023');
    const focused = presenter.locator('li.card.finding.presenter-focus');
    await focused.waitFor();
    await presenter.waitForFunction(
      () =>
        (
          document.querySelector(
            '.presenter-focus input[aria-label="Source of F1"]',
          ) as HTMLInputElement | null
        )?.value === 'Tool G coverage table, 2023',
    );

    // Two recommendations, then a dot vote.
    await facilitator.locator('[data-section="recommendations"]').click();
    await shownSection(presenter).filter({ hasText: 'Recommendations' }).waitFor();
    for (const text of ['Waive late registration fees', 'Mobile registration in border camps']) {
      await facilitator.getByRole('button', { name: '+ Add recommendation' }).click();
      const index = await facilitator.locator('li.card.recommendation').count();
      await facilitator.getByLabel(`Text of R${index}`).fill(text);
    }
    await facilitator.getByLabel('Dots per person').fill('3');
    await facilitator.getByRole('button', { name: 'Open a vote on the recommendations' }).click();
    await presenter.locator('.vote-ranking h3', { hasText: 'Ranking so far' }).waitFor();

    await participant.getByRole('button', { name: 'Place 2 dots on R2' }).click();
    await participant.locator('[data-testid="dots-left"]', { hasText: '1' }).waitFor();
    // Minh's two dots appear on the projector, R2 ranked first.
    const first = presenter.locator('.vote-ranking li').first();
    await first.filter({ hasText: 'R2' }).filter({ hasText: '2 dots' }).waitFor();
    expect(await first.innerText()).toContain('Mobile registration in border camps');
    // The page offers only what is left of the budget (the server enforces it: votes-api.test.ts).
    expect(await participant.getByRole('button', { name: 'Place 2 dots on R1' }).count()).toBe(0);

    await facilitator.getByRole('button', { name: 'Close the vote' }).click();
    await participant
      .locator('li.card.recommendation', { hasText: '' })
      .locator('[data-testid="priority"]', { hasText: '#1 · 2 dots' })
      .waitFor();
    await presenter.locator('.vote-ranking h3', { hasText: 'Result of the last vote' }).waitFor();

    // Pinned, the projector stays on the recommendations while the facilitator goes elsewhere.
    await facilitator.getByRole('button', { name: 'Pin the projector to Recommendations' }).click();
    await facilitator.locator('[data-section="targets"]').click();
    await shownSection(presenter).filter({ hasText: 'Recommendations · pinned' }).waitFor();
    await facilitator.getByRole('button', { name: 'Unpin: follow me' }).click();
    await shownSection(presenter).filter({ hasText: 'Targets · following Lan' }).waitFor();
  });

  it('opens the projector from the facilitator’s page with a viewer invite of its own', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Projector link' });
    const facilitator = await cast.open(workshop, 'Lan', 'facilitator', 'targets');
    const [projector] = await Promise.all([
      facilitator.waitForEvent('popup'),
      facilitator.getByRole('button', { name: 'Open presenter view' }).click(),
    ]);
    await projector.waitForURL(/\?view=present#invite=/);
    const token = new URLSearchParams(new URL(projector.url()).hash.slice(1)).get('invite');
    expect(token).toBeTruthy();
    expect(Object.values(workshop.invites)).not.toContain(token);
    await shownSection(projector).filter({ hasText: 'Targets · following Lan' }).waitFor();
    expect(await projector.locator('[data-testid="role"]').count()).toBe(0);
    const session = await fetch(`${files.server.url}/api/workshops/${workshop.id}`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((response) => response.json() as Promise<{ role: string }>);
    expect(session.role).toBe('viewer');
  });

  it('shows the same agenda countdown everywhere, on a laptop whose clock is 7 minutes fast too', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Timer' });
    const facilitator = await cast.open(workshop, 'Lan', 'facilitator', 'agenda');
    const participant = await cast.open(workshop, 'Minh', 'participant', 'agenda', { skewMs: 7 * 60_000 });
    const presenter = await openPresenter(workshop);
    expect(await participant.getByRole('button', { name: '▶ Start' }).count()).toBe(0);

    await facilitator.getByRole('button', { name: '▶ Start' }).click();
    // The template's first session lasts 30 minutes; a clock-skewed page would show 23:00 or less.
    for (const page of [facilitator, participant, presenter])
      await page
        .locator('.agenda-timer[data-state="running"] [data-testid="countdown"]', {
          hasText: /^(30:00|29:5\d)$/,
        })
        .waitFor();

    await facilitator.getByRole('button', { name: 'Pause' }).click();
    await presenter.locator('.agenda-timer[data-state="paused"]').waitFor();
    await participant.locator('.agenda-timer[data-state="paused"]').waitFor();
    const paused = await presenter.locator('[data-testid="countdown"]').innerText();
    await participant.waitForTimeout(1_200);
    expect(await presenter.locator('[data-testid="countdown"]').innerText()).toBe(paused);
    expect(await participant.locator('[data-testid="countdown"]').innerText()).toBe(paused);
    await facilitator.getByRole('button', { name: '+5 min' }).click();
    const extended = `${Number(paused.split(':')[0]) + 5}:${paused.split(':')[1]}`;
    await participant.locator('[data-testid="countdown"]', { hasText: extended }).waitFor();
  });

  it('lets a stakeholder comment on words selected in a read-only field; the thread is live for all', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Comments' });
    const participant = await cast.open(workshop, 'Minh', 'participant', 'recommendations');
    const stakeholder = await cast.open(workshop, 'Somchai', 'stakeholder', 'recommendations');
    await participant.getByRole('button', { name: '+ Add recommendation' }).click();
    await participant.getByLabel('Text of R1').fill('Waive the late registration fee');

    const field = stakeholder.getByLabel('Text of R1');
    await stakeholder.waitForFunction(() =>
      (document.querySelector('[aria-label="Text of R1"]') as HTMLTextAreaElement | null)?.value.includes(
        'fee',
      ),
    );
    expect(await field.getAttribute('readonly')).not.toBeNull();
    await field.evaluate((element: HTMLTextAreaElement) => {
      element.focus();
      element.setSelectionRange('Waive the '.length, element.value.length);
    });
    await stakeholder.getByRole('button', { name: /Comments on Recommendation R1/ }).click();
    await stakeholder.locator('.new-comment', { hasText: 'On “late registration fee”' }).waitFor();
    await stakeholder.getByLabel('New comment').fill('Which fee: the registry’s or the hospital’s?');
    await stakeholder.getByRole('button', { name: 'Comment', exact: true }).click();

    const toggle = participant.getByRole('button', { name: 'Comments on Recommendation R1: 1 open' });
    await toggle.waitFor();
    // Text typed before the commented words moves them; the quote follows.
    await participant.getByLabel('Text of R1').fill('Immediately waive the late registration fee');
    await toggle.click();
    const thread = participant.locator('.comment-thread');
    await thread.locator('.comment-quote', { hasText: 'late registration fee' }).waitFor();
    await thread.getByLabel('Reply').fill('The registry’s.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await stakeholder.getByRole('button', { name: 'Comments on Recommendation R1: 0 open' }).waitFor();
    await stakeholder
      .locator('.comment-thread[data-resolved="true"]', { hasText: 'The registry’s.' })
      .waitFor();
  });

  it('anchors a comment to words selected in a finding’s rich-text evidence', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Evidence comments' });
    const participant = await cast.open(workshop, 'Minh', 'participant', 'findings');
    const facilitator = await cast.open(workshop, 'Lan', 'facilitator', 'findings');
    await participant.getByRole('button', { name: '+ Add finding' }).click();
    const evidence = participant.locator('.rich-field[aria-label="Evidence for F1"][contenteditable="true"]');
    await evidence.click();
    await participant.keyboard.type('Birth registration of refugee children is 42 percent');
    // Select "42 percent" (the last ten characters) with the keyboard, as a person would.
    for (let i = 0; i < 10; i++) await participant.keyboard.press('Shift+ArrowLeft');
    await participant.getByRole('button', { name: /Comments on Finding F1/ }).click();
    await participant.locator('.new-comment', { hasText: 'On “42 percent”' }).waitFor();
    await participant.getByLabel('New comment').fill('Which year?');
    await participant.getByRole('button', { name: 'Comment', exact: true }).click();

    // Text typed before the words and right after them: the quote keeps to "42 percent".
    await evidence.click();
    await participant.keyboard.press('End');
    await participant.keyboard.type(' (2023)');
    await participant.keyboard.press('Home');
    await participant.keyboard.type('Estimated: ');
    // (Minh's caret label sits inline in the facilitator's copy, hence two checks.)
    const shown = facilitator.locator('[aria-label="Evidence for F1"]');
    await shown.filter({ hasText: 'Estimated:' }).filter({ hasText: '42 percent (2023)' }).waitFor();
    await facilitator.getByRole('button', { name: 'Comments on Finding F1: 1 open' }).click();
    await facilitator.locator('.comment-thread .comment-quote', { hasText: /^42 percent$/ }).waitFor();
  });

  it('takes comments on the report’s words and on an action-plan row, from a stakeholder too', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Report comments' });
    const participant = await cast.open(workshop, 'Minh', 'participant', 'report');
    const stakeholder = await cast.open(workshop, 'Somchai', 'stakeholder', 'actionPlan');

    // The report template starts with a heading; select its first word.
    const report = participant.locator('.editor-surface .tiptap');
    await report.locator('h1, h2').first().click();
    await participant.keyboard.press('Home');
    await participant.keyboard.press('Shift+ArrowRight');
    await participant.keyboard.press('Shift+ArrowRight');
    const quote = (await participant.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
    expect(quote.length).toBe(2);
    await participant.getByRole('button', { name: 'Comments on the report: 0 open' }).click();
    await participant.locator('.new-comment', { hasText: `On “${quote}”` }).waitFor();
    await participant.getByLabel('New comment').fill('Title to agree with the ministry');
    await participant.getByRole('button', { name: 'Comment', exact: true }).click();
    await participant.locator('.comment-thread .comment-quote', { hasText: quote }).waitFor();

    await participant.locator('[data-section="actionPlan"]').click();
    await participant.getByRole('button', { name: '+ Add row' }).click();
    await stakeholder.getByRole('button', { name: 'Comments on Row A1: 0 open' }).click();
    await stakeholder.getByLabel('New comment').fill('Who funds this?');
    await stakeholder.getByRole('button', { name: 'Comment', exact: true }).click();
    await participant.getByRole('button', { name: 'Comments on Row A1: 1 open' }).click();
    await participant.locator('.plan-row .comment-thread', { hasText: 'Who funds this?' }).waitFor();
    await stakeholder.locator('[data-section="report"]').click();
    await stakeholder.getByRole('button', { name: 'Comments on the report: 1 open' }).waitFor();
  });
});
