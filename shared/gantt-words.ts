import type { GanttWords } from './gantt-chart.js';
import { LANGUAGES } from './i18n/languages.js';
import type { Translator } from './i18n/translator.js';

/** The Gantt chart's words in the reader's language, months and the today line's date through Intl. */
export function ganttWords(tr: Translator): GanttWords {
  // The axis is a Gregorian month grid: months and years of that calendar in the reader's script (the
  // Buddhist era counts the same months; Dari's solar months would not line up with the grid).
  const intl = LANGUAGES[tr.language].intl;
  const locale = intl.includes('-u-') ? intl : `${intl}-u-ca-gregory`;
  const months = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const years = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  return {
    rows: tr.t('export.gantt.rows'),
    noObjective: tr.t('export.gantt.noObjective'),
    noActivity: tr.t('export.gantt.noActivity'),
    noAgency: tr.t('export.gantt.noAgency'),
    noDates: tr.t('export.gantt.noDates'),
    noRows: tr.t('export.gantt.noRows'),
    endBeforeStart: tr.t('export.gantt.endBeforeStart'),
    datesOutside: (shown) => tr.t('export.gantt.datesOutside', { years: shown }),
    outside: (dates) => tr.t('export.gantt.outside', { dates }),
    today: (day) => tr.t('export.gantt.today', { date: tr.date(day) }),
    month: (index) =>
      tr.language === 'en'
        ? (['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][index] ?? '')
        : months.format(new Date(Date.UTC(2000, index, 15))),
    year: (year) =>
      years.formatToParts(new Date(Date.UTC(year, 6, 1))).find((part) => part.type === 'year')?.value ??
      String(year),
    ariaLabel: tr.t('export.gantt.title'),
  };
}
