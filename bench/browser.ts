import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OPEN_TIMEOUT_MS, VIEWPORT, WORKSHOP_SIZE, type MeasuredSection } from './config.js';

/**
 * Scripts every page of a benchmark context runs before the app:
 * - `__name`: tsx compiles this file with esbuild's keepNames, which wraps named functions inside the
 *   callbacks we hand to page.evaluate in `__name(...)`; the page has no such helper.
 * - a long-task observer from the first instant, so a slow figure comes with the tasks that made it.
 */
const PAGE_PRELUDE = `
globalThis.__name = (target) => target;
globalThis.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      globalThis.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {}
`;

/** A fresh profile: empty IndexedDB, no service worker, no HTTP cache — a first visit. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PAGE_PRELUDE });
  return context;
}

export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(OPEN_TIMEOUT_MS);
  return page;
}

/** What shows one item of each section; the section is open once there are as many as were seeded. */
export const ITEM_SELECTOR: Record<MeasuredSection, string> = {
  findings: 'li.card.finding',
  recommendations: 'li.card.recommendation',
  targets: 'li.card.target',
  actionPlan: '.action-plan [role=row][data-id]',
};

export function sectionUrl(serverUrl: string, invitePath: string, section: MeasuredSection): string {
  return `${serverUrl}${invitePath}&section=${section}`;
}

/**
 * Waits, checking once per frame, until the section has every item in the DOM; returns the page's
 * clock (ms since navigation start) in that frame. Used to know a page is ready, not to time it.
 */
export async function waitForAllItems(page: Page, section: MeasuredSection): Promise<number> {
  const handle = await page.waitForFunction(
    ([selector, count]) => (document.querySelectorAll(selector).length >= count ? performance.now() : false),
    [ITEM_SELECTOR[section], WORKSHOP_SIZE[section]] as const,
    { polling: 'raf', timeout: OPEN_TIMEOUT_MS },
  );
  return (await handle.jsonValue()) as number;
}

/** When a page first showed every item of its section (see `watchForAllItems`). */
export interface ItemsShown {
  /** Page clock (ms since navigation start) of the first animation frame with every item in the DOM. */
  inDomMs: number;
  /** Page clock once that frame's style, layout and paint were done: the items are on screen. */
  renderedMs: number;
  /** `renderedMs` on the wall clock, comparable with Node's `performance.timeOrigin + performance.now()`. */
  renderedEpochMs: number;
}

interface ShownHolder {
  __benchShown?: ItemsShown;
}

/**
 * Arms every page of `context` (from before the app's first script) to note when the section shows
 * all its items. Timing in the page, rather than polling from Node, matters: a rAF check sees the
 * items before the frame's layout, and with thousands of elements that layout alone can take seconds.
 */
export async function watchForAllItems(context: BrowserContext, section: MeasuredSection): Promise<void> {
  await context.addInitScript(
    ([selector, count]) => {
      const holder = globalThis as unknown as ShownHolder;
      const check = () => {
        if (document.querySelectorAll(selector).length < count) {
          requestAnimationFrame(check);
          return;
        }
        const inDomMs = performance.now();
        // A message posted from rAF is handled after the frame's rendering work.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const renderedMs = performance.now();
          holder.__benchShown = { inDomMs, renderedMs, renderedEpochMs: performance.timeOrigin + renderedMs };
        };
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(check);
    },
    [ITEM_SELECTOR[section], WORKSHOP_SIZE[section]] as const,
  );
}

/** Resolves with what `watchForAllItems` noted once the page has shown every item. */
export async function itemsShown(page: Page): Promise<ItemsShown> {
  const handle = await page.waitForFunction(
    () => (globalThis as unknown as ShownHolder).__benchShown ?? false,
    undefined,
    {
      polling: 50,
      timeout: OPEN_TIMEOUT_MS,
    },
  );
  return (await handle.jsonValue()) as ItemsShown;
}

/** The page's clock when its main thread next goes idle: the end of the work that followed the render. */
export function nextIdle(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestIdleCallback(() => resolve(performance.now()), { timeout: 20_000 }),
      ),
  );
}

export interface LongTask {
  start: number;
  duration: number;
}

/** Long tasks (> 50 ms) the page has run so far, and forgets them so the next reading starts afresh. */
export function takeLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const holder = globalThis as unknown as { __benchLongTasks?: LongTask[] };
    const tasks = holder.__benchLongTasks ?? [];
    holder.__benchLongTasks = [];
    return tasks;
  });
}

/**
 * Resolves once y-indexeddb's queued writes have committed: read-write transactions on one store run
 * in creation order, so an empty one created now completes after them. A reload before that would
 * measure a half-filled cache.
 */
export async function flushLocalCopy(page: Page, workshopId: string): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error(`cannot open ${name}`));
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('updates', 'readwrite');
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('transaction failed'));
        };
      }),
    `workshop:${workshopId}`,
  );
}

/**
 * Lets the page finish what follows the first render (editors mounting near the viewport, the local
 * copy being written) before typing: otherwise the keystrokes would be measured against that work.
 */
export async function settle(page: Page, quietMs = 500): Promise<void> {
  await nextIdle(page);
  await page.waitForTimeout(quietMs);
  await nextIdle(page);
}
