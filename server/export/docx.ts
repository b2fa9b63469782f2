import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import { ganttChart } from '../../shared/gantt-chart.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { ganttWords } from '../../shared/gantt-words.js';
import { FONT_FAMILIES, fontPath, type FontScript } from './fonts.js';
import { ganttPng } from './gantt-png.js';
import { prose } from './docx-prose.js';
import { paragraph, runs, table } from './docx-text.js';
import type { ReportBlock, ReportModel } from './report-model.js';
import { exportWords } from './export-words.js';

/**
 * The report as a Word document built with the `docx` library: real heading styles (so Word's
 * navigation pane and table of contents work), real tables whose header row repeats on every page,
 * page numbers in the footer, the Gantt chart as a picture, and the bundled Noto fonts embedded so
 * Thai, Vietnamese and Arabic/Urdu text shows the same on a machine that lacks them.
 */

function gantt(model: ReportModel, widthPx: number, tr: Translator): Paragraph {
  const chart = ganttChart(model.actionPlan, { today: model.today, words: ganttWords(tr) });
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: Buffer.from(ganttPng(chart.svg, chart.width)),
        transformation: { width: widthPx, height: Math.round((chart.height / chart.width) * widthPx) },
        altText: {
          name: tr.t('export.gantt.heading'),
          title: tr.t('export.gantt.title'),
          description: tr.t('export.gantt.description'),
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

/** "Page {{page}} of {{pages}}" with Word's page fields where the placeholders are. */
function pageOfChildren(message: string): Array<string | (typeof PageNumber)[keyof typeof PageNumber]> {
  return message
    .split(/(\{\{\s*(?:page|pages)\s*\}\})/)
    .filter(Boolean)
    .map((part) =>
      /\{\{\s*page\s*\}\}/.test(part)
        ? PageNumber.CURRENT
        : /\{\{\s*pages\s*\}\}/.test(part)
          ? PageNumber.TOTAL_PAGES
          : part,
    );
}

const fontFile = (script: FontScript, weight: 'regular' | 'bold') => readFileSync(fontPath(script, weight));

export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  const { cover } = model;
  const tr = exportWords(model.language);
  const header = new Header({
    children: [paragraph(cover.runningHead, { size: 16 })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: pageOfChildren(tr.t('export.page')), size: 16 })],
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
    paragraph(tr.t('export.endorsements.heading'), { heading: 2 }),
    ...table(cover.endorsements),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const lists = { count: 0 };
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
        case 'prose':
          children.push(...prose(block.block, { depth: 0, quoted: false, lists }));
          break;
        case 'table':
          children.push(...table(block));
          break;
        case 'gantt':
          children.push(gantt(model, textWidthPx, tr));
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
