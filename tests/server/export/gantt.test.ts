import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  agencyColours,
  escapeXml,
  ganttChart,
  type GanttOptions,
  type GanttRow,
} from '../../../shared/gantt-chart.js';
import { ganttPng } from '../../../server/export/gantt-png.js';
import { PAYLOADS, SCRIPTS, fixtureSource } from './fixture.js';
import { ganttWords } from '../../../shared/gantt-words.js';
import { translatorFor } from '../../../shared/i18n/catalogues.js';

/** The chart with its English words, as an English export draws it. */
const englishChart = (rows: Parameters<typeof ganttChart>[0], options: Omit<GanttOptions, 'words'>) =>
  ganttChart(rows, { ...options, words: ganttWords(translatorFor('en')) });

const ARTIFACTS = fileURLToPath(new URL('../../../dist/test-artifacts/export/', import.meta.url));

const rows = fixtureSource().content.actionPlan;
const chart = englishChart(rows, { today: '2025-03-13' });

const bars = (svg: string) =>
  Array.from(
    svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="14" rx="3" fill="(#[0-9a-f]{6})"/g),
    (m) => ({
      x: Number(m[1]),
      width: Number(m[2]),
      fill: m[3],
    }),
  );

describe('Gantt chart', () => {
  it('draws one bar per dated activity, from start to end, coloured by lead agency', () => {
    const drawn = bars(chart.svg);
    expect(drawn).toHaveLength(3);
    const colours = agencyColours(rows);
    expect(drawn.map((bar) => bar.fill)).toEqual(rows.map((row) => colours.get(row.leadAgency)));
    // A1 runs Jan 15 → Jun 30, A3 May 1 → Feb 28: A3 starts after A1 and ends last.
    expect(drawn[2]!.x).toBeGreaterThan(drawn[0]!.x);
    expect(drawn[2]!.x + drawn[2]!.width).toBeGreaterThan(drawn[1]!.x + drawn[1]!.width);
    // Each objective is a group row, and the legend names every agency.
    for (const objective of ['Amend the civil registration law', 'Remove cost barriers'])
      expect(chart.svg).toContain(`>${objective}</text>`);
    for (const agency of colours.keys()) expect(chart.svg).toContain(`<title>${agency}</title>`);
    expect(chart.svg).toContain('Today 13 Mar 2025');
  });

  it('puts the today line at today and leaves it out when today is off the axis', () => {
    const line = (svg: string) => svg.match(/<line x1="([\d.]+)"[^>]*stroke="#d62728"/)?.[1];
    const early = Number(line(englishChart(rows, { today: '2025-02-01' }).svg));
    const late = Number(line(englishChart(rows, { today: '2025-09-01' }).svg));
    expect(late).toBeGreaterThan(early);
    expect(line(englishChart(rows, { today: '2030-01-01' }).svg)).toBeUndefined();
  });

  it('keeps hostile text inert: escaped, well-formed, nothing that could run', () => {
    expect(chart.svg).not.toMatch(/<script|<img|<foreignObject|<[^>]*\son\w+=/i);
    expect(chart.svg).toContain(escapeXml(PAYLOADS.image));
    const hostile: GanttRow[] = [
      {
        id: '"><script>alert(1)</script>',
        objective: ']]><svg onload=alert(1)>',
        activity: `x\u0000\u0007\ud800 & <b> ' "`,
        leadAgency: '<style>*{fill:red}</style>',
        start: '2025-01-01',
        end: '2025-02-01',
      },
    ];
    const svg = englishChart(hostile, { today: '2025-01-15' }).svg;
    expect(svg).not.toMatch(/<script|<svg onload|<style|<b>/);
    expect(escapeXml('a\u0000b\ud800c')).toBe('abc');
    // resvg's XML parser refuses anything malformed.
    expect(() => new Resvg(svg).render()).not.toThrow();
  });

  it('shows activities without dates, and flags an end before the start', () => {
    const svg = englishChart(
      [
        { id: 'a', objective: 'O', activity: 'Undated', leadAgency: '', start: '', end: '' },
        {
          id: 'b',
          objective: 'O',
          activity: 'Backwards',
          leadAgency: 'X',
          start: '2025-05-01',
          end: '2025-04-01',
        },
      ],
      { today: '2025-04-15' },
    ).svg;
    expect(svg).toContain('>no dates</text>');
    expect(svg).toContain('end date before start date');
    expect(svg).toContain('No lead agency');
  });

  it('renders to PNG with the bundled fonts, every script included', () => {
    const png = ganttPng(chart.svg, chart.width);
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}gantt.png`, png);
    expect(chart.svg).toContain(SCRIPTS.thai);
    expect(chart.svg).toContain(SCRIPTS.arabic);
  });
});

describe('Gantt axis bounds', () => {
  const row = (id: string, start: string, end: string): GanttRow => ({
    id,
    objective: 'O',
    activity: id,
    leadAgency: 'Agency',
    start,
    end,
  });
  const axisYears = (svg: string) =>
    Array.from(svg.matchAll(/<text [^>]*fill="#444">(?:[A-Z][a-z]{2} )?(\d{4})<\/text>/g), (m) =>
      Number(m[1]),
    );
  const tip = (svg: string, id: string) =>
    svg.match(new RegExp(`<g data-row="${id}"><title>([^<]*)</title>`))?.[1];

  it('keeps the chart small whatever years are typed, and flags the rows it cannot show', () => {
    const started = performance.now();
    const { svg } = englishChart(
      [row('ok', '2025-01-01', '2026-06-30'), row('wild', '0001-01-01', '9999-12-31')],
      { today: '2025-03-01' },
    );
    expect(performance.now() - started).toBeLessThan(100);
    expect(svg.length).toBeLessThan(20_000);
    expect(svg.match(/<line /g)!.length).toBeLessThan(40);
    expect(axisYears(svg)).toEqual(expect.arrayContaining([2025, 2026]));
    expect(Math.min(...axisYears(svg))).toBe(2025);
    expect(tip(svg, 'ok')).not.toMatch(/outside/);
    expect(tip(svg, 'wild')).toMatch(/dates outside the chart \(2025–2026\)/);
    // The wild row's bar is cut at the axis and drawn flagged (dashed red outline).
    const plotRight = chart.width - 12;
    for (const bar of svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="14"[^>]*>/g)) {
      expect(Number(bar[1]) + Number(bar[2])).toBeLessThanOrEqual(plotRight + 0.1);
    }
    expect(svg).toMatch(/<g data-row="wild">.*?stroke-dasharray="4 2"/s);
  });

  it('spans at most about 25 years, placed where it holds the most rows, within 1900–2200', () => {
    const { svg } = englishChart(
      [
        row('early', '1910-01-01', '1911-01-01'),
        row('a', '2025-01-01', '2027-12-31'),
        row('b', '2026-03-01', '2030-06-30'),
        row('c', '2040-01-01', '2045-12-31'),
        row('far', '2090-01-01', '2091-01-01'),
        row('late', '2300-01-01', '2301-01-01'),
      ],
      { today: '2026-01-01' },
    );
    const years = axisYears(svg);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2025);
    expect(Math.max(...years)).toBeLessThanOrEqual(2046);
    for (const id of ['a', 'b', 'c']) expect(tip(svg, id)).not.toMatch(/outside/);
    for (const id of ['early', 'far', 'late']) expect(tip(svg, id)).toMatch(/dates outside the chart/);
    expect(svg).toContain('outside the chart: 2090-01-01 → 2091-01-01');
    // One grid line per tick, not per month, over a span this long.
    expect(svg.match(/<line /g)!.length).toBeLessThan(40);
  });

  it('reads years before 100 as themselves, not as 1900–1999', () => {
    const { svg } = englishChart(
      [row('roman', '0050-02-01', '0050-03-01'), row('modern', '1950-01-01', '1950-06-30')],
      {
        today: '1950-03-01',
      },
    );
    expect(tip(svg, 'modern')).not.toMatch(/outside/);
    expect(tip(svg, 'roman')).toMatch(/dates outside the chart \(1950–1950\)/);
    expect(axisYears(svg)).toEqual([1950]);
    // Only rows out of range: the axis sits at today, clamped into 1900–2200.
    const alone = englishChart([row('roman', '0050-02-01', '0050-03-01')], { today: '0050-02-15' }).svg;
    expect(axisYears(alone)).toEqual([1900]);
    expect(tip(alone, 'roman')).toMatch(/dates outside the chart \(1900–1900\)/);
  });
});
