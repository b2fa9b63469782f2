import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/axe.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

describe('bring everyone here', () => {
  it('moves a participant to the facilitator’s item, says who did, and takes them back', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Plenary' });
    const facilitator = await cast.open(workshop, 'Amina', 'facilitator', 'recommendations');
    const participant = await cast.open(workshop, 'Minh', 'participant', 'findings');
    await participant.getByRole('button', { name: '+ Add finding' }).click();
    await participant.getByLabel('Source of F1').fill('Survey 2023');

    for (const text of ['Waive late fees', 'Mobile registration', 'Train registrars', 'Free certificates']) {
      await facilitator.getByRole('button', { name: '+ Add recommendation' }).click();
      const index = await facilitator.locator('li.card.recommendation').count();
      await facilitator.getByLabel(`Text of R${index}`).fill(text);
    }
    await facilitator.getByLabel('Text of R3').click();
    const r3 = facilitator.locator('li.card.recommendation', {
      has: facilitator.getByLabel('Text of R3'),
    });
    const itemId = await r3.getAttribute('data-id');
    expect(itemId).toBeTruthy();
    await facilitator.getByRole('button', { name: 'Bring everyone here' }).click();
    await facilitator.locator('[data-testid="brought"]').waitFor();

    const tab = (section: string) => participant.locator(`.section-nav [data-section="${section}"]`);
    await expect.poll(() => tab('recommendations').getAttribute('aria-current')).toBe('page');
    const notice = participant.locator('[data-testid="summon-notice"]');
    await notice.filter({ hasText: 'Brought here by Amina' }).waitFor();
    await expectAccessible(participant, 'the page with its summon notice');
    // On the item itself: in view, with the caret in it.
    const brought = participant.locator(`[data-id="${itemId}"]`);
    await expect
      .poll(() => brought.evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);
    await expect
      .poll(() =>
        brought.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    // The facilitator's own page stays where it is.
    expect(await facilitator.locator('[data-testid="summon-notice"]').count()).toBe(0);

    await notice.getByRole('button', { name: 'Go back' }).click();
    await expect.poll(() => tab('findings').getAttribute('aria-current')).toBe('page');
    await notice.waitFor({ state: 'detached' });
    await participant.getByLabel('Source of F1').waitFor();
    expect(await participant.getByLabel('Source of F1').inputValue()).toBe('Survey 2023');
  });
});
