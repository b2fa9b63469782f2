import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../client/i18n/i18n.js';
import {
  clockTime,
  countdownWords,
  durationWords,
  groupLabel,
  groupName,
} from '../../client/views/agenda-words.js';

const group = (name: string, themes: string[] = []) =>
  ({
    id: 'g-1',
    sessionId: 's-1',
    name,
    themes,
    findingIds: [],
    members: [],
    facilitator: '',
    reporter: '',
    created: 0,
  }) as never;

describe('the agenda and groups in the reader’s words', () => {
  afterEach(() => setLanguage('en', false));

  it('keeps the English the projector and tests know', () => {
    expect(countdownWords(20 * 60_000)).toBe('20:00');
    expect(countdownWords(59_001)).toBe('1:00');
    expect(countdownWords(-2 * 60_000 - 500)).toBe('-2:01');
    expect(countdownWords(-30_000)).toBe('-0:30');
    expect(durationWords(210)).toBe('3 h 30 min');
    expect(durationWords(120)).toBe('2 h');
    expect(durationWords(45)).toBe('45 min');
    expect(clockTime('09:05')).toBe('09:05');
    expect(clockTime('')).toBe('');
    expect(groupLabel(1)).toBe('Group 2');
    expect(groupName(group('Legal framework'), 1)).toBe('Group 2 · Legal framework');
    expect(groupName(group('', ['Costs', 'Awareness']), 0)).toBe('Group 1 · Costs and Awareness');
    expect(groupName(group(''), 2)).toBe('Group 3');
  });

  it('writes Dari with its digits and Arabic with its plurals', async () => {
    await setLanguage('prs', false);
    expect(countdownWords(5 * 60_000)).toBe('۵:۰۰');
    expect(groupLabel(1)).toBe('گروه ۲');
    await setLanguage('ar', false);
    expect(durationWords(3 * 60)).toBe('3 ساعات');
    expect(durationWords(11)).toBe('11 دقيقة');
  });
});
