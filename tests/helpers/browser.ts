import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { Role } from '../../shared/roles.js';

/** Debian's Chromium, headless, without the background traffic that slows start-up on a test machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
}

/**
 * A person with their own browser context (own localStorage, IndexedDB, service worker), whose
 * stored identity is set before any page script runs, so the client starts with this name.
 */
export async function newPerson(
  browser: Browser,
  name: string,
  color = '#30638e',
  contextOptions: BrowserContextOptions = {},
): Promise<Person> {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    ['workshop-identity', JSON.stringify({ name, color })] as const,
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { name, context, page };
}

export const EDITOR = '.editor-surface .tiptap';

/**
 * The draft's top-level blocks as text, without the other people's caret labels that the caret
 * extension draws inline; null while the editor is missing or does not yet show every `wanted` piece.
 * Runs in the page, so it must not use anything from this module's scope.
 */
function readDraft([selector, wanted]: readonly [string, readonly string[]]): string[] | null {
  const root = document.querySelector(selector);
  if (!root) return null;
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
  const blocks = Array.from(copy.children, (block) => block.textContent ?? '');
  const all = blocks.join('\n');
  return wanted.every((piece) => all.includes(piece)) ? blocks : null;
}

/** The text of each top-level block of the draft (paragraph, heading, table), in order. */
export async function draftBlocks(page: Page): Promise<string[]> {
  const blocks = await page.evaluate(readDraft, [EDITOR, []] as const);
  if (!blocks) throw new Error('the page shows no editor');
  return blocks;
}

/** Waits until the draft shows every one of `texts` (caret labels ignored); returns its blocks. */
export async function waitForEditorText(page: Page, texts: string[], timeout = 15_000): Promise<string[]> {
  try {
    const handle = await page.waitForFunction(readDraft, [EDITOR, texts] as const, { timeout });
    return (await handle.jsonValue()) ?? [];
  } catch (error) {
    const shown = await page.evaluate(readDraft, [EDITOR, []] as const).catch(() => null);
    const what = shown
      ? `it shows ${JSON.stringify(shown)}`
      : `there is no editor; the page says ${JSON.stringify((await page.locator('body').innerText()).slice(0, 300))}`;
    throw new Error(`the draft never showed ${JSON.stringify(texts)}; ${what}`, { cause: error });
  }
}

/** Waits until the connection badge reports `state`. */
export async function waitForConnection(page: Page, state: string, timeout = 15_000): Promise<void> {
  await page.locator(`.connection[data-state="${state}"]`).waitFor({ timeout });
}

/** Waits until the presence list names every one of `names`. */
export async function waitForPresence(page: Page, names: string[], timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const listed = Array.from(
        document.querySelectorAll('ul.presence li.person'),
        (li) => li.textContent ?? '',
      );
      return wanted.every((name) => listed.some((text) => text.includes(name)));
    },
    names,
    { timeout },
  );
}

/** Waits until another person's caret, labelled with `name`, is drawn in the editor. */
export async function waitForCaretOf(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page
    .locator('.collaboration-carets__caret .collaboration-carets__label', { hasText: name })
    .first()
    .waitFor({ timeout });
}

/** The slice of ProseMirror state that `caretToEnd` reads through the `editor` Tiptap puts on its element. */
interface EditorHandle {
  state: {
    doc: { childCount: number };
    selection: {
      empty: boolean;
      $head: { parentOffset: number; parent: { content: { size: number } }; index(depth: number): number };
    };
  };
}

/**
 * Puts the caret at the end of top-level block `block` (by default the last one) with a click and
 * End / Ctrl+End, as a person would, then waits until the editor itself has taken in that caret.
 * Chromium reports caret moves with an asynchronous selectionchange, so a key handled by the editor
 * (Enter) sent a few milliseconds later would otherwise act on the previous selection.
 */
export async function caretToEnd(page: Page, block?: number): Promise<void> {
  if (block === undefined) {
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+End');
  } else {
    await page.locator(`${EDITOR} > *`).nth(block).click();
    await page.keyboard.press('End');
  }
  await page.waitForFunction(
    ([selector, wanted]) => {
      const element = document.querySelector(selector) as (Element & { editor?: EditorHandle }) | null;
      const state = element?.editor?.state;
      if (!state) return false;
      const { empty, $head } = state.selection;
      const target = wanted ?? state.doc.childCount - 1;
      return empty && $head.index(0) === target && $head.parentOffset === $head.parent.content.size;
    },
    [EDITOR, block ?? null] as const,
    { timeout: 5_000 },
  );
}

/**
 * Resolves once every IndexedDB write already queued on `store` of database `name` has committed.
 * Read-write transactions with overlapping scopes run in creation order, so an empty one created
 * now completes only after them.
 */
export async function flushIndexedDb(page: Page, name: string, store: string): Promise<void> {
  await page.evaluate(
    ([dbName, storeName]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error ?? new Error(`cannot open ${dbName}`));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            reject(new Error(`IndexedDB ${dbName} has no ${storeName} store: nothing was kept locally`));
            return;
          }
          const transaction = db.transaction(storeName, 'readwrite');
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
        };
      }),
    [name, store] as const,
  );
}

/**
 * The people a browser test opens pages for. `dismiss()` (in afterEach) closes their contexts and
 * returns every uncaught page error, so a test passes only if the app threw none.
 */
export function createCast(browser: () => Browser, serverUrl: () => string) {
  const people: Person[] = [];
  const pageErrors: string[] = [];
  const watch = (name: string, page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    // A resource the page's Content-Security-Policy blocked is a broken page too.
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        pageErrors.push(`${name}: ${message.text()}`);
    });
  };
  return {
    /**
     * Opens the workshop with the `role` invite, as `name`, on `section`, and waits until live;
     * `present` opens the presenter view (`?view=present`), `skewMs` sets the page's clock that far off.
     */
    async open(
      workshop: CreateWorkshopResponse,
      name: string,
      role: Role,
      section: string,
      options: { present?: boolean; skewMs?: number; context?: BrowserContextOptions } = {},
    ): Promise<Page> {
      const person = await newPerson(browser(), name, undefined, options.context);
      people.push(person);
      if (options.skewMs)
        await person.context.addInitScript((skew) => {
          const realNow = Date.now.bind(Date);
          Date.now = () => realNow() + skew;
        }, options.skewMs);
      watch(name, person.page);
      const [page, fragment] = workshop.links[role].split('#') as [string, string];
      const view = options.present ? '?view=present' : '';
      await person.page.goto(`${serverUrl()}${page}${view}#${fragment}&section=${section}`);
      await waitForConnection(person.page, 'connected');
      return person.page;
    },
    /** Opens any page of the app (`/join`, say) as `name`, in a context of its own (a phone's viewport). */
    async visit(name: string, path: string, contextOptions: BrowserContextOptions = {}): Promise<Page> {
      const person = await newPerson(browser(), name, undefined, contextOptions);
      people.push(person);
      watch(name, person.page);
      await person.page.goto(`${serverUrl()}${path}`);
      return person.page;
    },
    async dismiss(): Promise<string[]> {
      await Promise.all(people.splice(0).map((person) => person.context.close()));
      return pageErrors.splice(0);
    },
  };
}
