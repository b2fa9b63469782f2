import { describe, expect, it } from 'vitest';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

describe('audit log panel in a real browser', () => {
  it('lists the acts and verifies the chain for a stakeholder; participants have no panel', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Audit panel' });
    const facilitator = await cast.open(workshop, 'Fatima', 'facilitator', 'versions');
    await facilitator.getByLabel('Version name').fill('Final');
    await facilitator.getByRole('button', { name: 'Save version' }).click();
    await facilitator.locator('.version[data-version="1"]').waitFor();

    const stakeholder = await cast.open(workshop, 'Somchai', 'stakeholder', 'versions');
    await stakeholder.getByRole('button', { name: 'Audit log' }).click();
    const panel = stakeholder.locator('[data-testid="audit-log"]');
    await panel.locator('[data-testid="audit-verification"]', { hasText: 'Chain intact' }).waitFor();
    expect(await panel.locator('li[data-seq="1"]').innerText()).toContain(
      'Fatima (Facilitator) saved a version',
    );

    const participant = await cast.open(workshop, 'Nok', 'participant', 'versions');
    await participant.locator('.version[data-version="1"]').waitFor();
    expect(await participant.getByRole('button', { name: 'Audit log' }).count()).toBe(0);
  });
});
