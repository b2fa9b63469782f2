/**
 * The interface languages, in the order the picker offers them. Each is named in itself; `intl` is
 * the locale dates, numbers and plurals are formatted with (Thai with the Buddhist era Thai readers
 * expect; Dari through ICU's Afghan Persian, which has Dari's digits and solar months). Stored dates
 * stay ISO whatever is shown.
 */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr', intl: 'en-GB' },
  th: { name: 'ไทย', dir: 'ltr', intl: 'th-TH-u-ca-buddhist' },
  vi: { name: 'Tiếng Việt', dir: 'ltr', intl: 'vi-VN' },
  id: { name: 'Bahasa Indonesia', dir: 'ltr', intl: 'id-ID' },
  ms: { name: 'Bahasa Melayu', dir: 'ltr', intl: 'ms-MY' },
  ur: { name: 'اردو', dir: 'rtl', intl: 'ur-PK' },
  prs: { name: 'دری', dir: 'rtl', intl: 'fa-AF' },
  ar: { name: 'العربية', dir: 'rtl', intl: 'ar' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl'; intl: string }>;

export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/**
 * The first of the reader's preferred languages (`navigator.languages`, or an Accept-Language
 * header's tags in order) that we have, matched on the primary subtag (`th-TH` → `th`; `fa-AF`, the
 * tag many Afghan systems send for Dari, → `prs`); English when none is.
 */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.trim().toLowerCase();
    const primary = lower.split('-')[0] ?? '';
    if (isLanguage(primary)) return primary;
    if (lower === 'fa-af') return 'prs';
    if (primary === 'zsm') return 'ms';
  }
  return DEFAULT_LANGUAGE;
}

/** Accept-Language's tags by descending quality (`th-TH,th;q=0.9,en;q=0.8`). */
export function acceptLanguageTags(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
