import { round } from '../stats.js';
import { OUR_SERVERS, REFERENCE_SERVERS, type OurServerName, type ServerName } from './servers.js';

/**
 * The issue's targets, for ours on each store: with every update persisted, a figure at most `timesBest`
 * times the better reference's, or at least as good as the better reference.
 */
export type Target = { kind: 'at-most'; timesBest: number } | { kind: 'at-least-best' };

export interface Figure {
  figure: string;
  unit: string;
  better: 'lower' | 'higher';
  values: Partial<Record<ServerName, number>>;
  target?: Target;
}

function bestReference(figure: Figure): number | undefined {
  const values = REFERENCE_SERVERS.flatMap((name) => {
    const value = figure.values[name];
    return value === undefined || Number.isNaN(value) ? [] : [value];
  });
  if (values.length === 0) return undefined;
  return figure.better === 'lower' ? Math.min(...values) : Math.max(...values);
}

export function verdict(figure: Figure, server: OurServerName = 'ours'): string {
  const ours = figure.values[server];
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
    'ours (PostgreSQL)',
    'ours (embedded)',
    'y-websocket',
    'Hocuspocus',
    'PostgreSQL/best ref',
    'embedded/best ref',
    'target',
    'verdict (PostgreSQL · embedded)',
  ];
  const lines = figures.map((figure) => {
    const best = bestReference(figure);
    const verdicts = OUR_SERVERS.map((server) => verdict(figure, server) || '—');
    return [
      `${figure.figure} (${figure.unit})`,
      cell(figure.values.ours),
      cell(figure.values['ours-embedded']),
      cell(figure.values['y-websocket']),
      cell(figure.values.hocuspocus),
      ratio(figure.values.ours, best),
      ratio(figure.values['ours-embedded'], best),
      targetText(figure),
      figure.target ? verdicts.join(' · ') : '',
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const render = (cells: string[]) =>
    `| ${cells.map((text, column) => (column === 0 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [render(header), rule, ...lines.map(render)].join('\n');
}
