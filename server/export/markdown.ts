import type { ReportModel, ReportTable } from './report-model.js';

/**
 * Inline text as Markdown shows it literally: markup characters are backslash-escaped and `<`, `>`, `&` become
 * entities, so content can never turn into links, HTML or script in whatever renders the file.
 */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** As `escapeInline`, and a line can no longer start a heading, list or setext underline either. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/^(\s*)([-+=#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A table cell keeps its line breaks as `<br>`, the one piece of HTML this file writes itself. */
const cell = (text: string) =>
  text
    .split('\n')
    .map((line) => escapeInline(line.trim()))
    .join('<br>');

function table({ columns, rows, empty }: ReportTable): string[] {
  if (rows.length === 0) return empty ? [escapeMarkdown(empty), ''] : [];
  return [
    `| ${columns.map((c) => cell(c.title)).join(' | ')} |`,
    `|${columns.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/**
 * The report as CommonMark with GitHub tables. Markdown has no place for a picture inside one file,
 * so the Gantt chart is left to the DOCX/PDF reports and the SVG/PNG downloads.
 */
export function renderMarkdown(model: ReportModel): string {
  const { cover } = model;
  const lines = [
    `# ${escapeMarkdown(cover.title)}`,
    '',
    `**${escapeMarkdown(cover.subtitle)}**`,
    '',
    ...cover.facts.map(([name, value]) => `- **${escapeMarkdown(name)}:** ${escapeMarkdown(value)}`),
    '',
    '## Endorsements',
    '',
    ...table(cover.endorsements),
  ];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        // The title is the only level-1 heading; the report's chapters sit one level below it.
        lines.push(`${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`, '');
        break;
      case 'paragraph':
        lines.push(escapeMarkdown(block.text), '');
        break;
      case 'table':
        lines.push(...table(block));
        break;
      case 'gantt':
        lines.push('_The Gantt chart is in the DOCX and PDF reports and the Gantt chart downloads._', '');
        break;
      case 'page':
        break;
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
