import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { ganttChart } from '../../shared/gantt-chart.js';
import { fontPath, type FontScript } from './fonts.js';
import { ganttPng } from './gantt-png.js';
import { BASELINE_EM, layoutText, type TextBlock, type TextMeasure, type TextStyle } from './pdf-text.js';
import type { ReportModel, ReportTable } from './report-model.js';

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
const HEADING_STYLES: Record<1 | 2 | 3, TextStyle> = {
  1: { size: 16, bold: true },
  2: { size: 13, bold: true },
  3: { size: 11, bold: true },
};
const HEADER_FILL = '#e7ecf2';
const RULE = '#a0a7b0';
const TEXT = '#1f2328';
const MUTED = '#59636e';

const SCRIPTS: FontScript[] = ['latin', 'thai', 'arabic'];
const fontName = (script: FontScript, bold: boolean) => `${script}-${bold ? 'bold' : 'regular'}`;

/**
 * Parsed once per process: fontkit decodes a font's layout tables on first use (a third of a second
 * for Noto Sans), which PDFKit would otherwise repeat for every document.
 */
const parsedFonts = new Map<string, fontkit.Font>();
function parsedFont(script: FontScript, bold: boolean): fontkit.Font {
  const name = fontName(script, bold);
  let font = parsedFonts.get(name);
  if (!font) {
    const parsed = fontkit.create(readFileSync(fontPath(script, bold ? 'bold' : 'regular')));
    if (!('layout' in parsed)) throw new Error(`${name} is a font collection, not a font`);
    font = parsed;
    parsedFonts.set(name, font);
  }
  return font;
}

/**
 * Any `features` list makes PDFKit shape a run in one piece; without one it shapes word by word and
 * puts the words left to right, which reverses the word order of Arabic.
 */
const WHOLE_RUN: PDFKit.Mixins.OpenTypeFeatures[] = [];

/** Widths at 1 pt per font and text: layout dominates the time to lay tables out otherwise. */
const widthCache = new Map<string, Map<string, number>>();

export async function renderPdf(model: ReportModel): Promise<Uint8Array> {
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
    lang: 'en',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  for (const script of SCRIPTS) {
    for (const bold of [false, true]) doc.registerFont(fontName(script, bold), parsedFont(script, bold));
  }
  const measure: TextMeasure = {
    fontName,
    width(text, font, size) {
      const widths = widthCache.get(font) ?? new Map<string, number>();
      widthCache.set(font, widths);
      let width = widths.get(text);
      if (width === undefined) {
        width = doc.font(font).fontSize(1).widthOfString(text, { features: WHOLE_RUN });
        if (widths.size < 50_000) widths.set(text, width);
      }
      return width * size;
    },
  };

  let orientation: Orientation = 'portrait';
  let y = 0;
  const pageWidth = () => (orientation === 'portrait' ? A4.width : A4.height);
  const pageHeight = () => (orientation === 'portrait' ? A4.height : A4.width);
  const left = () => MARGIN[orientation];
  const contentWidth = () => pageWidth() - 2 * MARGIN[orientation];
  const top = () => MARGIN[orientation] + HEADER_BAND;
  const bottom = () => pageHeight() - MARGIN[orientation] - FOOTER_BAND;

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
          });
      }
    });
  }

  /** Flows a block down the page, continuing on new pages; `keep` space must follow it on the page. */
  function flow(text: string, style: TextStyle, gapAfter: number, keep = 0): void {
    const block = layoutText(text, contentWidth(), style, measure);
    if (y + Math.min(block.height, block.lineHeight) + keep > bottom()) newPage();
    for (let line = 0; line < block.lines.length;) {
      const fit = Math.max(1, Math.floor((bottom() - y) / block.lineHeight));
      const to = Math.min(block.lines.length, line + fit);
      draw(block, left(), y, line, to);
      y += (to - line) * block.lineHeight;
      line = to;
      if (line < block.lines.length) newPage();
    }
    y += gapAfter;
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

  const chart = ganttChart(model.actionPlan, { today: model.today });
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
  doc.outline.addItem('Endorsements');
  flow('Endorsements', HEADING_STYLES[2], 6, 40);
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
      `Page ${index - start + 1} of ${count}`,
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
