import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize, type Summary } from './stats.js';

export interface Row {
  figure: string;
  summary: Summary;
  /** Undefined for figures the issue sets no budget for (shown for information). */
  budgetMs: number | undefined;
  /** e.g. "then idle at 2400 ms": context that helps read the figure. */
  note?: string;
}

/**
 * The verdict compares p95 with the budget: with 5 runs that is the worst run, and for the 250
 * keystrokes of a typing figure it tolerates the odd garbage-collection pause without hiding a trend.
 */
export function verdict(row: Row): string {
  if (row.budgetMs === undefined) return 'info';
  return row.summary.p95 < row.budgetMs ? 'PASS' : 'OVER';
}

export function row(
  figure: string,
  samples: readonly number[],
  budgetMs: number | undefined,
  note?: string,
): Row {
  return note === undefined
    ? { figure, summary: summarize(samples), budgetMs }
    : { figure, summary: summarize(samples), budgetMs, note };
}

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
    .join('  ');
}

export function formatTable(title: string, rows: readonly Row[]): string {
  const header = ['figure', 'n', 'median ms', 'p95 ms', 'max ms', 'budget', 'verdict'];
  const lines = rows.map((entry) => [
    entry.figure,
    String(entry.summary.count),
    entry.summary.median.toFixed(1),
    entry.summary.p95.toFixed(1),
    entry.summary.max.toFixed(1),
    entry.budgetMs === undefined ? '—' : `< ${entry.budgetMs}`,
    verdict(entry),
  ]);
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...lines.map((line) => (line[index] ?? '').length)),
  );
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width + 2, -2));
  const notes = rows.filter((entry) => entry.note).map((entry) => `  ${entry.figure}: ${entry.note}`);
  return [
    title,
    rule,
    pad(header, widths),
    rule,
    ...lines.map((line) => pad(line, widths)),
    rule,
    ...notes,
  ].join('\n');
}

const RESULTS_DIR = fileURLToPath(new URL('./results', import.meta.url));

/** Writes bench/results/<kind>-<timestamp>.json (gitignored); returns its path. */
export async function writeResults(
  startedAt: Date,
  results: unknown,
  kind: 'client' | 'servers' = 'client',
): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = path.join(RESULTS_DIR, `${kind}-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
