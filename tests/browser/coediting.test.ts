import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server.js';
import {
  EDITOR,
  caretToEnd,
  draftBlocks,
  flushIndexedDb,
  launchBrowser,
  newPerson,
  waitForCaretOf,
  waitForConnection,
  waitForEditorText,
  waitForPresence,
  type Person,
} from '../helpers/browser.js';
import { freePort } from '../helpers/server-process.js';
import { createWorkshop, startTestServer } from '../helpers/test-server.js';

let browser: Browser;
let server: RunningServer;
/** Every context a test opened; closed after each test so people do not linger in later rooms. */
const people: Person[] = [];

async function person(name: string, color?: string): Promise<Person> {
  const created = await newPerson(browser, name, color);
  people.push(created);
  return created;
}

/**
 * The rich-text editor is the Report section's; the invite link's fragment may name the section to
 * open (`#invite=…&section=report`), which is also what a reload keeps.
 */
function reportLink(path: string, base = server.url): string {
  return `${base}${path}&section=report`;
}

/** Every new workshop's report starts from the toolkit's outline, headed by this. */
const REPORT_HEADING = 'Results workshop report';

/** Waits for the report's template to arrive from the server and returns its blocks. */
async function reportTemplate(page: Page): Promise<string[]> {
  const template = await waitForEditorText(page, [REPORT_HEADING]);
  expect(template[0]).toBe(REPORT_HEADING);
  return template;
}

