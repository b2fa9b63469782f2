import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { RunningServer } from '../../server/start-server.js';
import { createCast, launchBrowser } from './browser.js';
import { startTestServer } from './test-server.js';

/**
 * A browser test file's Chromium, server and cast: started before its tests, closed after them; after
 * each test every page it opened is closed, and the test fails if any page threw or broke its CSP.
 */
export function castPerFile() {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const running = () => {
    if (!server) throw new Error('the server starts in beforeAll: use it inside a test or hook');
    return server;
  };
  const cast = createCast(
    () => browser!,
    () => running().url,
  );
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
  });
  afterEach(async () => {
    expect(await cast.dismiss()).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    cast,
    get server(): RunningServer {
      return running();
    },
  };
}
