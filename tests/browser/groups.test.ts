import { describe, expect, it } from 'vitest';
import type { CreatedInvite, VersionList } from '../../shared/api.js';
import {
  createGroup,
  createItem,
  findItem,
  readGroups,
  readWorkshopContent,
} from '../../shared/workshop-document/index.js';
import { apiCall } from '../helpers/api-call.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';
import { connectClient, waitFor } from '../helpers/yjs-clients.js';

const files = castPerFile();
const { cast } = files;

/** The template's first group session (template.ts gives it a fixed id). */
const GROUP_SESSION = 's-template-3';
const GROUP_TITLE = 'Breakout groups: validate or amend the findings by theme';

describe('breakout groups', () => {
  it('a participant works in their group, and its changes are reported and consolidated in plenary', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Groups workshop' });
    // Three draft findings from the assessment: two on the legal framework, one on costs.
    const seeder = connectClient(files.server.url, workshop.id, workshop.invites.facilitator);
    await seeder.synced;
    const seeded: Array<[string, string]> = [
      ['Legal framework', 'Late registration needs a court order'],
      ['Costs and access', 'Travel to the registry costs a week’s wage'],
      ['Legal framework', 'Foundlings have no registration procedure'],
    ];
    const [legal, costs, legalToo] = seeded.map(([theme, evidence]) =>
      createItem(seeder.doc, 'findings', { theme, evidence }),
    ) as [string, string, string];
    await waitFor(() => seeder.provider.synced, 'the seeded findings to be sent');

    // The facilitator defines two groups of the first group session, by theme.
    const facilitator = await cast.open(workshop, 'Lan', 'facilitator', 'agenda');
    await facilitator
      .locator(`tr[data-id="${GROUP_SESSION}"]`)
      .getByRole('button', { name: 'Groups' })
      .click();
    const editor = facilitator.locator('[data-testid="groups-editor"]');
    await editor.getByRole('button', { name: '+ Add group' }).click();
    await editor.getByLabel('Name of Group 1').fill('Costs');
    await editor.getByLabel('Name of Group 1').press('Tab');
    await editor.locator('.group-card .group-themes').nth(0).getByLabel('Costs and access').check();
    await editor.getByRole('button', { name: '+ Add group' }).click();
    await editor.getByLabel('Name of Group 2').fill('Legal framework');
    await editor.getByLabel('Name of Group 2').press('Tab');
    await editor.getByLabel('Reporter of Group 2').fill('Amina');
    await editor.getByLabel('Reporter of Group 2').press('Tab');
    await editor.locator('.group-card .group-themes').nth(1).getByLabel('Legal framework').check();

    // A participant chooses Group 2 and sees only its findings.
    const participant = await cast.open(workshop, 'Minh', 'participant', 'findings');
    await participant.getByRole('button', { name: /^Group 2 · Legal framework/ }).click();
    await participant
      .locator('[data-testid="group-title"]', { hasText: 'Group 2 · Legal framework' })
      .waitFor();
    await participant.locator('[data-testid="group-presence"]', { hasText: '1 in Group 2' }).waitFor();
    await expect
      .poll(() =>
        participant
          .locator('li.card.finding')
          .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id'))),
      )
      .toEqual([legal, legalToo]);
    // Show all is the way out; and back.
    await participant.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => participant.locator('li.card.finding').count()).toBe(3);
    await participant.getByRole('button', { name: 'Only Group 2' }).click();
    await expect.poll(() => participant.locator('li.card.finding').count()).toBe(2);
    // The choice is remembered by this browser.
    await participant.reload();
    await participant
      .locator('[data-testid="group-title"]', { hasText: 'Group 2 · Legal framework' })
      .waitFor();

    // Starting the session saves a version, on the server.
    await facilitator.getByLabel('Session to time').selectOption(GROUP_SESSION);
    await facilitator.getByRole('button', { name: '▶ Start' }).click();
    await participant.locator('[data-testid="group-countdown"]', { hasText: /^(90:00|89:5\d)$/ }).waitFor();
    await expect
      .poll(async () => {
        const { body } = await apiCall<VersionList>(
          `${files.server.url}/api/workshops/${workshop.id}/versions`,
          'GET',
          {
            token: workshop.invites.viewer,
          },
        );
        return body.versions.map((version) => version.name);
      })
      .toEqual([`Before: ${GROUP_TITLE}`]);

    // The group validates a finding.
    await participant
      .locator(`li.card.finding[data-id="${legalToo}"]`)
      .getByLabel('Validation status')
      .selectOption('validated');
    await waitFor(
      () => readWorkshopContent(seeder.doc).findings.find((f) => f.id === legalToo)?.status === 'validated',
      'the validation to reach the server',
    );
    expect(findItem(seeder.doc, 'findings', costs)?.get('status')).toBe('draft');

    // In plenary, the projector shows the group reports: the change under Group 2.
    const presenter = await cast.open(workshop, 'Projector', 'viewer', 'findings', { present: true });
    await facilitator.getByRole('button', { name: 'Group reports' }).click();
    const panel = facilitator.locator('[data-testid="group-reports-panel"]');
    await panel.getByRole('button', { name: 'Show on the projector' }).click();
    const reported = presenter.locator('.group-report', { hasText: 'Group 2 · Legal framework' });
    await reported.locator(`.report-entry[data-id="${legalToo}"]`, { hasText: 'validated' }).waitFor();
    await expect.poll(() => reported.innerText()).toContain('Presented by Amina');
    expect(
      await presenter
        .locator('.group-report', { hasText: 'Group 1 · Costs' })
        .locator('.report-entry')
        .count(),
    ).toBe(0);

    // The facilitator consolidates it; the participant sees the mark on the finding.
    await panel
      .locator(`.report-entry[data-id="${legalToo}"]`)
      .getByRole('button', { name: 'Mark consolidated' })
      .click();
    await participant
      .locator(`li.card.finding[data-id="${legalToo}"] [data-testid="consolidated"]`)
      .waitFor();
    await presenter.locator(`.report-entry[data-id="${legalToo}"] [data-testid="consolidated"]`).waitFor();
    expect(
      await participant.locator(`li.card.finding[data-id="${legal}"] [data-testid="consolidated"]`).count(),
    ).toBe(0);
    seeder.destroy();
  });

  it('puts a personally invited person in the group a facilitator assigns them to, live', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Assigned groups' });
    const seeder = connectClient(files.server.url, workshop.id, workshop.invites.facilitator);
    await seeder.synced;
    seeder.doc.transact(() => {
      createGroup(seeder.doc, GROUP_SESSION, { name: 'Costs', themes: ['Costs and access'] }, 1);
      createGroup(seeder.doc, GROUP_SESSION, { name: 'Legal framework', themes: ['Legal framework'] }, 2);
    });
    const { body: invite } = await apiCall<CreatedInvite>(
      `${files.server.url}/api/workshops/${workshop.id}/invites`,
      'POST',
      { token: workshop.invites.facilitator, body: { role: 'participant', name: 'Amina Haddad' } },
    );

    const facilitator = await cast.open(workshop, 'Lan', 'facilitator', 'agenda');
    await facilitator
      .locator(`tr[data-id="${GROUP_SESSION}"]`)
      .getByRole('button', { name: 'Groups' })
      .click();
    await facilitator.getByText('Assign invited people to groups').click();
    await facilitator.getByLabel('Group of Amina Haddad').selectOption({ label: 'Group 1 · Costs' });
    await waitFor(
      () => readGroups(seeder.doc, GROUP_SESSION)[0]?.members.includes(invite.id) === true,
      'the assignment to reach the server',
    );

    const amina = await cast.visit('Amina Haddad', `${invite.link}&section=findings`);
    const title = amina.locator('[data-testid="group-title"]');
    await title.filter({ hasText: 'Group 1 · Costs' }).waitFor();
    await amina.getByText('assigned by the facilitator').waitFor();
    // Assigned, the page offers no other group to choose.
    expect(await amina.locator('[data-testid="group-bar"] select').count()).toBe(0);
    await amina.locator('[data-testid="group-presence"]', { hasText: '1 in Group 1' }).waitFor();

    await facilitator
      .getByLabel('Group of Amina Haddad')
      .selectOption({ label: 'Group 2 · Legal framework' });
    await title.filter({ hasText: 'Group 2 · Legal framework' }).waitFor();
    // Moved, not added: out of Group 1.
    await waitFor(
      () => readGroups(seeder.doc, GROUP_SESSION)[0]?.members.length === 0,
      'Amina to leave Group 1',
    );
    seeder.destroy();
  });
});
