import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freshContext, newPage, sectionUrl, settle, waitForAllItems } from './browser.js';
import { RUNS, TYPED_TEXT } from './config.js';
import { typeLikeAPerson } from './keystrokes.js';
import { TYPING_TARGETS, fieldText, focusField, type TypingTarget } from './measure-typing.js';

interface RemoteHolder {
  /** Typist: wall-clock time of each keydown. */
  __benchKeydowns?: number[];
  /** Watcher: wall-clock time of the first frame in which the field had reached each length. */
  __benchSeen?: Record<number, number>;
}

/**
 * Both pages run on this machine, so their wall clocks agree; timeOrigin + timeStamp gives that clock
 * with sub-millisecond resolution (Date.now() only has whole milliseconds).
 */
async function recordKeydowns(page: Page): Promise<void> {
  await page.evaluate(() => {
    const holder = globalThis as unknown as RemoteHolder;
    const keydowns: number[] = [];
    holder.__benchKeydowns = keydowns;
    window.addEventListener(
      'keydown',
      (event) => keydowns.push(performance.timeOrigin + event.timeStamp),
      true,
    );
  });
}

/**
 * Checks the watcher's field once per frame: a remote character counts as shown in the first frame
 * that has it, which is what the person watching sees (so the figure is frame-quantised, ~16 ms).
 */
async function watchField(page: Page, selector: string, until: number): Promise<void> {
  await page.evaluate(
    ([fieldSelector, finalLength]) => {
      const holder = globalThis as unknown as RemoteHolder;
      const seen: Record<number, number> = {};
      holder.__benchSeen = seen;
      const field = document.querySelector(fieldSelector) as HTMLInputElement | null;
      if (!field) throw new Error(`no ${fieldSelector} on the watching page`);
      let known = field.value.length;
      const check = () => {
        const length = field.value.length;
        const now = performance.timeOrigin + performance.now();
        for (let reached = known + 1; reached <= length; reached += 1) seen[reached] = now;
        known = Math.max(known, length);
        if (known < finalLength) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    [selector, until] as const,
  );
}

async function openFindings(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await freshContext(browser);
  const page = await newPage(context);
  await page.goto(url, { waitUntil: 'commit' });
  await waitForAllItems(page, 'findings');
  await settle(page);
  return { context, page };
}

async function remoteOnce(browser: Browser, url: string, target: TypingTarget): Promise<number[]> {
  const watcher = await openFindings(browser, url);
  const typist = await openFindings(browser, url).catch(async (error: unknown) => {
    await watcher.context.close();
    throw error;
  });
  try {
    await watcher.page.locator(target.selector).scrollIntoViewIfNeeded();
    await focusField(typist.page, target);
    await settle(typist.page, 300);
    const startLength = (await fieldText(watcher.page, target)).length;
    const finalLength = startLength + TYPED_TEXT.length;
    await watchField(watcher.page, target.selector, finalLength);
    await recordKeydowns(typist.page);
    await typeLikeAPerson(typist.page);
    await watcher.page.waitForFunction(
      (length) => Object.keys((globalThis as unknown as RemoteHolder).__benchSeen ?? {}).length >= length,
      TYPED_TEXT.length,
      { timeout: 30_000 },
    );
    const keydowns = await typist.page.evaluate(
      () => (globalThis as unknown as RemoteHolder).__benchKeydowns ?? [],
    );
    const seen = await watcher.page.evaluate(() => (globalThis as unknown as RemoteHolder).__benchSeen ?? {});
    // The k-th key typed makes the watcher's field startLength + k + 1 long.
    return keydowns.map((pressed, k) => {
      const shown = seen[startLength + k + 1];
      if (shown === undefined) throw new Error(`the watcher never showed character ${k + 1}`);
      return shown - pressed;
    });
  } finally {
    await Promise.all([watcher.context.close(), typist.context.close()]);
  }
}

/** Person B types into a finding's source while person A watches the same field; RUNS times. */
export async function measureRemoteTyping(
  browser: Browser,
  serverUrl: string,
  invitePath: string,
): Promise<number[][]> {
  const target = TYPING_TARGETS.find((candidate) => candidate.id === 'findings-source');
  if (!target) throw new Error('no findings-source typing target');
  const url = sectionUrl(serverUrl, invitePath, 'findings');
  const runs: number[][] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await remoteOnce(browser, url, target));
  return runs;
}
