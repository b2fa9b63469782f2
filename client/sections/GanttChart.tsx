import { createMemo } from 'solid-js';
import { ganttChart, type GanttOptions, type GanttRow, type GanttWords } from '../../shared/gantt-chart.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { itemText } from '../../shared/workshop-document/index.js';
import { i18n, language, t } from '../i18n/i18n.js';
import { createFieldIndex, createOrderedItems } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';

/** The chart's words in the reader's language; the chart fills in `{{years}}` and `{{dates}}` itself. */
function chartWords(today: string): GanttWords {
  return {
    label: t('items.gantt.label'),
    heading: t('items.gantt.heading'),
    noObjective: t('items.gantt.noObjective'),
    noActivity: t('items.gantt.noActivity'),
    endBeforeStart: t('items.gantt.endBeforeStart'),
    outsideAxis: t('items.gantt.outsideAxis', { years: '{{years}}' }),
    noDates: t('items.gantt.noDates'),
    outsideChart: t('items.gantt.outsideChart', { dates: '{{dates}}' }),
    noAgency: t('items.gantt.noAgency'),
    today: t('items.gantt.today', { date: i18n().date(today) }),
    empty: t('items.gantt.empty'),
  };
}

/**
 * Axis names through Intl in the reader's language: Gregorian months (the axis is Gregorian), years
 * in the reader's digits and, for Thai, the Buddhist era. English keeps the chart's own names, as
 * the exports draw them.
 */
function axisNames(): Pick<GanttOptions, 'monthName' | 'yearName'> {
  const code = language();
  if (code === 'en') return {};
  const { intl } = LANGUAGES[code];
  const calendar =
    new Intl.DateTimeFormat(intl).resolvedOptions().calendar === 'buddhist' ? 'buddhist' : 'gregory';
  const months = new Intl.DateTimeFormat(intl, { month: 'short', calendar: 'gregory', timeZone: 'UTC' });
  const years = new Intl.DateTimeFormat(intl, { year: 'numeric', calendar, timeZone: 'UTC' });
  const midMonth = (year: number, month: number) => {
    const date = new Date(Date.UTC(2000, month, 15));
    date.setUTCFullYear(year);
    return date;
  };
  return {
    monthName: (year, month) => months.format(midMonth(year, month)),
    yearName: (year) =>
      years.formatToParts(midMonth(year, 6)).find((part) => part.type === 'year')?.value ?? String(year),
  };
}

/**
 * The action plan's Gantt chart (Tool C), redrawn live as rows change. It is the same SVG the exports
 * embed (shared/gantt-chart.ts), which escapes every piece of text, so setting it as markup is safe.
 */
export function GanttChart() {
  const workshop = useWorkshop();
  const rows = createOrderedItems(workshop.doc, 'actionPlan');
  const fields = createFieldIndex(workshop.doc, 'actionPlan', (item) => ({
    objective: itemText(item, 'objective').toString(),
    activity: itemText(item, 'activity').toString(),
    leadAgency: itemText(item, 'leadAgency').toString(),
    start: String(item.get('start') ?? ''),
    end: String(item.get('end') ?? ''),
  }));
  const chart = createMemo(() => {
    const known = fields();
    const planRows = rows().flatMap((item): GanttRow[] => {
      const id = String(item.get('id'));
      const values = known.get(id);
      return values ? [{ id, ...values }] : [];
    });
    // A saved version is drawn as of its own day, as its exports are.
    const today = workshop.asOf ?? new Date().toISOString().slice(0, 10);
    return ganttChart(planRows, { today, words: chartWords(today), ...axisNames() });
  });

  return (
    <figure class="gantt">
      {/* Focusable, so a keyboard can scroll a chart wider than the screen (WCAG 2.1.1). */}
      <div
        class="gantt-scroll"
        tabindex="0"
        role="region"
        aria-label={t('items.gantt.label')}
        innerHTML={chart().svg}
      />
      <figcaption class="muted">{t('items.gantt.caption')}</figcaption>
    </figure>
  );
}
