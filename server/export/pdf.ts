import PDFDocument from 'pdfkit';
import { ganttChart } from '../../shared/gantt-chart.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { ganttWords } from '../../shared/gantt-words.js';
import type { ProseBlock, TextSpan } from '../../shared/workshop-document/index.js';
import { ganttPng } from './gantt-png.js';
import { registerFonts, WHOLE_RUN } from './pdf-fonts.js';
import { BASELINE_EM, layoutText, type TextBlock, type TextStyle } from './pdf-text.js';
import type { HeadingLevel, ReportModel, ReportTable } from './report-model.js';
import { proseTable, spansText } from './report-prose.js';
import { isRightToLeft } from './script-runs.js';
import { exportWords } from './export-words.js';

/**
 * The report as a PDF built with PDFKit: A4 pages (landscape for the action plan), the bundled Noto
 * fonts embedded (subset), tables whose header row is repeated on every page they run onto, the Gantt
 * chart as a picture, bookmarks for the chapters, and "Page n of N" on every page. Dated with the
 * edition's date and otherwise deterministic, so a version exports to the same bytes every time.
 */

type Orientation = 'portrait' | 'landscape';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN: Record<Orientation, number> = { portrait: 56, landscape: 36 };
const HEADER_BAND = 22;
const FOOTER_BAND = 26;
const CELL_PADDING = 4;
const BODY: TextStyle = { size: 10 };
const CELL: TextStyle = { size: 8 };
const HEADING_STYLES: Record<HeadingLevel, TextStyle> = {
  1: { size: 16, bold: true },
  2: { size: 13, bold: true },
  3: { size: 11, bold: true },
  4: { size: 10.5, bold: true },
  5: { size: 10, bold: true },
};
/** A list's or quote's indent; a list marker ends this far before its item's text. */
const INDENT = 18;
const MARKER_GAP = 5;
const BULLETS = ['•', '–'];
const HEADER_FILL = '#e7ecf2';
const RULE = '#a0a7b0';
const TEXT = '#1f2328';
const MUTED = '#59636e';

