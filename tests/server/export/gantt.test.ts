import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { agencyColours, escapeXml, ganttChart, type GanttRow } from '../../../shared/gantt-chart.js';
import { ganttPng } from '../../../server/export/gantt-png.js';
import { PAYLOADS, SCRIPTS, fixtureSource } from './fixture.js';

const ARTIFACTS = fileURLToPath(new URL('../../../dist/test-artifacts/export/', import.meta.url));

const rows = fixtureSource().content.actionPlan;
const chart = ganttChart(rows, { today: '2025-03-13' });

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
    expect(chart.svg).toContain('Today 2025-03-13');
  });

  it('puts the today line at today and leaves it out when today is off the axis', () => {
    const line = (svg: string) => svg.match(/<line x1="([\d.]+)"[^>]*stroke="#d62728"/)?.[1];
    const early = Number(line(ganttChart(rows, { today: '2025-02-01' }).svg));
    const late = Number(line(ganttChart(rows, { today: '2025-09-01' }).svg));
    expect(late).toBeGreaterThan(early);
    expect(line(ganttChart(rows, { today: '2030-01-01' }).svg)).toBeUndefined();
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
    const svg = ganttChart(hostile, { today: '2025-01-15' }).svg;
    expect(svg).not.toMatch(/<script|<svg onload|<style|<b>/);
    expect(escapeXml('a\u0000b\ud800c')).toBe('abc');
    // resvg's XML parser refuses anything malformed.
    expect(() => new Resvg(svg).render()).not.toThrow();
  });

  it('shows activities without dates, and flags an end before the start', () => {
    const svg = ganttChart(
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
