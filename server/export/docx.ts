import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { ganttChart } from '../../shared/gantt-chart.js';
import { FONT_FAMILIES, fontPath, type FontScript } from './fonts.js';
import { ganttPng } from './gantt-png.js';
import type { ReportBlock, ReportModel, ReportTable } from './report-model.js';
import { isRightToLeft, scriptRuns } from './script-runs.js';

/**
 * The report as a Word document built with the `docx` library: real heading styles (so Word's
 * navigation pane and table of contents work), real tables whose header row repeats on every page,
 * page numbers in the footer, the Gantt chart as a picture, and the bundled Noto fonts embedded so
 * Thai, Vietnamese and Arabic/Urdu text shows the same on a machine that lacks them.
 */

const HEADING = {
  0: HeadingLevel.TITLE,
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const HEADER_FILL = 'E7ECF2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A0A7B0' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** One run per script, each in its font: Word picks the complex-script font (`cs`) for Thai and Arabic. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return scriptRuns(text).map(({ script, text: part }) => {
    const family = FONT_FAMILIES[script];
    return new TextRun({
      text: part,
      font: { ascii: family, hAnsi: family, cs: family, eastAsia: family },
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

function paragraph(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; heading?: 0 | 1 | 2 | 3 } = {},
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

function table(block: ReportTable): Array<Paragraph | Table> {
  if (block.rows.length === 0) return block.empty ? [paragraph(block.empty, { italics: true })] : [];
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
        row(
          block.columns.map((c) => c.title),
          true,
        ),
        ...block.rows.map((cells) => row(cells, false)),
      ],
    }),
    new Paragraph({}),
  ];
}

function gantt(model: ReportModel, widthPx: number): Paragraph {
  const chart = ganttChart(model.actionPlan, { today: model.today });
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: Buffer.from(ganttPng(chart.svg, chart.width)),
        transformation: { width: widthPx, height: Math.round((chart.height / chart.width) * widthPx) },
        altText: {
          name: 'Gantt chart',
          title: 'Gantt chart of the action plan',
          description: 'Activities by objective, bars from start to end date, coloured by lead agency',
        },
      }),
    ],
  });
}

type Orientation = 'portrait' | 'landscape';
interface Section {
  orientation: Orientation;
  blocks: ReportBlock[];
}

/** The model's page markers start new sections, since Word sets orientation per section. */
function sections(blocks: ReportBlock[]): Section[] {
  const result: Section[] = [{ orientation: 'portrait', blocks: [] }];
  for (const block of blocks) {
    if (block.kind === 'page') result.push({ orientation: block.orientation, blocks: [] });
    else result.at(-1)!.blocks.push(block);
  }
  return result.filter((section, index) => index === 0 || section.blocks.length > 0);
}

function coreXml(model: ReportModel): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const date = model.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escape(model.cover.title)}</dc:title>` +
    `<dc:subject>${escape(model.cover.subtitle)}</dc:subject>` +
    '<dc:creator>Results Workshop Workspace</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const fontFile = (script: FontScript, weight: 'regular' | 'bold') => readFileSync(fontPath(script, weight));

export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  const { cover } = model;
  const header = new Header({
    children: [paragraph(cover.runningHead, { size: 16 })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
  const titlePage = [
    paragraph(cover.title, { heading: 0 }),
    paragraph(cover.subtitle, { size: 30 }),
    new Paragraph({}),
    ...cover.facts.map(
      ([name, value]) =>
        new Paragraph({
          children: [...runs(`${name}: `, { bold: true }), ...runs(value)],
          bidirectional: false,
        }),
    ),
    new Paragraph({}),
    paragraph('Endorsements', { heading: 2 }),
    ...table(cover.endorsements),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const sectionOptions: ISectionOptions[] = sections(model.blocks).map((section, index) => {
    const landscape = section.orientation === 'landscape';
    // A4 less the margins, in px at 96 dpi, for the Gantt picture.
    const textWidthPx = landscape ? 1011 : 642;
    const children: Array<Paragraph | Table> = index === 0 ? [...titlePage] : [];
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'heading':
          children.push(paragraph(block.text, { heading: block.level }));
          break;
        case 'paragraph':
          children.push(paragraph(block.text));
          break;
        case 'table':
          children.push(...table(block));
          break;
        case 'gantt':
          children.push(gantt(model, textWidthPx));
          break;
      }
    }
    const margin = landscape ? 720 : 1134;
    return {
      properties: {
        page: {
          size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: margin, bottom: margin, left: margin, right: margin },
        },
      },
      headers: { default: header },
      footers: { default: footer },
      children,
    };
  });

  const document = new Document({
    title: cover.title,
    subject: cover.subtitle,
    creator: 'Results Workshop Workspace',
    styles: {
      default: {
        document: {
          run: {
            font: FONT_FAMILIES.latin,
            size: 20,
          },
        },
      },
    },
    fonts: (['latin', 'thai', 'arabic'] as const).map((script) => ({
      name: FONT_FAMILIES[script],
      data: fontFile(script, 'regular'),
      bold: fontFile(script, 'bold'),
    })),
    sections: sectionOptions,
  });
  // docx stamps "now" into the core properties; the edition's date keeps re-exports identical.
  const bytes = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(model) }]);
  return new Uint8Array(bytes);
}
