import type { BreakoutGroup } from '../../shared/workshop-document/index.js';
import { sectionTitleOf } from '../sections/sections.js';
import { i18n, t, tn } from '../i18n/i18n.js';

/**
 * The agenda's and the breakout groups' words in the reader's language: the countdown, clock times,
 * durations, and a group's number and title. Call them while rendering, so they follow a language
 * switch. The shared `formatCountdown`/`groupTitle` stay English for the document and the server.
 */

/** `m:ss`, or `-m:ss` past the end, in the reader's digits. */
export function countdownWords(ms: number): string {
  const negative = ms < 0;
  const seconds = Math.ceil(Math.abs(ms) / 1000 - 1e-9);
  const minutes = Math.floor(seconds / 60);
  const translator = i18n();
  // -0 with signDisplay 'always' keeps its minus: half a minute over is "-0:30".
  const head = translator.number(negative ? -minutes : minutes, {
    signDisplay: negative ? 'always' : 'auto',
    useGrouping: false,
  });
  return `${head}:${translator.number(seconds % 60, { minimumIntegerDigits: 2 })}`;
}

/** A stored `HH:MM` (venue time) as the reader writes times; '' stays ''. */
export function clockTime(hhmm: string): string {
  const match = /^(\d\d):(\d\d)$/.exec(hhmm);
  if (!match) return hhmm;
  return i18n().time(new Date(2000, 0, 1, Number(match[1]), Number(match[2])));
}

/** "1 h 30 min", "45 min". */
export function durationWords(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (!hours) return tn('agenda.duration.minutes', minutes);
  if (!minutes) return tn('agenda.duration.hours', hours);
  return t('agenda.duration.hoursMinutes', {
    hours: tn('agenda.duration.hours', hours),
    minutes: tn('agenda.duration.minutes', minutes),
  });
}

/** "Group 2": a group's number within its session. */
export function groupLabel(index: number): string {
  return t('groups.number', { number: index + 1 });
}

/** "Group 2 · Legal framework": the number, then the name (or its themes while it has none). */
export function groupName(group: BreakoutGroup, index: number): string {
  const name = group.name.trim() || (group.themes.length ? i18n().list(group.themes) : '');
  return name ? t('groups.title', { group: groupLabel(index), name }) : groupLabel(index);
}

/** A content section's title (the registry's words, or the presenter's for Trace and Report). */
export function shownSectionTitle(id: string): string {
  return sectionTitleOf(id);
}
