import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n/catalogues.js';
import { LANGUAGES, type Language } from '../../shared/i18n/languages.js';
import { waitForConnection } from '../helpers/browser.js';
import { castPerFile } from '../helpers/cast-per-file.js';
import { createWorkshop } from '../helpers/test-server.js';

const files = castPerFile();
const { cast } = files;

type Node = string | { [key: string]: Node };
const strings = (node: Node): string[] =>
  typeof node === 'string' ? [node] : Object.values(node).flatMap((child) => strings(child));

/**
 * English messages that would give away an untranslated screen: whole messages without placeholders,
 * long enough not to be a shared word, that the language translates differently. The template's
 * words are content once a workshop is seeded (an English workshop keeps its English themes).
 */
function englishGiveaways(language: Language): Set<string> {
  const { template: _englishTemplate, ...english } = CATALOGUES.en;
  const translated = new Set(strings(CATALOGUES[language] as unknown as Node));
  return new Set(
    strings(english as unknown as Node).filter(
      (text) => !text.includes('{{') && text.length >= 4 && /[a-z]{3}/.test(text) && !translated.has(text),
    ),
  );
}

/** Every piece of text the page shows or reads out: text lines, and the readable attributes. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = document.body.innerText.split('\n').map((line) => line.trim());
    const attributes = Array.from(document.querySelectorAll('[aria-label],[placeholder],[title]')).flatMap(
      (element) =>
        ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name)?.trim() ?? ''),
    );
    return [...lines, ...attributes, document.title].filter(Boolean);
  });
}

async function expectInLanguage(page: Page, language: Language, where: string) {
  await page.waitForFunction((code) => document.documentElement.lang === code, language);
  const giveaways = englishGiveaways(language);
  const english = (await shownTexts(page)).filter((text) => giveaways.has(text));
  expect(english, `${where}: English left on a ${LANGUAGES[language].name} page`).toEqual([]);
}

/** A screenshot reduced to a grid of luminance, so layout (bars, cards, buttons) compares, not glyphs. */
async function luminanceGrid(page: Page, columns = 64, rows = 40): Promise<number[][]> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ([data, width, height]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, width, height);
      const pixels = context.getImageData(0, 0, width, height).data;
      return Array.from({ length: height }, (_, y) =>
        Array.from({ length: width }, (_, x) => {
          const i = (y * width + x) * 4;
          return 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!;
        }),
      );
    },
    [png, columns, rows] as const,
  );
}