/** Starts a new paragraph after the last block and types `text` into it. */
async function appendParagraph(page: Page, text: string): Promise<void> {
  await caretToEnd(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** What the presence list shows, in its order. */
function presence(page: Page): Promise<string[]> {
  return page.locator('ul.presence li.person').allTextContents();
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestServer();
});

afterEach(async () => {
  await Promise.all(people.splice(0).map((p) => p.context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('co-editing in real browsers', () => {
  it('two participants see each other’s text, carets and presence', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Two participants' });
    const amina = await person('Amina', '#d1495b');
    const bilal = await person('Bilal', '#00798c');
    const link = reportLink(workshop.links.participant);
    await Promise.all([amina.page.goto(link), bilal.page.goto(link)]);
    await Promise.all([
      waitForConnection(amina.page, 'connected'),
      waitForConnection(bilal.page, 'connected'),
    ]);
    expect(await amina.page.locator('[data-testid=role]').textContent()).toBe('participant');
    const template = await reportTemplate(amina.page);
    expect(await reportTemplate(bilal.page)).toEqual(template);

    // One after the other: Amina writes the first paragraph, Bilal adds a second below it.
    const first = 'Attendance rose in all four districts.';
    const second = 'Referral times fell by a third.';
    await appendParagraph(amina.page, first);
    await waitForEditorText(bilal.page, [first]);
    await appendParagraph(bilal.page, second);
    expect(await waitForEditorText(amina.page, [second])).toEqual([...template, first, second]);
    expect(await waitForEditorText(bilal.page, [second])).toEqual([...template, first, second]);

    // At the same time: each extends their own paragraph while the other types.
    const firstMore = ' Girls were the majority.';
    const secondMore = ' Two clinics still lag.';
    await caretToEnd(amina.page, template.length);
    await caretToEnd(bilal.page, template.length + 1);
    await Promise.all([amina.page.keyboard.type(firstMore), bilal.page.keyboard.type(secondMore)]);

    const expected = [...template, first + firstMore, second + secondMore];
    await waitForEditorText(amina.page, [first + firstMore, second + secondMore]);
    await waitForEditorText(bilal.page, [first + firstMore, second + secondMore]);
    expect(await draftBlocks(amina.page)).toEqual(expected);
    expect(await draftBlocks(bilal.page)).toEqual(expected);

    // Each sees the other's caret, labelled with the other's name, and never their own.
    await waitForCaretOf(amina.page, 'Bilal');
    await waitForCaretOf(bilal.page, 'Amina');
    const labels = '.collaboration-carets__caret .collaboration-carets__label';
    expect(await amina.page.locator(labels).allTextContents()).toEqual(['Bilal']);
    expect(await bilal.page.locator(labels).allTextContents()).toEqual(['Amina']);

    await waitForPresence(amina.page, ['Amina', 'Bilal']);
    await waitForPresence(bilal.page, ['Amina', 'Bilal']);
    expect(await presence(amina.page)).toEqual(['Amina (you)', 'Bilal']);
    expect(await presence(bilal.page)).toEqual(['Bilal (you)', 'Amina']);
  });

  it('a viewer follows live typing read-only and is listed as present', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Viewer' });
    const amina = await person('Amina', '#d1495b');
    const chloe = await person('Chloe', '#6a4c93');
    await amina.page.goto(reportLink(workshop.links.participant));
    await chloe.page.goto(reportLink(workshop.links.viewer));
    await Promise.all([
      waitForConnection(amina.page, 'connected'),
      waitForConnection(chloe.page, 'connected'),
    ]);
    const template = await reportTemplate(amina.page);
    expect(await reportTemplate(chloe.page)).toEqual(template);

    expect(await chloe.page.locator('[data-testid=role]').textContent()).toBe('viewer');
    const viewerEditor = chloe.page.locator(EDITOR);
    expect(await viewerEditor.getAttribute('contenteditable')).toBe('false');
    expect(await chloe.page.locator('.toolbar').count()).toBe(0);
    // The same selectors find an editable surface and a toolbar for the participant.
    expect(await amina.page.locator(EDITOR).getAttribute('contenteditable')).toBe('true');
    expect(await amina.page.locator('.toolbar button[title="Heading 1"]').count()).toBe(1);

    // Typing into the read-only surface changes nothing.
    await viewerEditor.click();
    await chloe.page.keyboard.type('viewer edit');
    expect((await draftBlocks(chloe.page)).join('\n')).not.toContain('viewer edit');

    // The viewer sees the participant's words as they are typed, not only at the end.
    const live = 'Water points repaired: 42 of 50.';
    await appendParagraph(amina.page, 'Water points');
    await waitForEditorText(chloe.page, ['Water points']);
    await amina.page.keyboard.type(live.slice('Water points'.length));
    await waitForEditorText(chloe.page, [live]);
    expect(await draftBlocks(chloe.page)).toEqual([...template, live]);
    expect(await draftBlocks(amina.page)).toEqual([...template, live]);

    await waitForPresence(amina.page, ['Amina', 'Chloe']);
    expect(await presence(amina.page)).toEqual(['Amina (you)', 'Chloe']);
    await waitForPresence(chloe.page, ['Amina', 'Chloe']);
    expect(await presence(chloe.page)).toEqual(['Chloe (you)', 'Amina']);
  });

  it('edits made offline survive a reload and reach others once the server is back', async () => {
    // Its own server, on a fixed port and an on-disk store, so a restart keeps the origin and the data.
    const port = await freePort();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'workshop-offline-'));
    const database = { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') } as const;
    let own = await startTestServer({ port, database });
    try {
      const workshop = await createWorkshop(own.url, { title: 'Offline' });
      const link = reportLink(workshop.links.participant, own.url);
      const amina = await person('Amina', '#d1495b');
      const page = amina.page;
      await page.goto(link);
      await waitForConnection(page, 'connected');
      // The app shell must be cached before the server goes away, or the offline reload cannot open.
      await page.waitForFunction(
        async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
        undefined,
        { timeout: 10_000 },
      );

      const template = await reportTemplate(page);
      const online = 'Typed while online.';
      await appendParagraph(page, online);

      await own.close();
      await waitForConnection(page, 'offline');
      const offline = 'Typed while the server was down.';
      await appendParagraph(page, offline);
      expect(await draftBlocks(page)).toEqual([...template, online, offline]);

      // A reload while the server is still down: the cached shell, session and local copy reopen it.
      await flushIndexedDb(page, `workshop:${workshop.id}`, 'updates');
      await page.reload();
      await waitForEditorText(page, [online, offline]);
      expect(await draftBlocks(page)).toEqual([...template, online, offline]);
      expect(await page.locator('[data-testid=role]').textContent()).toBe('participant');
      expect(await page.locator('.connection').getAttribute('data-state')).not.toBe('connected');

      own = await startTestServer({ port, database });
      expect(own.port).toBe(port);
      await waitForConnection(page, 'connected', 20_000);

      const bilal = await person('Bilal', '#00798c');
      await bilal.page.goto(link);
      await waitForConnection(bilal.page, 'connected');
      await waitForEditorText(bilal.page, [online, offline]);
      expect(await draftBlocks(bilal.page)).toEqual([...template, online, offline]);
    } finally {
      await own.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
