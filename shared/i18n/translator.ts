import { resolveTemplate } from '@solid-primitives/i18n';
import type { DocumentWords } from './document-words.js';
import { LANGUAGES, type Language } from './languages.js';
import type { MessageArgs, MessageKey, Messages, PluralForms, PluralKey } from './messages.js';

/**
 * Everything that turns the catalogue into words for one language, on either side: the server's
 * exports and template use it directly; the client wraps it in a signal so a language switch
 * re-renders without a reload.
 */
export interface Translator {
  readonly language: Language;
  readonly dir: 'ltr' | 'rtl';
  /** A message with its `{{placeholders}}` filled in; numbers among the args are formatted. */
  t(key: MessageKey, args?: MessageArgs): string;
  /** A plural message for `count` (also given to the template as `{{count}}`, formatted). */
  tn(key: PluralKey, count: number, args?: MessageArgs): string;
  /** The registry's words (section titles, field labels, statuses). */
  readonly document: DocumentWords;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** An ISO date (`2026-12-03`) as the reader writes dates; '' stays ''. */
  date(iso: string, style?: 'long' | 'medium' | 'short'): string;
  /** A moment (ISO timestamp, epoch ms or Date) as date and time. */
  dateTime(moment: string | number | Date, options?: Intl.DateTimeFormatOptions): string;
  time(moment: string | number | Date): string;
  /** "a, b and c" in the reader's language. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

function lookup(messages: Messages, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

export function createTranslator(language: Language, messages: Messages): Translator {
  const { intl, dir } = LANGUAGES[language];
  const numbers = new Intl.NumberFormat(intl);
  const plurals = new Intl.PluralRules(intl);
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const dateFormat = (options: Intl.DateTimeFormatOptions) => {
    const id = JSON.stringify(options);
    let format = dateFormats.get(id);
    if (!format) dateFormats.set(id, (format = new Intl.DateTimeFormat(intl, options)));
    return format;
  };
  const formatArgs = (args: MessageArgs | undefined) =>
    args &&
    Object.fromEntries(
      Object.entries(args).map(([name, value]) => [
        name,
        typeof value === 'number' ? numbers.format(value) : value,
      ]),
    );
  const fill = (template: string, args?: MessageArgs) => resolveTemplate(template, formatArgs(args));
  const toDate = (moment: string | number | Date) => (moment instanceof Date ? moment : new Date(moment));

  return {
    language,
    dir,
    document: messages.document,
    t(key, args) {
      const message = lookup(messages, key);
      return typeof message === 'string' ? fill(message, args) : key;
    },
    tn(key, count, args) {
      const forms = lookup(messages, key) as PluralForms | undefined;
      if (!forms) return key;
      // CLDR: an exact 0/1/2 form (Arabic's zero/one/two) wins where the language gives one.
      const category = plurals.select(count);
      const template = forms[category] ?? forms.other;
      return fill(template, { ...args, count });
    },
    number: (value, options) => (options ? new Intl.NumberFormat(intl, options) : numbers).format(value),
    date(iso, style = 'medium') {
      if (!iso) return '';
      // Noon UTC, formatted in UTC: the calendar day typed, whatever the reader's time zone.
      const day = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
      if (Number.isNaN(day.getTime())) return iso;
      return dateFormat({ dateStyle: style, timeZone: 'UTC' }).format(day);
    },
    dateTime: (moment, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
      dateFormat(options).format(toDate(moment)),
    time: (moment) => dateFormat({ timeStyle: 'short' }).format(toDate(moment)),
    list: (items, type = 'conjunction') => new Intl.ListFormat(intl, { type }).format(items),
  };
}
