import type { ActionRow } from './workshop-document/schema.js';

/**
 * The action plan as a Gantt chart (toolkit Tool C), drawn as one SVG string: the same function draws
 * the live chart in the browser and the SVG/PNG/DOCX/PDF exports, so they always agree. Rows are
 * grouped by objective, one bar per activity from its start to its end date, coloured by lead agency,
 * with a line at `today`. Every piece of content is XML-escaped text: nothing typed into the plan can
 * become markup or script in the chart.
 */

export type GanttRow = Pick<ActionRow, 'id' | 'objective' | 'activity' | 'leadAgency' | 'start' | 'end'>;

export interface GanttOptions {
  /** `YYYY-MM-DD`: where the today line is drawn (exports of a version use the version's date). */
  today: string;
  /** Total width in px; the height follows from the number of rows. */
  width?: number;
  /** The chart's own words in the reader's language (`ganttWords` in gantt-words.ts). */
  words: GanttWords;
}

/** Every fixed word the chart draws (the content, activities and agencies, is drawn as typed). */
export interface GanttWords {
  /** The column heading over the rows' labels. */
  rows: string;
  noObjective: string;
  noActivity: string;
  noAgency: string;
  noDates: string;
  noRows: string;
  endBeforeStart: string;
  /** The span of years the chart shows, when an activity's dates fall outside it. */
  datesOutside(shown: string): string;
  outside(dates: string): string;
  today(day: string): string;
  /** A month's short name (0 = January) for the axis. */
  month(index: number): string;
  /** A (Gregorian) year as the axis writes it: `2025`, Thai `2568`. */
  year(year: number): string;
  ariaLabel: string;
}

export interface GanttChart {
  svg: string;
  width: number;
  height: number;
}

/** The fonts the exports embed; browsers fall back to what they have. */
export const GANTT_FONT_FAMILY = "'Noto Sans', 'Noto Sans Thai', 'Noto Naskh Arabic', sans-serif";

// Distinct on white, readable behind dark text, and not red (red marks today and date problems).
const AGENCY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#bab0ac',
  '#86bcb6',
  '#d4a6c8',
];
const NO_AGENCY_COLOUR = '#9e9e9e';
const TODAY_COLOUR = '#d62728';

const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 44;
const LABEL_WIDTH = 300;
const PADDING = 12;
const LEGEND_ROW = 22;
const DAY_MS = 86_400_000;
const MAX_LABEL_GRAPHEMES = 44;

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Shortened by whole graphemes, so Thai vowels and Vietnamese marks are never cut off their letter. */
function shorten(text: string, max: number): string {
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text));
  return graphemes.length <= max
    ? text
    : `${graphemes
        .slice(0, max - 1)
        .map((g) => g.segment)
        .join('')
        .trimEnd()}…`;
}

const dayOf = (date: string) => (date ? Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS) : NaN);

/** The first day of a month; `setUTCFullYear` because `Date.UTC` reads years 0–99 as 1900–1999. */
function firstOfMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return date.getTime() / DAY_MS;
}

function monthStart(day: number, offset = 0): number {
  const date = new Date(day * DAY_MS);
  return firstOfMonth(date.getUTCFullYear(), date.getUTCMonth() + offset);
}

/**
 * The axis never leaves these years nor spans more than MAX_AXIS_YEARS: any editor can type
 * 0001-01-01 → 9999-12-31, and a grid line per month of that would be ~100k elements redrawn in every
 * tab on each edit. Rows outside the axis are flagged instead.
 */
const AXIS_YEARS = { first: 1900, last: 2200 } as const;
const MAX_AXIS_YEARS = 25;
const SANE_FROM = firstOfMonth(AXIS_YEARS.first, 0);
const SANE_TO = firstOfMonth(AXIS_YEARS.last + 1, 0);

/** Agencies in alphabetical order, each with its colour: stable however the rows are ordered. */
export function agencyColours(rows: readonly GanttRow[]): Map<string, string> {
  const agencies = [...new Set(rows.map((row) => row.leadAgency.trim()).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b),
  );
  return new Map(agencies.map((agency, index) => [agency, AGENCY_COLOURS[index % AGENCY_COLOURS.length]!]));
}

type Line =
  | { kind: 'objective'; text: string }
  | { kind: 'activity'; row: GanttRow; label: string; from: number; to: number; problems: string[] };

type DatedLine = Extract<Line, { kind: 'activity' }>;

