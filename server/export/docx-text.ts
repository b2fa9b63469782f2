import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { FONT_FAMILIES } from './fonts.js';
import type { HeadingLevel as ReportHeadingLevel, ReportTable } from './report-model.js';
import { isRightToLeft, scriptRuns } from './script-runs.js';

/** The Word report's text and tables, as `docx` elements: runs per script in the bundled fonts. */

const HEADING = {
  0: HeadingLevel.TITLE,
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
  5: HeadingLevel.HEADING_5,
} as const;

const HEADER_FILL = 'E7ECF2';
export const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A0A7B0' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  /** Latin text in a monospace font every office suite has (or substitutes); other scripts keep theirs. */
  code?: boolean;
}

/** One run per script, each in its font: Word picks the complex-script font (`cs`) for Thai and Arabic. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return scriptRuns(text).map(({ script, text: part }) => {
    const family = FONT_FAMILIES[script];
    const latin = style.code ? 'Courier New' : family;
    return new TextRun({
      text: part,
      font: { ascii: latin, hAnsi: latin, cs: family, eastAsia: family },
      bold: style.bold,
      boldComplexScript: style.bold,
      italics: style.italics,
      italicsComplexScript: style.italics,
      size: style.size,
      sizeComplexScript: style.size,
      rightToLeft: script === 'arabic',
    });
  });
}

export function paragraph(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; heading?: 0 | ReportHeadingLevel } = {},
): Paragraph {
  return new Paragraph({
    children: runs(text, options),
    heading: options.heading === undefined ? undefined : HEADING[options.heading],
    bidirectional: isRightToLeft(text),
    alignment: isRightToLeft(text) ? AlignmentType.RIGHT : undefined,
  });
}

/** Line breaks in a cell become paragraphs: Word has no other way to keep them. */
const cellParagraphs = (text: string, bold = false) =>
  (text === '' ? [''] : text.split('\n')).map((line) => paragraph(line, { bold, size: 18 }));

export function table(block: ReportTable): Array<Paragraph | Table> {
  if (block.rows.length === 0) return block.empty ? [paragraph(block.empty, { italics: true })] : [];
  const titles = block.columns.map((c) => c.title);
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = block.columns.map((c) => Math.round((c.weight / total) * 5000));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, index) =>
          new TableCell({
            children: cellParagraphs(text, header),
            width: { size: widths[index] ?? 0, type: WidthType.PERCENTAGE },
            borders: BORDERS,
            shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
          }),
      ),
    });
  return [
    new Table({
      width: { size: 5000, type: WidthType.PERCENTAGE },
      rows: [
        ...(block.header === false ? [] : [row(titles, true)]),
        ...block.rows.map((cells) => row(cells, false)),
      ],
    }),
    new Paragraph({}),
  ];
}
