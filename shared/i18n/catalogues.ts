import ar from './catalogue/ar.js';
import en from './catalogue/en.js';
import id from './catalogue/id.js';
import ms from './catalogue/ms.js';
import prs from './catalogue/prs.js';
import th from './catalogue/th.js';
import ur from './catalogue/ur.js';
import vi from './catalogue/vi.js';
import type { Language } from './languages.js';
import type { Messages } from './messages.js';
import { createTranslator, type Translator } from './translator.js';

/**
 * Every language's catalogue, for the server (the template a workshop is seeded with, its exports)
 * and the tests. The client must not import this: it loads one language's catalogue when it is
 * chosen (client/i18n), so a reader downloads only their own.
 */
export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, th, vi, id, ms, ur, prs, ar };

export function catalogueOf(language: Language): Messages {
  return CATALOGUES[language];
}

const translators = new Map<Language, Translator>();

/** One translator per language, made once (their Intl formatters are reused). */
export function translatorFor(language: Language): Translator {
  let translator = translators.get(language);
  if (!translator) translators.set(language, (translator = createTranslator(language, CATALOGUES[language])));
  return translator;
}
