import type { ProseBlock, TextSpan } from '../../shared/workshop-document/index.js';
import type { HeadingLevel, ReportBlock, ReportTable } from './report-model.js';

/** The report's own prose (the editor's document) as blocks of the report model. */

export const spansText = (spans: readonly TextSpan[]) => spans.map((span) => span.text).join('');

/**
 * A table typed into the report, as the report's own tables are drawn: a first row of header cells
 * titles the columns, and columns are as wide as their longest text suggests (within limits).
 */
export function proseTable(block: Extract<ProseBlock, { kind: 'table' }>): ReportTable {
  const rows = block.rows.map((row) => row.map((cell) => spansText(cell.spans)));
  const titled = block.rows.length > 1 && block.rows[0]!.every((cell) => cell.header);
  const body = titled ? rows.slice(1) : rows;
  const columns = (rows[0] ?? []).map((_, index) => ({
    title: titled ? rows[0]![index]! : '',
    weight: Math.min(30, Math.max(4, ...rows.map((row) => row[index]!.length))),
  }));
  return { kind: 'table', columns, rows: body, empty: '', ...(titled ? {} : { header: false }) };
}

/** The report's own headings sit under its chapter heading: the editor's h1 is the export's level 2. */
export function reportBlocks(prose: ProseBlock[]): ReportBlock[] {
  return prose.map((block): ReportBlock => {
    switch (block.kind) {
      case 'heading':
        return {
          kind: 'heading',
          level: Math.min(block.level + 1, 5) as HeadingLevel,
          text: spansText(block.spans).replaceAll('\n', ' '),
        };
      case 'table':
        return proseTable(block);
      default:
        return { kind: 'prose', block };
    }
  });
}
