import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { createItem } from '../../shared/workshop-document/index.js';
import { apiCall } from '../helpers/api-call.js';
import { waitForPresence } from '../helpers/browser.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';
import { connectClient } from '../helpers/yjs-clients.js';

const files = castPerFile();
const { cast } = files;

/** The workshop as the cast opens it, with `role`'s link replaced by another invite's. */
function withLink(workshop: CreateWorkshopResponse, role: 'stakeholder', link: string) {
  return { ...workshop, links: { ...workshop.links, [role]: link } };
}

describe('people and the workshop’s end of life in a real browser', () => {
  it('a personal invite names its person, endorses as them, and revoking it disconnects them', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'People' });
    const facilitator = await cast.open(workshop, 'Fatima', 'facilitator', 'findings');
    facilitator.on('dialog', (dialog) => void dialog.accept());

    await facilitator.getByRole('button', { name: 'People' }).click();
    const panel = facilitator.getByRole('dialog', { name: 'People' });
    await panel.getByLabel('Name').fill('Nadia Haddad');
    await panel.getByLabel('Organisation').fill('Ministry of Interior');
    await panel.getByLabel('Role').selectOption('stakeholder');
    await panel.getByRole('button', { name: 'Create invite' }).click();
    const link = new URL(await panel.getByLabel('New invite link').inputValue());

    // A version open for endorsement, made through the API as the facilitator.
    const version = await apiCall<{ id: string }>(
      `${files.server.url}/api/workshops/${workshop.id}/versions`,
      'POST',
      {
        token: workshop.invites.facilitator,
        body: { name: 'Draft for endorsement' },
      },
    );
    const versionId = version.body.id;
    await apiCall(
      `${files.server.url}/api/workshops/${workshop.id}/versions/${versionId}/endorsement-request`,
      'POST',
      { token: workshop.invites.facilitator },
    );

    // Whatever name this browser had stored, the invite's name is the one everyone sees.
    const nadia = await cast.open(
      withLink(workshop, 'stakeholder', `${link.pathname}${link.hash}`),
      'Somebody else',
      'stakeholder',
      'versions',
    );
    await waitForPresence(facilitator, ['Fatima', 'Nadia Haddad']);
    const nameField = nadia.getByLabel('Your name');
    expect(await nameField.inputValue()).toBe('Nadia Haddad');
    expect(await nameField.getAttribute('readonly')).not.toBeNull();

    // The endorsement form says who signs, and asks no organisation the invite already has.
    const endorseAs = nadia.getByTestId('endorse-as');
    await expect
      .poll(() => endorseAs.textContent())
      .toBe('As Nadia Haddad (Ministry of Interior) — from your personal invite');
    expect(await nadia.getByLabel('Your organisation').count()).toBe(0);
    await nadia.getByRole('button', { name: /^Endorse v1/ }).click();
    await nadia.locator('.endorsement.endorse', { hasText: 'Nadia Haddad' }).waitFor();
    expect(await nadia.locator('.endorsement .badge.identity').textContent()).not.toMatch(/self/i);

    // The panel shows her connected; revoking disconnects her page for good.
    await panel.getByRole('button', { name: 'Close' }).click();
    await facilitator.getByRole('button', { name: 'People' }).click();
    const row = facilitator.locator('tr', { hasText: 'Nadia Haddad' });
    await expect.poll(() => row.locator('td').nth(4).textContent(), { timeout: 10_000 }).toBe('1 connected');
    await row.getByRole('button', { name: 'Revoke' }).click();
    await nadia.getByTestId('disconnected').waitFor({ timeout: 5_000 });
    expect(await nadia.getByRole('alert').textContent()).toContain('this invite link was revoked');
    await expect.poll(() => row.locator('td').nth(5).textContent()).toBe('revoked');
  });

  it('archiving turns every page read-only with a banner, and unarchiving gives editing back', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Archive me' });
    const seed = connectClient(files.server.url, workshop.id, workshop.invites.facilitator);
    await seed.synced;
    seed.doc.transact(() => {
      createItem(seed.doc, 'findings', { evidence: 'Births in remote areas go unregistered' }, { id: 'f-1' });
    });
    const facilitator = await cast.open(workshop, 'Fatima', 'facilitator', 'findings');
    const participant = await cast.open(workshop, 'Kofi', 'participant', 'findings');
    const source = () =>
      participant.locator('.card.finding[data-id="f-1"]').getByRole('textbox', { name: /Source/ });
    const evidence = source();
    await evidence.waitFor();
    expect(await evidence.getAttribute('readonly')).toBeNull();

    await facilitator.getByRole('button', { name: 'Workshop…' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'This workshop' });
    await dialog.getByRole('button', { name: 'Archive workshop' }).click();

    for (const page of [facilitator, participant]) await page.getByTestId('archived-banner').waitFor();
    await expect.poll(() => participant.getByRole('button', { name: '+ Add finding' }).count()).toBe(0);
    expect(await source().getAttribute('readonly')).not.toBeNull();
    expect(await participant.getByTestId('role').locator('..').textContent()).toContain('(read only)');

    await facilitator.getByRole('button', { name: 'Workshop…' }).click();
    await facilitator
      .getByRole('dialog', { name: 'This workshop' })
      .getByRole('button', { name: 'Unarchive' })
      .click();
    for (const page of [facilitator, participant])
      await expect.poll(() => page.getByTestId('archived-banner').count()).toBe(0);
    await participant.getByRole('button', { name: '+ Add finding' }).waitFor();
    seed.destroy();
  });

  it('the home page lists opened workshops; deleting one (title typed) disconnects everyone', async () => {
    const first = await createWorkshop(files.server.url, { title: 'First workshop' });
    const second = await createWorkshop(files.server.url, { title: 'Second workshop' });
    const participant = await cast.open(second, 'Kofi', 'participant', 'findings');
    const facilitator = await cast.open(first, 'Fatima', 'facilitator', 'findings');
    await facilitator.goto(`${files.server.url}${second.links.facilitator}`);
    await facilitator.getByRole('button', { name: 'Workshop…' }).waitFor();

    await facilitator.goto(`${files.server.url}/`);
    const list = facilitator.getByRole('region', { name: 'Your workshops' });
    await expect
      .poll(() => list.locator('li').allTextContents())
      .toEqual([
        expect.stringMatching(/^Second workshop · facilitator · opened /),
        expect.stringMatching(/^First workshop · facilitator · opened /),
      ]);

    await list.getByRole('link', { name: 'Second workshop' }).click();
    await facilitator.getByRole('button', { name: 'Workshop…' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'This workshop' });
    const remove = dialog.getByRole('button', { name: 'Delete this workshop' });
    await dialog.getByLabel(/Type the workshop's title/).fill('second workshop');
    expect(await remove.isDisabled()).toBe(true);
    await dialog.getByLabel(/Type the workshop's title/).fill('Second workshop');
    await remove.click();

    await facilitator.getByText('“Second workshop” was deleted with all its data.').waitFor();
    expect(await list.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^First workshop · facilitator/),
    ]);
    await participant.getByTestId('disconnected').waitFor({ timeout: 5_000 });
    expect(await participant.getByRole('alert').textContent()).toContain('this workshop was deleted');

    // The old link now opens a refusal, not a blank workshop.
    await facilitator.goto(`${files.server.url}${second.links.facilitator}`);
    await facilitator.getByRole('heading', { name: 'Cannot open this workshop' }).waitFor();
  });
});
