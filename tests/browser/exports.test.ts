import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createItem } from '../../shared/workshop-document/index.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';
import { connectClient } from '../helpers/yjs-clients.js';
import { fillFixture } from '../server/export/fixture.js';

const files = castPerFile();
const { cast } = files;

describe('exports in a real browser', () => {
  it('draws the Gantt chart live without running hostile text, and downloads the action plan', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Gantt', country: 'Viet Nam' });
    const client = connectClient(files.server.url, workshop.id, workshop.invites.participant);
    await client.synced;
    fillFixture(client.doc);

    const page = await cast.open(workshop, 'Lan', 'viewer', 'actionPlan');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const chart = page.locator('.gantt svg');
    await chart.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.gantt svg rect[rx="3"]').length === 3);
    expect(await page.locator('.gantt svg script, .gantt svg foreignObject, .gantt img').count()).toBe(0);
    expect(await chart.textContent()).toContain('<img src=x onerror=alert(1)>');

    // A new row appears in the chart as soon as it is typed elsewhere.
    createItem(client.doc, 'actionPlan', {
      objective: 'Outreach',
      activity: 'Mobile registration teams',
      leadAgency: 'UNICEF',
      start: '2025-07-01',
      end: '2025-09-30',
    });
    await page.waitForFunction(() => document.querySelectorAll('.gantt svg rect[rx="3"]').length === 4);

    await page.locator('.export-menu summary').first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Action plan (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gantt-action-plan-live-\d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Mobile registration teams');
    expect(dialogs).toEqual([]);
    client.destroy();
  });
});
