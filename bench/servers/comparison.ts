import { round } from '../stats.js';
import type { ServerName } from './servers.js';

/**
 * The issue's targets: with every update persisted, our p99 fan-out and burst time at most 0.8× the
 * better reference, and capacity at least theirs.
 */
export type Target = { kind: 'at-most'; timesBest: number } | { kind: 'at-least-best' };

export interface Figure {
  figure: string;
  unit: string;
  better: 'lower' | 'higher';
  values: Partial<Record<ServerName, number>>;
  target?: Target;
}

const REFERENCES = ['y-websocket', 'hocuspocus'] as const;

function bestReference(figure: Figure): number | undefined {
  const values = REFERENCES.flatMap((name) => {
    const value = figure.values[name];
    return value === undefined || Number.isNaN(value) ? [] : [value];
  });
  if (values.length === 0) return undefined;
  return figure.better === 'lower' ? Math.min(...values) : Math.max(...values);
}

export function verdict(figure: Figure): string {
  const ours = figure.values.ours;
  const best = bestReference(figure);
  if (!figure.target || ours === undefined || best === undefined) return '';
  if (Number.isNaN(ours)) return 'MISS';
  if (figure.target.kind === 'at-most') return ours <= figure.target.timesBest * best ? 'PASS' : 'MISS';
  return figure.better === 'lower' ? (ours <= best ? 'PASS' : 'MISS') : ours >= best ? 'PASS' : 'MISS';
}

function targetText(figure: Figure): string {
  if (!figure.target) return '';
  if (figure.target.kind === 'at-most') return `≤ ${figure.target.timesBest}× best`;
  return figure.better === 'lower' ? '≤ best' : '≥ best';
}

function ratio(ours: number | undefined, other: number | undefined): string {
  if (ours === undefined || other === undefined || Number.isNaN(ours) || Number.isNaN(other) || other === 0)
    return '—';
  return `${(ours / other).toFixed(2)}×`;
}

function cell(value: number | undefined): string {
  if (value === undefined) return '—';
  if (Number.isNaN(value)) return 'failed';
  return String(round(value, value >= 100 ? 0 : 1));
}

/** A Markdown table, so the same text reads in a terminal and pastes into the README. */
export function formatComparison(figures: readonly Figure[]): string {
  const header = [
    'figure',
    'ours',
    'y-websocket',
    'Hocuspocus',
    'ours/ref',
    'ours/Hocuspocus',
    'target',
    'verdict',
  ];
  const lines = figures.map((figure) => [
    `${figure.figure} (${figure.unit})`,
    cell(figure.values.ours),
    cell(figure.values['y-websocket']),
    cell(figure.values.hocuspocus),
    ratio(figure.values.ours, figure.values['y-websocket']),
    ratio(figure.values.ours, figure.values.hocuspocus),
    targetText(figure),
    verdict(figure),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const render = (cells: string[]) =>
    `| ${cells.map((text, column) => (column === 0 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [render(header), rule, ...lines.map(render)].join('\n');
}
