import type { Browser, Page } from 'playwright-core';
import { freshContext, newPage, sectionUrl, settle, waitForAllItems } from './browser.js';
import { RUNS, TYPED_TEXT, TYPING_TARGET, type MeasuredSection } from './config.js';
import {
  collectKeystrokes,
  installKeystrokeProbe,
  typeLikeAPerson,
  type KeystrokeTiming,
} from './keystrokes.js';

export interface TypingTarget {
  id: string;
  description: string;
  section: MeasuredSection;
  /** The editable element. */
  selector: string;
  /** Key that puts the caret at the end of what is already there. */
  toEnd: string;
  /** Reads the field's text, to check every character arrived. */
  rich: boolean;
}

const F = `F${TYPING_TARGET.findingNumber}`;
const A = `A${TYPING_TARGET.actionRowNumber}`;

export const TYPING_TARGETS: TypingTarget[] = [
  {
    id: 'findings-source',
    description: `findings: source <input> of ${F}`,
    section: 'findings',
    selector: `input.text-field[aria-label="Source of ${F}"]`,
    toEnd: 'End',
    rich: false,
  },
  {
    id: 'findings-evidence',
    description: `findings: evidence (Tiptap) of ${F}`,
    section: 'findings',
    // The preview stand-in has the same label but is not contenteditable.
    selector: `.rich-field[contenteditable="true"][aria-label="Evidence for ${F}"]`,
    toEnd: 'Control+End',
    rich: true,
  },
  {
    id: 'actionPlan-activity',
    // Shown as text until clicked; the click turns it into the textarea that is typed into.
    description: `action plan: activity cell of ${A}`,
    section: 'actionPlan',
    selector: `[aria-label="Activity, row ${A}"]`,
    toEnd: 'Control+End',
    rich: false,
  },
];

/**
 * Brings the field on screen and focuses it with the caret at its end. The evidence editor only
 * exists once its card is near the viewport, so the card is scrolled to first.
 */
export async function focusField(page: Page, target: TypingTarget): Promise<void> {
  if (target.rich) {
    await page
      .locator('li.card.finding')
      .nth(TYPING_TARGET.findingNumber - 1)
      .scrollIntoViewIfNeeded();
  }
  const field = page.locator(target.selector);
  await field.scrollIntoViewIfNeeded();
  await field.click();
  await page.keyboard.press(target.toEnd);
}

export async function fieldText(page: Page, target: TypingTarget): Promise<string> {
  return page
    .locator(target.selector)
    .evaluate((element) =>
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
        ? element.value
        : (element.textContent ?? ''),
    );
}

async function typeOnce(browser: Browser, url: string, target: TypingTarget): Promise<KeystrokeTiming[]> {
  const context = await freshContext(browser);
  try {
    const page = await newPage(context);
    await page.goto(url, { waitUntil: 'commit' });
    await waitForAllItems(page, target.section);
    await settle(page);
    await focusField(page, target);
    await settle(page, 300);
    const before = await fieldText(page, target);
    await installKeystrokeProbe(page);
    await typeLikeAPerson(page);
    const timings = await collectKeystrokes(page, TYPED_TEXT.length);
    const after = await fieldText(page, target);
    // A latency for keys that never landed would be meaningless: fail loudly instead.
    if (!after.includes(TYPED_TEXT) || after.length < before.length + TYPED_TEXT.length)
      throw new Error(`${target.id}: the field shows ${JSON.stringify(after.slice(-80))} after typing`);
    return timings;
  } finally {
    await context.close();
  }
}

/** Types into `target` in RUNS fresh pages; returns every keystroke of every run, run by run. */
export async function measureTyping(
  browser: Browser,
  serverUrl: string,
  invitePath: string,
  target: TypingTarget,
): Promise<KeystrokeTiming[][]> {
  const url = sectionUrl(serverUrl, invitePath, target.section);
  const runs: KeystrokeTiming[][] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await typeOnce(browser, url, target));
  return runs;
}