export async function renderPdf(model: ReportModel): Promise<Uint8Array> {
  const tr = exportWords(model.language);
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    info: {
      Title: model.cover.title,
      Subject: model.cover.subtitle,
      Creator: 'Results Workshop Workspace',
      Producer: 'Results Workshop Workspace (PDFKit)',
      CreationDate: model.date,
      ModDate: model.date,
    },
    displayTitle: true,
    lang: LANGUAGES[model.language].intl.split('-u-')[0]!,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const measure = registerFonts(doc);

  let orientation: Orientation = 'portrait';
  let y = 0;
  const pageWidth = () => (orientation === 'portrait' ? A4.width : A4.height);
  const pageHeight = () => (orientation === 'portrait' ? A4.height : A4.width);
  const left = () => MARGIN[orientation];
  const contentWidth = () => pageWidth() - 2 * MARGIN[orientation];
  const top = () => MARGIN[orientation] + HEADER_BAND;
  const bottom = () => pageHeight() - MARGIN[orientation] - FOOTER_BAND;

  /** Where a block of the report's prose sits: indented by the lists and quotes around it. */
  interface Frame {
    indent: number;
    /** Offsets of the quote rules to draw beside the text. */
    rules: number[];
    /** A list item's number or bullet, drawn before its first line. */
    marker?: string;
  }
  const PAGE: Frame = { indent: 0, rules: [] };

  function newPage(next: Orientation = orientation): void {
    orientation = next;
    doc.addPage({ size: 'A4', layout: orientation, margin: 0 });
    y = top();
  }

  function draw(
    block: TextBlock,
    x: number,
    lineTop: number,
    from = 0,
    to = block.lines.length,
    colour = TEXT,
  ): void {
    block.lines.slice(from, to).forEach((line, index) => {
      const baseline = lineTop + index * block.lineHeight + block.size * BASELINE_EM;
      for (const run of line) {
        doc
          .font(run.font)
          .fontSize(block.size)
          .fillColor(colour)
          .text(run.text, x + run.x, baseline, {
            lineBreak: false,
            baseline: 'alphabetic',
            features: WHOLE_RUN,
            oblique: run.italic,
          });
      }
    });
  }

  function drawRules(frame: Frame, from: number, to: number): void {
    for (const offset of frame.rules)
      doc
        .moveTo(left() + offset, from)
        .lineTo(left() + offset, to)
        .lineWidth(1.5)
        .strokeColor(RULE)
        .stroke();
  }

  /** A list marker beside the first line: before it, or after it in right-to-left text. */
  function drawMarker(marker: string, style: TextStyle, edge: number, lineTop: number, rtl: boolean): void {
    const block = layoutText(marker, INDENT * 2, style, measure);
    const width = Math.max(
      0,
      ...(block.lines[0] ?? []).map((run) => run.x + measure.width(run.text, run.font, style.size)),
    );
    draw(block, rtl ? edge + MARKER_GAP : edge - MARKER_GAP - width, lineTop, 0, 1);
  }

  /**
   * Flows a block down the page, continuing on new pages; `keep` space must follow it on the page.
   * Right-to-left text takes its frame's indent on the right.
   */
  function flow(
    text: string | readonly TextSpan[],
    style: TextStyle,
    gapAfter: number,
    keep = 0,
    frame: Frame = PAGE,
  ): void {
    const width = contentWidth() - frame.indent;
    const block = layoutText(text, width, style, measure);
    const rtl = isRightToLeft(typeof text === 'string' ? text : spansText(text));
    const x = () => left() + (rtl ? 0 : frame.indent);
    if (y + Math.min(block.height, block.lineHeight) + keep > bottom()) newPage();
    for (let line = 0; line < block.lines.length;) {
      const fit = Math.max(1, Math.floor((bottom() - y) / block.lineHeight));
      const to = Math.min(block.lines.length, line + fit);
      if (line === 0 && frame.marker) drawMarker(frame.marker, style, rtl ? x() + width : x(), y, rtl);
      draw(block, x(), y, line, to);
      drawRules(frame, y, y + (to - line) * block.lineHeight);
      y += (to - line) * block.lineHeight;
      line = to;
      if (line < block.lines.length) newPage();
    }
    drawRules(frame, y, Math.min(y + gapAfter, bottom()));
    y += gapAfter;
  }

  /** The report's prose: lists with their markers, quotes indented beside a rule. */
  function prose(block: ProseBlock, frame: Frame, listLevel = 0, gapAfter = 6): void {
    switch (block.kind) {
      // A heading inside a list or quote is bold text, as in the other formats.
      case 'heading':
        flow(
          block.spans.map((span) => ({ ...span, bold: true as const })),
          BODY,
          gapAfter,
          0,
          frame,
        );
        break;
      case 'paragraph':
        flow(block.spans, BODY, gapAfter, 0, frame);
        break;
      case 'quote': {
        const inner = { indent: frame.indent + INDENT, rules: [...frame.rules, frame.indent + 4] };
        block.blocks.forEach((child) => prose(child, inner, listLevel));
        break;
      }
      case 'table':
        table(proseTable(block));
        break;
      case 'list': {
        const inner = { indent: frame.indent + INDENT, rules: frame.rules };
        block.items.forEach((item, index) => {
          const marker = block.ordered ? `${block.start + index}.` : BULLETS[listLevel % BULLETS.length]!;
          const [first, ...rest] = item;
          const text = first?.kind === 'paragraph' || first?.kind === 'heading' ? first : undefined;
          // The marker goes on the item's first paragraph, or on a line of its own before other content.
          if (text) prose(text, { ...inner, marker }, listLevel, 3);
          else flow('', BODY, 3, 0, { ...inner, marker });
          for (const child of text ? rest : item) prose(child, inner, listLevel + 1, 3);
        });
        // A paragraph's gap after the whole list, not after each nested one.
        if (listLevel === 0) y += 3;
        break;
      }
    }
  }

  function table(spec: ReportTable): void {
    if (spec.rows.length === 0) {
      if (spec.empty) flow(spec.empty, { ...BODY, size: 9 }, 10);
      return;
    }
    const total = spec.columns.reduce((sum, c) => sum + c.weight, 0);
    const widths = spec.columns.map((c) => (c.weight / total) * contentWidth());
    const lay = (cells: string[], style: TextStyle) =>
      cells.map((text, index) => layoutText(text, widths[index]! - 2 * CELL_PADDING, style, measure));
    const header = lay(
      spec.columns.map((c) => c.title),
      { ...CELL, bold: true },
    );
    const rowHeight = (cells: TextBlock[]) => Math.max(...cells.map((c) => c.height)) + 2 * CELL_PADDING;

    const drawRow = (cells: TextBlock[], from: number[], to: number[], fill?: string) => {
      const height =
        Math.max(...cells.map((cell, i) => (to[i]! - from[i]!) * cell.lineHeight)) + 2 * CELL_PADDING;
      let x = left();
      cells.forEach((cell, i) => {
        if (fill) doc.rect(x, y, widths[i]!, height).fill(fill);
        doc.rect(x, y, widths[i]!, height).lineWidth(0.5).strokeColor(RULE).stroke();
        draw(cell, x + CELL_PADDING, y + CELL_PADDING, from[i], to[i]);
        x += widths[i]!;
      });
      y += height;
    };
    const drawHeader = () =>
      drawRow(
        header,
        header.map(() => 0),
        header.map((cell) => cell.lines.length),
        HEADER_FILL,
      );

    if (y + rowHeight(header) + 3 * CELL.size * 1.45 > bottom()) newPage();
    drawHeader();
    for (const cells of spec.rows.map((row) => lay(row, CELL))) {
      // A row that fits on a fresh page never splits; a taller one continues, header repeated.
      if (y + rowHeight(cells) > bottom() && rowHeight(cells) <= bottom() - top() - rowHeight(header)) {
        newPage();
        drawHeader();
      }
      const done = cells.map(() => 0);
      for (;;) {
        const room = bottom() - y - 2 * CELL_PADDING;
        const to = cells.map((cell, i) =>
          Math.min(cell.lines.length, done[i]! + Math.max(0, Math.floor(room / cell.lineHeight))),
        );
        drawRow(cells, done, to);
        to.forEach((line, i) => (done[i] = line));
        if (done.every((line, i) => line >= cells[i]!.lines.length)) break;
        newPage();
        drawHeader();
      }
    }
    y += 12;
  }

  const chart = ganttChart(model.actionPlan, { today: model.today, words: ganttWords(tr) });
  /** The chart's size on the page: the text width, or less when that would be taller than a page. */
  function ganttSize(): { width: number; height: number } {
    const width = contentWidth();
    const height = (chart.height / chart.width) * width;
    const room = bottom() - top() - 40;
    return height <= room ? { width, height } : { width: (chart.width / chart.height) * room, height: room };
  }

  function gantt(): void {
    const png = Buffer.from(ganttPng(chart.svg, chart.width));
    const { width, height } = ganttSize();
    if (y + height > bottom()) newPage();
    doc.image(png, left(), y, { width, height });
    y += height + 12;
  }

  // Title page.
  newPage('portrait');
  y = top() + 120;
  flow(model.cover.title, { size: 24, bold: true }, 6);
  flow(model.cover.subtitle, { size: 14 }, 24);
  for (const [name, value] of model.cover.facts) {
    flow(name, { size: 9, bold: true }, 0);
    flow(value, { size: 10 }, 8);
  }
  y += 12;
  doc.outline.addItem(tr.t('export.endorsements.heading'));
  flow(tr.t('export.endorsements.heading'), HEADING_STYLES[2], 6, 40);
  table(model.cover.endorsements);
  newPage('portrait');

  model.blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading': {
        if (block.level === 1) doc.outline.addItem(block.text);
        y += block.level === 1 ? 6 : 2;
        // Room for what follows (a sub-heading and a table's first rows, or the chart), so no
        // heading ends a page.
        const next = model.blocks[index + 1];
        const keep = next?.kind === 'gantt' ? ganttSize().height : block.level === 3 ? 70 : 110;
        flow(block.text, HEADING_STYLES[block.level], 6, keep);
        break;
      }
      case 'paragraph':
        flow(block.text, BODY, 6);
        break;
      case 'prose':
        prose(block.block, PAGE);
        break;
      case 'table':
        table(block);
        break;
      case 'gantt':
        gantt();
        break;
      case 'page':
        newPage(block.orientation);
        break;
    }
  });

  // Running head and page numbers, now that the number of pages is known.
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const landscape = doc.page.width > doc.page.height;
    orientation = landscape ? 'landscape' : 'portrait';
    const small = { size: 8 };
    if (index > start) {
      const head = layoutText(model.cover.runningHead, contentWidth(), small, measure);
      draw(head, left(), MARGIN[orientation] - 4, 0, 1, MUTED);
    }
    const number = layoutText(
      tr.t('export.page', { page: index - start + 1, pages: count }),
      contentWidth(),
      small,
      measure,
      'center',
    );
    draw(number, left(), pageHeight() - MARGIN[orientation] - 12, 0, 1, MUTED);
  }
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