/** Rows grouped under their objective, in plan order of each objective's first row. */
function lines(rows: readonly GanttRow[], words: GanttWords): Line[] {
  const objectives: string[] = [];
  for (const row of rows)
    if (!objectives.includes(row.objective.trim())) objectives.push(row.objective.trim());
  return objectives.flatMap((objective) => [
    { kind: 'objective', text: objective || words.noObjective } as Line,
    ...rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => row.objective.trim() === objective)
      .map(({ row, index }): Line => {
        const start = dayOf(row.start);
        const end = dayOf(row.end);
        const from = Number.isNaN(start) ? end : start;
        const to = Number.isNaN(end) ? start : end;
        return {
          kind: 'activity',
          row,
          label: `A${index + 1}  ${row.activity.trim() || words.noActivity}`,
          from: Math.min(from, to),
          to: Math.max(from, to),
          problems: !Number.isNaN(start) && !Number.isNaN(end) && end < start ? [words.endBeforeStart] : [],
        };
      }),
  ]);
}

/**
 * The months the axis shows, [from, to): within AXIS_YEARS and at most MAX_AXIS_YEARS wide, placed where
 * it holds the most rows whole (the earliest such place on a tie), then fitted to those rows. With no
 * row it can hold, it shows three months from today (from 1970 when there is no today).
 */
function axisWindow(dated: readonly DatedLine[], today: number): { from: number; to: number } {
  const sane = dated.filter((line) => line.from >= SANE_FROM && line.to < SANE_TO);
  let best: DatedLine[] = [];
  for (const start of new Set(sane.map((line) => monthStart(line.from)))) {
    const limit = monthStart(start, MAX_AXIS_YEARS * 12);
    const held = sane.filter((line) => line.from >= start && line.to < limit);
    if (held.length > best.length) best = held;
  }
  if (best.length === 0) {
    const anchor = Number.isNaN(today) ? 0 : today;
    const from = monthStart(Math.min(Math.max(anchor, SANE_FROM), monthStart(SANE_TO, -3)));
    return { from, to: monthStart(from, 3) };
  }
  const from = monthStart(Math.min(...best.map((line) => line.from)));
  const to = Math.max(monthStart(Math.max(...best.map((line) => line.to)), 1), monthStart(from, 3));
  return { from, to: Math.min(to, SANE_TO) };
}

/** Axis ticks: every `step` months counted from year 0, so quarters start in Jan, Apr, Jul and Oct. */
const TICK_STEPS = [1, 3, 6, 12, 24, 60] as const;
const MIN_TICK_PX = 36;
/** Past this many months, grid lines are drawn at the ticks only. */
const MAX_MONTH_LINES = 72;

