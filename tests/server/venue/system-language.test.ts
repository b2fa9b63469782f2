import { describe, expect, it } from 'vitest';
import { systemLanguage } from '../../../server/venue/system-language.js';

describe('systemLanguage', () => {
  it("reads the laptop's POSIX locale, LC_ALL first", () => {
    expect(systemLanguage({ LANG: 'th_TH.UTF-8' })).toBe('th');
    expect(systemLanguage({ LANG: 'en_US.UTF-8', LC_ALL: 'vi_VN.UTF-8' })).toBe('vi');
    expect(systemLanguage({ LC_MESSAGES: 'ur_PK@latin', LANG: 'en_GB.UTF-8' })).toBe('ur');
    expect(systemLanguage({ LANG: 'fa_AF.UTF-8' })).toBe('prs');
  });

  it('is English for C, POSIX, none or a language we do not have', () => {
    expect(systemLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'POSIX' })).toBe('en');
    expect(systemLanguage({})).toBe('en');
    expect(systemLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
  });
});
