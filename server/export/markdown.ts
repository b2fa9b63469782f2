import type { ProseBlock, TextSpan } from '../../shared/workshop-document/index.js';
import { exportWords } from './export-words.js';
import type { ReportModel, ReportTable } from './report-model.js';
import { proseTable } from './report-prose.js';

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

/** Escapes what would make a line start a heading, list or setext underline. */
const escapeLineStarts = (markdown: string) =>
  markdown.replace(/^(\s*)([-+=#])/gm, '$1\\$2').replace(/^(\s*\d+)([.)])/gm, '$1\\$2');

/** As `escapeInline`, and a line can no longer start a heading, list or setext underline either. */
export function escapeMarkdown(text: string): string {
  return escapeLineStarts(escapeInline(text));
}

/** A code span fenced by more backticks than it holds; its content is literal, so it needs no escapes. */
function codeSpan(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length)) + 1);
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** One span; spaces stay outside its emphasis markers, where CommonMark would not see them as markup. */
function spanMarkdown(span: TextSpan): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(span.text) ?? [];
  if (core === '') return span.text;
  let markdown = span.code ? codeSpan(core) : escapeInline(core);
  if (span.italic) markdown = `*${markdown}*`;
  if (span.bold) markdown = `**${markdown}**`;
  return `${lead}${markdown}${trail}`;
}

/**
 * A block's text as Markdown lines, hard breaks as a trailing backslash. Lines are trimmed, since
 * leading spaces would make an indented code block.
 */
function inlineLines(spans: TextSpan[]): string[] {
  const lines: TextSpan[][] = [[]];
  for (const span of spans)
    span.text.split('\n').forEach((text, index) => {
      if (index > 0) lines.push([]);
      if (text) lines.at(-1)!.push({ ...span, text });
    });
  const rendered = lines
    .map((line) => escapeLineStarts(line.map(spanMarkdown).join('').trim()))
    .filter(Boolean);
  return rendered.map((line, index) => (index < rendered.length - 1 ? `${line}\\` : line));
}

/** A list may follow a paragraph in its item without a blank line when it could interrupt that paragraph. */
const interrupts = (block: ProseBlock) => block.kind === 'list' && (!block.ordered || block.start === 1);

function blocksLines(blocks: ProseBlock[]): string[] {
  return blocks.flatMap((block, index) => [
    ...(index > 0 && !interrupts(block) ? [''] : []),
    ...proseLines(block),
  ]);
}

/** Nested lines go under a list item's text, indented by its marker's width. */
function listItem(marker: string, blocks: ProseBlock[]): string[] {
  const lines = blocksLines(blocks);
  if (lines.length === 0) return [marker];
  const indent = ' '.repeat(marker.length + 1);
  return lines.map((line, index) => (index === 0 ? `${marker} ${line}` : line ? `${indent}${line}` : ''));
}

function proseLines(block: ProseBlock): string[] {
  switch (block.kind) {
    // A heading inside a list or quote: emphasised text, as in the other formats.
    case 'heading':
      return inlineLines(block.spans.map((span): TextSpan => ({ ...span, bold: true })));
    case 'paragraph':
      return inlineLines(block.spans);
    case 'list':
      return block.items.flatMap((item, index) =>
        listItem(block.ordered ? `${block.start + index}.` : '-', item),
      );
    case 'quote':
      return blocksLines(block.blocks).map((line) => (line ? `> ${line}` : '>'));
    case 'table':
      return table(proseTable(block)).slice(0, -1);
  }
}

/** A table cell keeps its line breaks as `<br>`, the one piece of HTML this file writes itself. */
const cell = (text: string) =>
  text
    .split('\n')
    .map((line) => escapeInline(line.trim()))
    .join('<br>');

function table({ columns, rows, empty }: ReportTable): string[] {
  if (rows.length === 0) return empty ? [escapeMarkdown(empty), ''] : [];
  // GitHub tables always have a header row; an untitled table's is left blank.
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
  const tr = exportWords(model.language);
  const lines = [
    `# ${escapeMarkdown(cover.title)}`,
    '',
    `**${escapeMarkdown(cover.subtitle)}**`,
    '',
    ...cover.facts.map(([name, value]) => `- **${escapeMarkdown(name)}:** ${escapeMarkdown(value)}`),
    '',
    `## ${escapeMarkdown(tr.t('export.endorsements.heading'))}`,
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
      case 'prose':
        lines.push(...proseLines(block.block), '');
        break;
      case 'table':
        lines.push(...table(block));
        break;
      case 'gantt':
        lines.push(`_${escapeInline(tr.t('export.gantt.markdownNote'))}_`, '');
        break;
      case 'page':
        break;
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