export function ganttChart(rows: readonly GanttRow[], options: GanttOptions): GanttChart {
  const width = Math.max(640, options.width ?? 1100);
  const today = dayOf(options.today);
  const { words } = options;
  const all = lines(rows, words);
  const dated = all.flatMap((line) => (line.kind === 'activity' && !Number.isNaN(line.from) ? [line] : []));
  const colours = agencyColours(rows);

  const { from: axisFrom, to: axisTo } = axisWindow(dated, today);
  const shown = `${words.year(new Date(axisFrom * DAY_MS).getUTCFullYear())}–${words.year(new Date((axisTo - 1) * DAY_MS).getUTCFullYear())}`;
  for (const line of dated)
    if (line.from < axisFrom || line.to >= axisTo) line.problems.push(words.datesOutside(shown));
  const plotLeft = PADDING + LABEL_WIDTH;
  const plotWidth = width - plotLeft - PADDING;
  const x = (day: number) => plotLeft + ((day - axisFrom) / (axisTo - axisFrom)) * plotWidth;

  const legend: Array<[string, string]> = [...colours];
  if (all.some((l) => l.kind === 'activity' && !l.row.leadAgency.trim()))
    legend.push([words.noAgency, NO_AGENCY_COLOUR]);
  const legendPerRow = Math.max(1, Math.floor((width - 2 * PADDING) / 220));
  const bodyTop = HEADER_HEIGHT;
  const bodyHeight = Math.max(1, all.length) * ROW_HEIGHT;
  const legendTop = bodyTop + bodyHeight + 16;
  const height = legendTop + Math.ceil(legend.length / legendPerRow) * LEGEND_ROW + PADDING;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(GANTT_FONT_FAMILY)}" font-size="12" role="img" aria-label="${escapeXml(words.ariaLabel)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];

  // Month grid: a label per tick, as many months apart as keeps labels from crowding each other.
  const months: number[] = [];
  for (let day = axisFrom; day < axisTo; day = monthStart(day, 1)) months.push(day);
  const step = TICK_STEPS.find((n) => (plotWidth / months.length) * n >= MIN_TICK_PX) ?? 60;
  months.forEach((day, index) => {
    const date = new Date(day * DAY_MS);
    const tick = (date.getUTCFullYear() * 12 + date.getUTCMonth()) % step === 0;
    if (!tick && months.length > MAX_MONTH_LINES) return;
    const left = x(day).toFixed(1);
    parts.push(
      `<line x1="${left}" y1="${bodyTop - 18}" x2="${left}" y2="${bodyTop + bodyHeight}" stroke="#e0e0e0"/>`,
    );
    if (tick || (index === 0 && step < 12)) {
      const year =
        date.getUTCMonth() === 0 || index === 0 ? ` ${escapeXml(words.year(date.getUTCFullYear()))}` : '';
      const label =
        step >= 12
          ? escapeXml(words.year(date.getUTCFullYear()))
          : `${escapeXml(words.month(date.getUTCMonth()))}${year}`;
      parts.push(`<text x="${(x(day) + 3).toFixed(1)}" y="${bodyTop - 6}" fill="#444">${label}</text>`);
    }
  });
  parts.push(
    `<text x="${PADDING}" y="${bodyTop - 6}" font-weight="bold" fill="#222">${escapeXml(words.rows)}</text>`,
    `<line x1="${PADDING}" y1="${bodyTop}" x2="${width - PADDING}" y2="${bodyTop}" stroke="#9e9e9e"/>`,
  );

  all.forEach((line, index) => {
    const top = bodyTop + index * ROW_HEIGHT;
    const baseline = top + ROW_HEIGHT / 2 + 4;
    if (line.kind === 'objective') {
      parts.push(
        `<rect x="${PADDING}" y="${top}" width="${width - 2 * PADDING}" height="${ROW_HEIGHT}" fill="#f3f4f6"/>`,
        `<text x="${PADDING + 4}" y="${baseline}" font-weight="bold" fill="#222"><title>${escapeXml(line.text)}</title>${escapeXml(shorten(line.text, MAX_LABEL_GRAPHEMES + 40))}</text>`,
      );
      return;
    }
    const agency = line.row.leadAgency.trim();
    const colour = colours.get(agency) ?? NO_AGENCY_COLOUR;
    const problem = line.problems.join('; ');
    const tip = [line.label, agency, [line.row.start, line.row.end].filter(Boolean).join(' → '), problem]
      .filter(Boolean)
      .join('\n');
    parts.push(
      `<g data-row="${escapeXml(line.row.id)}"><title>${escapeXml(tip)}</title>`,
      `<text x="${PADDING + 16}" y="${baseline}" fill="#222">${escapeXml(shorten(line.label, MAX_LABEL_GRAPHEMES))}</text>`,
    );
    if (Number.isNaN(line.from)) {
      parts.push(
        `<text x="${plotLeft + 4}" y="${baseline}" fill="#757575" font-style="italic">${escapeXml(words.noDates)}</text>`,
      );
    } else if (line.to < axisFrom || line.from >= axisTo) {
      parts.push(
        `<text x="${plotLeft + 4}" y="${baseline}" fill="${TODAY_COLOUR}" font-style="italic">${escapeXml(words.outside([line.row.start, line.row.end].filter(Boolean).join(' → ')))}</text>`,
      );
    } else {
      // A bar covers its whole last day; a single-day or one-ended activity still shows. A bar
      // reaching past the axis is cut at its edge (and flagged).
      const left = x(Math.max(line.from, axisFrom));
      const barWidth = Math.max(3, x(Math.min(line.to + 1, axisTo)) - left);
      parts.push(
        `<rect x="${left.toFixed(1)}" y="${top + 5}" width="${barWidth.toFixed(1)}" height="${ROW_HEIGHT - 10}" rx="3" fill="${colour}"${problem ? ` stroke="${TODAY_COLOUR}" stroke-width="2" stroke-dasharray="4 2"` : ''}/>`,
      );
    }
    parts.push('</g>');
  });

  if (!Number.isNaN(today) && today >= axisFrom && today <= axisTo) {
    const left = x(today).toFixed(1);
    parts.push(
      `<line x1="${left}" y1="${bodyTop - 18}" x2="${left}" y2="${bodyTop + bodyHeight}" stroke="${TODAY_COLOUR}" stroke-width="2" stroke-dasharray="5 3"/>`,
      `<text x="${(x(today) + 4).toFixed(1)}" y="${bodyTop - 22}" fill="${TODAY_COLOUR}" font-size="11">${escapeXml(words.today(options.today))}</text>`,
    );
  }

  legend.forEach(([agency, colour], index) => {
    const left = PADDING + (index % legendPerRow) * 220;
    const top = legendTop + Math.floor(index / legendPerRow) * LEGEND_ROW;
    parts.push(
      `<rect x="${left}" y="${top}" width="14" height="14" rx="2" fill="${colour}"/>`,
      `<text x="${left + 20}" y="${top + 11}" fill="#222"><title>${escapeXml(agency)}</title>${escapeXml(shorten(agency, 28))}</text>`,
    );
  });
  if (all.length === 0)
    parts.push(`<text x="${PADDING}" y="${bodyTop + 16}" fill="#757575">${escapeXml(words.noRows)}</text>`);
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}
