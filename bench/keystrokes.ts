import type { Page } from 'playwright-core';
import { KEY_INTERVAL_MS, TYPED_TEXT } from './config.js';

/** One keystroke as the page saw it, in ms from the keydown's timestamp. */
export interface KeystrokeTiming {
  /** How long the keydown waited for the main thread before any script saw it. */
  queuedMs: number;
  /** Until the next animation frame after the field took the character (the measure). */
  frameMs: number;
  /** Until that frame's rendering work (style, layout, paint) was done: closer to what the eye sees. */
  renderedMs: number;
}

interface ProbeHolder {
  __benchKeystrokes?: KeystrokeTiming[];
}

/**
 * Installs, in the page, listeners that time every keystroke: capture-phase on window, so they run
 * before the app's own handlers and the clock includes all of the app's work. The start is the
 * event's timeStamp (when the browser received the key), not the listener's time, so a main thread
 * still busy with the previous key counts against this one, as a person would feel it.
 */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const holder = globalThis as unknown as ProbeHolder;
    const timings: KeystrokeTiming[] = [];
    holder.__benchKeystrokes = timings;
    let pending: { stamp: number; seen: number } | undefined;
    window.addEventListener(
      'keydown',
      (event) => {
        pending = { stamp: event.timeStamp, seen: performance.now() };
      },
      true,
    );
    // 'input' fires once the field (input, textarea or contenteditable) holds the new character.
    window.addEventListener(
      'input',
      () => {
        const started = pending;
        pending = undefined;
        if (!started) return;
        requestAnimationFrame(() => {
          const frame = performance.now();
          // A message posted from rAF is handled after the frame's style, layout and paint.
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            timings.push({
              queuedMs: started.seen - started.stamp,
              frameMs: frame - started.stamp,
              renderedMs: performance.now() - started.stamp,
            });
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
}

export async function collectKeystrokes(page: Page, expected: number): Promise<KeystrokeTiming[]> {
  await page.waitForFunction(
    (count) => ((globalThis as unknown as ProbeHolder).__benchKeystrokes?.length ?? 0) >= count,
    expected,
    { timeout: 30_000 },
  );
  return page.evaluate(() => (globalThis as unknown as ProbeHolder).__benchKeystrokes ?? []);
}

/**
 * Types TYPED_TEXT into whatever has focus, one real key event (keydown, keypress, input, keyup) per
 * character, at a fast typist's pace.
 */
export async function typeLikeAPerson(page: Page): Promise<void> {
  for (const character of TYPED_TEXT) {
    await page.keyboard.type(character);
    await page.waitForTimeout(KEY_INTERVAL_MS);
  }
}
