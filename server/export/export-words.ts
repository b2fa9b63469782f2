import { translatorFor } from '../../shared/i18n/catalogues.js';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { personWithRoleIn } from '../../shared/i18n/role-words.js';
import type { CollectionName } from '../../shared/workshop-document/index.js';
import { sectionTitle } from '../../shared/i18n/document-words.js';

/**
 * The words every export prints that are not content: headings, column titles, statuses, dates, in
 * the reader's language (`?lang=`, else the workshop's). Content is printed as typed, never translated.
 */

/** Intl's direction marks (Arabic dates come as `13‏/03‏/2025`), which the exports' own bidi layout misreads. */
const stripMarks = (text: string) => text.replace(/[\u061c\u200e\u200f]/g, '');

const exportTranslators = new Map<Language, Translator>();

/**
 * The translator of an export in `language`: the catalogue's, with dates and times as Intl writes
 * them in that language (the Buddhist era in Thai) less the invisible direction marks, since PDF, DOCX
 * and spreadsheet cells place a date by its own characters.
 */
export function exportWords(language: Language): Translator {
  let words = exportTranslators.get(language);
  if (!words) {
    const base = translatorFor(language);
    words = {
      ...base,
      date: (iso, style) => stripMarks(base.date(iso, style)),
      dateTime: (moment, options) => stripMarks(base.dateTime(moment, options)),
      time: (moment) => stripMarks(base.time(moment)),
    };
    exportTranslators.set(language, words);
  }
  return words;
}

/** English, for what is rendered without a reader (and the tests of one format). */
export const ENGLISH: Translator = exportWords(DEFAULT_LANGUAGE);

/** "Amina (Participant)" in the reader's words. */
export const nameWithRoleIn = personWithRoleIn;

/** A section's title inside a sentence ("No findings recorded."): lower case where the script has case. */
export function sectionInSentence(tr: Translator, name: CollectionName): string {
  return sectionTitle(tr.document, name).toLocaleLowerCase(tr.language);
}

/** A stored `YYYY-MM-DD…` date (or timestamp) as the reader writes a date. */
export function dayIn(tr: Translator, iso: string): string {
  return tr.date(iso.slice(0, 10));
}

/** A moment as the reader writes date and time, in UTC (the exports say so). */
export function utcMinuteIn(tr: Translator, moment: Date): string {
  return tr.dateTime(moment, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}
