import type { Browser, Page } from 'playwright-core';
import {
  flushLocalCopy,
  freshContext,
  itemsShown,
  newPage,
  nextIdle,
  sectionUrl,
  takeLongTasks,
  watchForAllItems,
} from './browser.js';
import { RUNS, type MeasuredSection } from './config.js';

/** One page load, timed several ways. */
export interface OpenSample {
  /** From Node calling `page.goto`/`reload` until the frame with every item was rendered: the headline figure. */
  wallMs: number;
  /** The page's own clock (from navigation start) in the first animation frame with every item in the DOM. */
  inDomMs: number;
  /** The page's clock once that frame was rendered (style, layout, paint). */
  renderedMs: number;
  /** The page's clock when the main thread first went idle afterwards (editors near the viewport mounted). */
  idleMs: number;
  longestTaskMs: number;
  longTaskTotalMs: number;
}

export interface OpenRun {
  /** Fresh profile: nothing cached, the document comes whole from the server. */
  cold: OpenSample;
  /** Reload in the same profile: app shell from the service worker, document from IndexedDB and the server. */
  warm: OpenSample | undefined;
}

interface OpenTarget {
  browser: Browser;
  serverUrl: string;
  invitePath: string;
  workshopId: string;
}

async function timedLoad(page: Page, load: () => Promise<unknown>): Promise<OpenSample> {
  // Wall-clock start: the page reports its end on the same clock (same machine).
  const startedEpochMs = performance.timeOrigin + performance.now();
  await load();
  const shown = await itemsShown(page);
  const idleMs = await nextIdle(page);
  const tasks = await takeLongTasks(page);
  return {
    wallMs: shown.renderedEpochMs - startedEpochMs,
    inDomMs: shown.inDomMs,
    renderedMs: shown.renderedMs,
    idleMs,
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    longTaskTotalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
  };
}

/** Until the service worker controls the page, a reload would not be served from its cache. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    if ('serviceWorker' in navigator) await navigator.serviceWorker.ready;
  });
}

async function openOnce(target: OpenTarget, section: MeasuredSection, warm: boolean): Promise<OpenRun> {
  const context = await freshContext(target.browser);
  try {
    await watchForAllItems(context, section);
    const page = await newPage(context);
    const url = sectionUrl(target.serverUrl, target.invitePath, section);
    // 'commit' returns as soon as navigation starts, so the clock stops at our own condition, not at `load`.
    const cold = await timedLoad(page, () => page.goto(url, { waitUntil: 'commit' }));
    if (!warm) return { cold, warm: undefined };
    await waitForServiceWorker(page);
    await flushLocalCopy(page, target.workshopId);
    const reloaded = await timedLoad(page, () => page.reload({ waitUntil: 'commit' }));
    return { cold, warm: reloaded };
  } finally {
    await context.close();
  }
}

/**
 * Opens `section` RUNS times, each in a fresh browser profile so no run profits from another's cache.
 * `beforeEach` lets the caller reset server state (e.g. wait for the room to be unloaded).
 */
export async function measureOpen(
  target: OpenTarget,
  section: MeasuredSection,
  options: { warm: boolean; beforeEach?: () => Promise<void> },
): Promise<OpenRun[]> {
  const runs: OpenRun[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await options.beforeEach?.();
    runs.push(await openOnce(target, section, options.warm));
  }
  return runs;
}
