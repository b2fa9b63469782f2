import { createSignal } from 'solid-js';
import en from '../../shared/i18n/catalogue/en.js';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  isLanguage,
  matchLanguage,
  type Language,
} from '../../shared/i18n/languages.js';
import type { MessageArgs, MessageKey, Messages, PluralKey } from '../../shared/i18n/messages.js';
import { createTranslator, type Translator } from '../../shared/i18n/translator.js';

/**
 * The interface language: a signal holding the translator, so everything that calls `t` re-renders
 * when the reader picks another language, without a reload. English is bundled (the fallback and
 * most first visits); every other catalogue is its own chunk, fetched when chosen.
 */
const STORAGE_KEY = 'rww.language';

const loaders = import.meta.glob<{ default: Messages }>(['../../shared/i18n/catalogue/*.ts', '!**/en.ts']);

const [current, setCurrent] = createSignal<Translator>(createTranslator(DEFAULT_LANGUAGE, en));

/** The current translator: formatting (`i18n().date(…)`), the registry's words, the language. */
export const i18n = current;
export const language = (): Language => current().language;
export const t = (key: MessageKey, args?: MessageArgs): string => current().t(key, args);
export const tn = (key: PluralKey, count: number, args?: MessageArgs): string =>
  current().tn(key, count, args);

async function catalogueOf(code: Language): Promise<Messages> {
  if (code === 'en') return en;
  const load = loaders[`../../shared/i18n/catalogue/${code}.ts`];
  if (!load) throw new Error(`no catalogue for ${code}`);
  return (await load()).default;
}

function storedLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** The kept choice, else the browser's first language we have, else English. */
export function initialLanguage(): Language {
  return storedLanguage() ?? matchLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * The bundled faces (client/fonts.css) each interface language is written in, with a sample of its
 * script: loaded with the catalogue, so the first screen in that language is drawn in its font and
 * not in a fallback that lacks the script (empty boxes until the face arrives and the text is redrawn).
 */
const INTERFACE_FONTS: Partial<Record<Language, { family: string; sample: string }>> = {
  th: { family: '"Noto Sans Thai"', sample: 'ภาษาไทย' },
  vi: { family: '"Noto Sans"', sample: 'Tiếng Việt' },
  ur: { family: '"Noto Nastaliq Urdu"', sample: 'اردو' },
  prs: { family: '"Noto Naskh Arabic"', sample: 'دری' },
  ar: { family: '"Noto Naskh Arabic"', sample: 'العربية' },
};
/** A font that does not arrive in this time is not waited for: the text is redrawn when it does. */
const FONT_WAIT_MS = 3_000;

function loadInterfaceFonts(code: Language): Promise<unknown> {
  const font = INTERFACE_FONTS[code];
  if (!font || typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  const faces = ['400', '700'].map((weight) =>
    document.fonts.load(`${weight} 16px ${font.family}`, font.sample).catch(() => []),
  );
  return Promise.race([Promise.all(faces), new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS))]);
}

/** Switches the interface (and `<html lang dir>`); `remember` keeps the choice for this browser. */
export async function setLanguage(code: Language, remember = true): Promise<void> {
  const [messages] = await Promise.all([catalogueOf(code), loadInterfaceFonts(code)]);
  setCurrent(createTranslator(code, messages));
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
    document.documentElement.dir = LANGUAGES[code].dir;
  }
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Private windows may refuse storage; the language still applies to this page.
    }
  }
}

/** Loads the first language before the first render, so no English flashes before Thai. */
export async function startI18n(): Promise<void> {
  const code = initialLanguage();
  try {
    await setLanguage(code, false);
  } catch (error) {
    console.warn(`language ${code} unavailable`, error);
    await setLanguage(DEFAULT_LANGUAGE, false);
  }
}
