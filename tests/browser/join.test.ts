import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { JoinCode } from '../../shared/join-codes.js';
import { waitForConnection } from '../helpers/browser.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** With JOIN_SHOTS=<dir>, the pages are also saved as screenshots there, to be looked at. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.JOIN_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `join-${name}.png`) });
}

async function makeCode(workshop: CreateWorkshopResponse): Promise<JoinCode> {
  const response = await fetch(`${files.server.url}/api/workshops/${workshop.id}/join-codes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${workshop.invites.facilitator}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(response.status).toBe(201);
  return (await response.json()) as JoinCode;
}

async function inTheWorkshop(page: Page, workshop: CreateWorkshopResponse): Promise<void> {
  await page.waitForURL(new RegExp(`/w/${workshop.id}#invite=`));
  await waitForConnection(page, 'connected');
  expect(await page.locator('[data-testid="role"]').innerText()).toBe('participant');
}

describe('joining with a code', () => {
  it('on a phone: types the code in any case, with spaces, and lands in the workshop connected', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Results workshop, Timor-Leste' });
    const code = await makeCode(workshop);
    const phone = await cast.visit('Ana', '/join', PHONE);
    const box = phone.getByLabel('Type the code shown on the screen');
    await box.waitFor();
    await shot(phone, 'phone');

    await box.fill('ZZZZ-ZZZZ');
    await phone.getByRole('button', { name: 'Join' }).click();
    await phone.getByRole('alert').filter({ hasText: 'No workshop has this code' }).waitFor();
    await shot(phone, 'phone-error');

    const [first, second] = code.code.toLowerCase().split('-');
    await box.fill(` ${first} - ${second} `);
    await phone.getByRole('button', { name: 'Join' }).click();
    await inTheWorkshop(phone, workshop);
  });

  it('/join/<code>, what the QR code opens, joins at once', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Direct' });
    const code = await makeCode(workshop);
    const phone = await cast.visit('Bui', new URL(code.url).pathname, PHONE);
    await inTheWorkshop(phone, workshop);
  });

  it('the facilitator makes a code and puts it on the projector, beside the content and as the join slide', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Results workshop, Viet Nam' });
    const facilitator = await cast.open(workshop, 'Lan', 'facilitator', 'findings');
    const projector = await cast.open(workshop, 'Projector', 'viewer', 'findings', { present: true });

    await facilitator.getByRole('button', { name: 'Join code' }).click();
    await facilitator.getByRole('button', { name: 'Make a join code' }).click();
    const shown = facilitator.locator('[data-testid="join-panel"] [data-testid="join-code"]');
    await shown.waitFor();
    const code = await shown.innerText();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await facilitator.getByRole('button', { name: 'Show on the projector' }).click();

    const panel = projector.locator('[data-testid="join-panel"]');
    await panel.locator('[data-testid="join-code"]', { hasText: code }).waitFor();
    expect(await panel.locator('[data-testid="join-url"]').innerText()).toBe(
      `${new URL(files.server.url).host}/join`,
    );
    const qr = panel.locator('img.join-qr');
    await qr.waitFor();
    await projector.waitForFunction(
      () =>
        ((document.querySelector('[data-testid="join-panel"] img.join-qr') as HTMLImageElement | null)
          ?.naturalWidth ?? 0) > 0,
    );

    // The join slide fills the projector's screen; Esc there closes it on that screen.
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await facilitator.getByRole('button', { name: 'Join slide' }).click();
    const slide = projector.locator('.join-slide-screen');
    await slide.locator('[data-testid="join-code"]', { hasText: code }).waitFor();
    await projector.waitForFunction(
      () =>
        ((document.querySelector('.join-slide-screen img.join-qr') as HTMLImageElement | null)
          ?.naturalWidth ?? 0) > 0,
    );
    const box = await slide.boundingBox();
    expect(box).toMatchObject({ width: 1920, height: 1080 });
    await shot(projector, 'slide');
    await projector.keyboard.press('Escape');
    await slide.waitFor({ state: 'detached' });

    // Esc on the facilitator's own slide puts the projector back to the panel.
    await facilitator.keyboard.press('Escape');
    await facilitator.locator('.join-slide-screen').waitFor({ state: 'detached' });
    await panel.locator('[data-testid="join-code"]', { hasText: code }).waitFor();
    await shot(projector, 'projector-panel');

    // Revoked, it leaves the projector.
    await facilitator.getByRole('button', { name: `Revoke join code ${code}` }).click();
    await panel.waitFor({ state: 'detached' });
  });
});