describe('languages', () => {
  it('shows the home page and a workshop in Thai for a browser set to th-TH, with the template in Thai', async () => {
    const home = await cast.visit('Somchai', '/', { locale: 'th-TH' });
    await expectInLanguage(home, 'th', 'home page');
    expect(await home.locator('html').getAttribute('dir')).toBe('ltr');

    const workshop = await createWorkshop(files.server.url, { title: 'การประชุม', language: 'th' });
    const page = await cast.open(workshop, 'Somchai', 'facilitator', 'findings', {
      context: { locale: 'th-TH' },
    });
    await expectInLanguage(page, 'th', 'workshop page');
    // Thai's faces came with the catalogue, before the first render: no heading is drawn as empty boxes
    // in a fallback that lacks the script (this machine has no Thai font of its own).
    const faces = await page.evaluate(() =>
      [...document.fonts]
        .filter((face) => /Noto Sans Thai/.test(face.family))
        .map((face) => `${face.weight} ${face.status}`),
    );
    expect(faces).toEqual(expect.arrayContaining(['400 loaded', '700 loaded']));
    const nav = page.locator('.section-nav');
    await nav.getByText(CATALOGUES.th.document.sections.findings.title).first().waitFor();
    await nav.getByText(CATALOGUES.th.document.sections.actionPlan.title).first().waitFor();
  });

  it('mirrors the whole layout for Urdu (html dir=rtl), close to the English page flipped', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Results workshop' });
    const viewport = { width: 1280, height: 800 };
    const english = await cast.open(workshop, 'Ayesha', 'facilitator', 'findings', {
      context: { locale: 'en-GB', viewport },
    });
    const urdu = await cast.open(workshop, 'Ayesha', 'facilitator', 'findings', {
      context: { locale: 'ur-PK', viewport },
    });
    await expectInLanguage(urdu, 'ur', 'Urdu workshop page');
    expect(await urdu.locator('html').getAttribute('dir')).toBe('rtl');

    // The header's title starts at the right in Urdu and at the left in English.
    const title = async (page: Page) => (await page.locator('.workshop-top h1').first().boundingBox())!;
    expect((await title(english)).x).toBeLessThan(viewport.width / 3);
    const urduTitle = await title(urdu);
    expect(urduTitle.x + urduTitle.width).toBeGreaterThan((viewport.width * 2) / 3);

    // As a picture, with the words made invisible so that only the layout's boxes (buttons, fields,
    // cards, tabs) remain: where they lie across the width (each column's darkness summed down the
    // page, so Nastaliq's taller lines do not count) matches the English page mirrored, not as it is.
    for (const page of [english, urdu])
      await page.addStyleTag({
        content: '*, *::placeholder { color: transparent !important; caret-color: transparent !important; }',
      });
    const profile = (grid: number[][]) =>
      grid[0]!.map((_, x) => grid.reduce((sum, row) => sum + (255 - row[x]!), 0) / grid.length);
    const englishProfile = profile(await luminanceGrid(english));
    const urduProfile = profile(await luminanceGrid(urdu));
    const distance = (a: number[], b: number[]) =>
      a.reduce((sum, value, index) => sum + Math.abs(value - b[index]!), 0) / a.length;
    const toMirrored = distance(urduProfile, [...englishProfile].reverse());
    const toSame = distance(urduProfile, englishProfile);
    expect(toMirrored, `mirrored ${toMirrored.toFixed(2)}, as it is ${toSame.toFixed(2)}`).toBeLessThan(
      toSame * 0.8,
    );
  });

  it('switches language from the picker without a reload, keeps the choice, and keeps content in its own direction', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'Results workshop' });
    const page = await cast.open(workshop, 'Lan', 'facilitator', 'findings', {
      context: { locale: 'en-GB' },
    });
    await page.evaluate(() => ((window as unknown as { kept: number }).kept = 42));
    await page.locator('select.language-picker').first().selectOption('vi');
    await expectInLanguage(page, 'vi', 'after switching');
    await page
      .locator('.section-nav')
      .getByText(CATALOGUES.vi.document.sections.recommendations.title)
      .first()
      .waitFor();
    expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(42);
    await page.reload();
    await waitForConnection(page, 'connected');
    await expectInLanguage(page, 'vi', 'after a reload');

    // Content keeps its own direction: every text field is dir=auto, so Urdu reads right to left in
    // a left-to-right interface, English left to right in a right-to-left one.
    const fields = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll(
          'input[type="text"], input:not([type]), textarea, [contenteditable="true"]',
        ),
      ).map((element) => `${element.tagName}.${element.className}: ${element.getAttribute('dir')}`),
    );
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !field.endsWith(': auto'))).toEqual([]);
    const search = page.getByRole('textbox').first();
    await search.fill('پیدائش کا اندراج');
    expect(await search.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
    await search.fill('');
  });

  it('serves the fonts of the scripts a page uses from this server, and ships under 300 KB of JS gzip for the first screen', async () => {
    const requests: string[] = [];
    const scripts = new Map<string, number>();
    const person = await cast.visit('Kanya', '/', { locale: 'en-GB' });
    person.on('request', (request) => requests.push(request.url()));
    person.on('response', async (response) => {
      if (response.request().resourceType() === 'script')
        scripts.set(response.url(), gzipSync(await response.body()).length);
    });
    await person.reload();
    await expectInLanguage(person, 'en', 'English home page');
    await person.waitForLoadState('networkidle');
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    expect(total, [...scripts.keys()].join(', ')).toBeLessThan(300 * 1024);
    // English is bundled; no other catalogue is fetched for an English page. Fonts come from this
    // server only, and only for scripts the page shows (the picker names each language in its own
    // script): never Nastaliq, which only the Urdu interface uses.
    expect(requests.filter((url) => /\/(th|vi|id|ms|ur|prs|ar)-[\w-]+\.js$/.test(url))).toEqual([]);
    const fontRequests = requests.filter((url) => /\.woff2?$/.test(url));
    for (const url of fontRequests) expect(new URL(url).origin).toBe(files.server.url);
    expect(fontRequests.filter((url) => /nastaliq/.test(url))).toEqual([]);

    const thai = await cast.visit('Kanya', '/', { locale: 'th-TH' });
    await expectInLanguage(thai, 'th', 'Thai home page');
    const loaded = await thai.evaluate(async () => {
      const faces = await document.fonts.load('16px "Noto Sans Thai"', 'ภาษาไทย');
      return faces.map((face) => face.status);
    });
    expect(loaded).toContain('loaded');
    const fonts = await thai.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => /\.woff2?$/.test(url)),
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(new URL(url).origin).toBe(files.server.url);

    const urdu = await cast.visit('Kanya', '/', { locale: 'ur-PK' });
    await expectInLanguage(urdu, 'ur', 'Urdu home page');
    await urdu.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => /nastaliq.*\.woff2$/.test(entry.name)),
    );
  });

  it('reopens in the chosen language with no connection: the catalogue and its font stay in the offline cache', async () => {
    const workshop = await createWorkshop(files.server.url, { title: 'การประชุม', language: 'th' });
    const page = await cast.open(workshop, 'Somchai', 'participant', 'findings', {
      context: { locale: 'th-TH' },
    });
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
      undefined,
      { timeout: 10_000 },
    );
    // A reload online first: the service worker refreshes the shell, and must keep what it did not name.
    await page.reload();
    await expectInLanguage(page, 'th', 'online reload');
    await page.evaluate(() => document.fonts.ready);
    await page.context().setOffline(true);
    await page.reload();
    await expectInLanguage(page, 'th', 'offline reload');
    await page
      .locator('.section-nav')
      .getByText(CATALOGUES.th.document.sections.findings.title)
      .first()
      .waitFor();
    await page.context().setOffline(false);
  });
});
