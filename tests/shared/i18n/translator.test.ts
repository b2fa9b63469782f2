import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogues.js';
import type { Messages } from '../../../shared/i18n/messages.js';
import { createTranslator } from '../../../shared/i18n/translator.js';

/** A catalogue with just what these cases need, shaped as any catalogue is. */
function withPlural(forms: Record<string, string>): Messages {
  return { ...CATALOGUES.en, common: { ...CATALOGUES.en.common, people: forms } } as unknown as Messages;
}

describe('translator', () => {
  it('fills placeholders and formats numbers in the language', () => {
    const en = createTranslator('en', CATALOGUES.en);
    expect(en.t('common.save')).toBe('Save');
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(createTranslator('vi', CATALOGUES.vi).number(1234.5)).toBe('1.234,5');
    expect(createTranslator('prs', CATALOGUES.prs).number(12)).toBe('۱۲');
  });

  it('shows Thai dates in the Buddhist era and keeps the calendar day of an ISO date', () => {
    const th = createTranslator('th', CATALOGUES.th);
    expect(th.date('2026-12-03', 'long')).toBe('3 ธันวาคม 2569');
    expect(createTranslator('en', CATALOGUES.en).date('2026-12-03', 'long')).toBe('3 December 2026');
    expect(th.date('')).toBe('');
    expect(th.date('not a date')).toBe('not a date');
  });

  it("picks the language's plural form, with the count formatted", () => {
    const arabic = createTranslator(
      'ar',
      withPlural({
        zero: 'لا أحد',
        one: 'شخص واحد',
        two: 'شخصان',
        few: '{{count}} أشخاص',
        many: '{{count}} شخصًا',
        other: '{{count}} شخص',
      }),
    );
    // @ts-expect-error: `common.people` exists only in this test's catalogue
    const people = (n: number) => arabic.tn('common.people', n);
    expect([0, 1, 2, 3, 11, 100].map(people)).toEqual([
      'لا أحد',
      'شخص واحد',
      'شخصان',
      '3 أشخاص',
      '11 شخصًا',
      '100 شخص',
    ]);
    const english = createTranslator(
      'en',
      withPlural({ one: '{{count}} person', other: '{{count}} people' }),
    );
    // @ts-expect-error: as above
    expect([1, 2, 1000].map((n) => english.tn('common.people', n))).toEqual([
      '1 person',
      '2 people',
      '1,000 people',
    ]);
  });

  it('answers the key itself for a message it does not have, rather than throwing', () => {
    // @ts-expect-error: not a key
    expect(createTranslator('en', CATALOGUES.en).t('no.such.key')).toBe('no.such.key');
  });

  it('lists in the language', () => {
    expect(createTranslator('en', CATALOGUES.en).list(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
