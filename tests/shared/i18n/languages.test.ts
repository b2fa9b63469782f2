import { describe, expect, it } from 'vitest';
import { acceptLanguageTags, matchLanguage } from '../../../shared/i18n/languages.js';

describe('matchLanguage', () => {
  it('takes the first preferred language we have, on its primary subtag', () => {
    expect(matchLanguage(['th-TH', 'en-US'])).toBe('th');
    expect(matchLanguage(['fr-FR', 'vi'])).toBe('vi');
    expect(matchLanguage(['ur-PK'])).toBe('ur');
    expect(matchLanguage(['ms-MY'])).toBe('ms');
    expect(matchLanguage(['AR-eg'])).toBe('ar');
  });

  it('reads fa-AF, the tag Afghan systems send, as Dari, and Iranian Persian as not ours', () => {
    expect(matchLanguage(['fa-AF'])).toBe('prs');
    expect(matchLanguage(['prs-AF'])).toBe('prs');
    expect(matchLanguage(['fa-IR'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(matchLanguage([])).toBe('en');
    expect(matchLanguage(['de-DE', 'fr'])).toBe('en');
  });
});

describe('acceptLanguageTags', () => {
  it('orders by quality, then by position, and drops q=0 and *', () => {
    expect(acceptLanguageTags('en;q=0.5, th-TH, th;q=0.9, *;q=0.1, de;q=0')).toEqual(['th-TH', 'th', 'en']);
    expect(acceptLanguageTags(undefined)).toEqual([]);
    expect(matchLanguage(acceptLanguageTags('de-DE,ur;q=0.8,en;q=0.7'))).toBe('ur');
  });
});
