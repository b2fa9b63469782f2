import { createWorkshop, startTestServer } from '../helpers/test-server.js';
import { EDITOR, launchBrowser, newPerson, waitForConnection, waitForEditorText, draftBlocks } from '../helpers/browser.js';
import type { Page } from 'playwright-core';

const sel = (page: Page) => page.evaluate((s) => {
  const el = document.querySelector(s) as (Element & { editor?: { state: { selection: { from: number; to: number } } } }) | null;
  const ds = getSelection();
  return { pm: el?.editor?.state.selection.from, dom: ds?.anchorNode?.nodeName + ':' + ds?.anchorOffset };
}, EDITOR);

const server = await startTestServer();
const browser = await launchBrowser();
let fails = 0;
for (let run = 0; run < 20; run++) {
  const w = await createWorkshop(server.url, { title: 'x' });
  const a = await newPerson(browser, 'Amina'); const b = await newPerson(browser, 'Bilal');
  const link = server.url + w.links.participant;
  await Promise.all([a.page.goto(link), b.page.goto(link)]);
  await waitForConnection(a.page, 'connected'); await waitForConnection(b.page, 'connected');
  await a.page.locator(EDITOR).click();
  await a.page.keyboard.type('Attendance rose.');
  await waitForEditorText(b.page, ['Attendance rose.']);
  const log: unknown[] = [];
  await b.page.locator(EDITOR).click();
  log.push(['click', await sel(b.page)]);
  await b.page.waitForTimeout(500);
  log.push(['after500', await sel(b.page)]);
  await b.page.keyboard.press('Control+End');
  log.push(['ctrlend', await sel(b.page)]);
  await b.page.keyboard.press('Enter');
  log.push(['enter', await sel(b.page)]);
  await b.page.keyboard.type('Second.');
  const blocks = await waitForEditorText(a.page, ['Second.']);
  const ok = JSON.stringify(blocks) === JSON.stringify(['Attendance rose.', 'Second.']);
  if (!ok) fails++;
  console.log(run, ok, JSON.stringify(blocks), JSON.stringify(log));
  await a.context.close(); await b.context.close();
}
console.log('fails', fails);
await browser.close(); await server.close();
