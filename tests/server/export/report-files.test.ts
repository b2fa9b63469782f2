import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../server/export/docx.js';
import type { ExportSource } from '../../../server/export/export-source.js';
import { renderPdf } from '../../../server/export/pdf.js';
import { buildReportModel } from '../../../server/export/report-model.js';
import { SCRIPTS, fixtureSource } from './fixture.js';

/** Rendered pages land here, so a broken layout can be looked at after a run. */
const ARTIFACTS = fileURLToPath(new URL('../../../dist/test-artifacts/export/', import.meta.url));
const REFERENCE = fileURLToPath(new URL('./reference/action-plan-page.pgm', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

/** The fixture with a long action plan, so its table runs over several pages. */
function longPlanSource(): ExportSource {
  const source = fixtureSource();
  const rows = Array.from({ length: 45 }, (_, i) => ({
    ...source.content.actionPlan[i % source.content.actionPlan.length]!,
    id: `a-extra-${i}`,
    activity: `Extra activity ${i + 1}: ${SCRIPTS.vietnamese}`,
  }));
  return { ...source, content: { ...source.content, actionPlan: [...source.content.actionPlan, ...rows] } };
}

const textOf = (xml: string) =>
  Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join('');

describe('DOCX report', async () => {
  const bytes = await renderDocx(buildReportModel(fixtureSource()));
  writeFileSync(path.join(ARTIFACTS, 'report.docx'), bytes);
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = Array.from(documentXml.matchAll(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/g), (m) => m[0]);

  it('uses real heading styles for the title and chapters', async () => {
    const styled = (style: string) =>
      paragraphs.filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`)).map(textOf);
    expect(styled('Title')).toEqual(['Results workshop — Thailand']);
    expect(styled('Heading1')).toEqual([
      'Agenda',
      'Report',
      'Findings',
      'Recommendations',
      'Targets',
      'Action plan',
      'Annex: traceability',
      'Annex: participants present',
    ]);
    // The report's own h1 and h2 sit one level below its chapter.
    expect(styled('Heading2')).toEqual([
      'Endorsements',
      'Results workshop report',
      'Group notes',
      'Legal framework',
      'Costs and access',
      'Gantt chart',
      'Gaps',
    ]);
    expect(styled('Heading3').slice(0, 2)).toEqual(['1. Background and objectives', '2. Methodology']);
    expect(styled('Heading3')).toContain('Thai and Arabic notes');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:styleId="Heading1"');
  });

  it('has real tables whose header row repeats on every page, with the content in their cells', () => {
    const tables = Array.from(documentXml.matchAll(/<w:tbl>.*?<\/w:tbl>/g), (m) => m[0]);
    const plan = tables.find((t) => t.includes('Means of verification'))!;
    const rows = Array.from(plan.matchAll(/<w:tr>.*?<\/w:tr>/g), (m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const cells = (row: string) => Array.from(row.matchAll(/<w:tc>.*?<\/w:tc>/g), (m) => textOf(m[0]));
    expect(cells(rows[0]!).slice(0, 4)).toEqual(['#', 'Objective', 'Activity', 'Lead agency']);
    expect(cells(rows[1]!).slice(0, 7)).toEqual([
      'A1',
      'Amend the civil registration law',
      'Draft the amendment on witness testimony',
      'Ministry of Interior',
      'UNHCR',
      '2025-01-15',
      '2025-06-30',
    ]);
    expect(cells(rows[2]!)[2]).toBe(`Waive fees — ${SCRIPTS.thai}`);
    const recommendations = tables.find((t) => t.includes('Answers findings'))!;
    expect(textOf(recommendations)).toContain('F1, F3');
    expect(textOf(recommendations)).toContain('#1 · 14 dots');
  });

  it("keeps the report's lists as Word numbering, its marks, and its table as a table", async () => {
    const listed = paragraphs
      .filter((p) => p.includes('<w:numPr>'))
      .map((p) => ({
        text: textOf(p),
        level: p.match(/<w:ilvl w:val="(\d+)"\/>/)![1],
        list: p.match(/<w:numId w:val="(\d+)"\/>/)![1],
      }));
    expect(listed.map(({ text, level }) => [level, text])).toEqual([
      ['0', `Thai group: ${SCRIPTS.thai}`],
      ['1', 'First step'],
      ['1', 'Second step # [x]'],
      ['0', SCRIPTS.arabic],
      ['0', 'Third point'],
      ['0', 'Fourth point'],
    ]);
    // Three lists, so each is numbered on its own; the last starts at 3 as typed.
    const [outer, nested, , , last] = listed.map((item) => item.list);
    expect(new Set([outer, nested, last]).size).toBe(3);
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const num = numbering.match(new RegExp(`<w:num w:numId="${last}">.*?</w:num>`))![0];
    expect(num).toContain('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>');
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1\."\/>/);

    const marked = paragraphs.find((p) => textOf(p).startsWith('Agreed in plenary'))!;
    const run = (text: string) => marked.match(new RegExp(`<w:r>(?:(?!</w:r>).)*>${text}</w:t></w:r>`))![0];
    expect(run('witness testimony suffices')).toContain('<w:b/>');
    expect(run('fees')).toContain('<w:i/>');
    expect(run('Form B-1 &lt;b&gt;')).toContain('w:ascii="Courier New"');
    expect(marked).toContain('<w:br/>');

    const tables = Array.from(documentXml.matchAll(/<w:tbl>.*?<\/w:tbl>/g), (m) => m[0]);
    const typed = tables.find((t) => t.includes('Births registered'))!;
    const rows = Array.from(typed.matchAll(/<w:tr>.*?<\/w:tr>/g), (m) =>
      Array.from(m[0].matchAll(/<w:tc>.*?<\/w:tc>/g), (c) => textOf(c[0])),
    );
    expect(rows).toEqual([
      ['Population', 'Births registered'],
      ['Refugee children', '42%'],
      [SCRIPTS.thai, SCRIPTS.arabic],
    ]);
  });

  it('keeps every script, marks Arabic right to left, and embeds the fonts', async () => {
    const text = textOf(documentXml);
    for (const sample of Object.values(SCRIPTS)) expect(text).toContain(sample);
    const rtlParagraph = paragraphs.find((p) => textOf(p).startsWith(SCRIPTS.arabic))!;
    expect(rtlParagraph).toContain('<w:bidi/>');
    expect(rtlParagraph).toContain('<w:rtl/>');
    expect(rtlParagraph).toContain('w:cs="Noto Naskh Arabic"');
    const fontTable = await zip.file('word/fontTable.xml')!.async('string');
    for (const family of ['Noto Sans', 'Noto Sans Thai', 'Noto Naskh Arabic'])
      expect(fontTable).toContain(`w:name="${family}"`);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/fonts/'))).toHaveLength(6);
    expect(Object.keys(zip.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
  });

  it('holds content as text only, and is dated with the version', async () => {
    expect(documentXml).not.toMatch(/<script|<img/);
    expect(documentXml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-13T16:30:00Z</dcterms:created>',
    );
    // docx numbers drawings with a process-wide counter: the only difference between two exports.
    const drawingIds = (xml: string) => xml.replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""');
    const again = await JSZip.loadAsync(await renderDocx(buildReportModel(fixtureSource())));
    expect(drawingIds(await again.file('word/document.xml')!.async('string'))).toBe(drawingIds(documentXml));
  });
});

function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...pages, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Grey pixels of a binary PGM (P5), as pdftoppm -gray writes it. */
function readPgm(file: string): { width: number; height: number; pixels: Uint8Array } {
  const bytes = readFileSync(file);
  const header = bytes
    .subarray(0, 64)
    .toString('latin1')
    .match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error(`${file} is not a binary PGM`);
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    pixels: new Uint8Array(bytes.subarray(header[0].length)),
  };
}

describe('PDF report', async () => {
  const file = path.join(ARTIFACTS, 'report.pdf');
  const bytes = await renderPdf(buildReportModel(longPlanSource()));
  writeFileSync(file, bytes);
  const pageCount = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
  const pages = Array.from({ length: pageCount }, (_, i) => pdfText(file, i + 1));

  it('reads back with a text extractor: title page, chapters, cells in every script', () => {
    expect(pages[0]).toContain('Results workshop — Thailand');
    expect(pages[0]).toContain('v3 · Final draft for endorsement');
    expect(pages[0]).toContain('Somchai P.');
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (const heading of ['Agenda', 'Findings', 'Recommendations', 'Targets', 'Action plan', 'Gantt chart'])
      expect(all).toContain(heading);
    expect(all).toContain('Draft the amendment on witness testimony');
    expect(all).toContain(SCRIPTS.vietnamese);
    // Thai without its stacked marks: extractors differ in the order they give a mark pair back.
    expect(all).toContain('การจดทะเบียนการเกิดของเด็ก');
    // Payloads are printed as text (wrapped inside narrow cells, so compared without spaces).
    expect(all.replace(/ /g, '')).toContain('<script>alert("x")</script>');
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+2025-03-13T16:30:00/);
  });

  it("has the report's headings, list items, quote and table in order", () => {
    const all = pages.join('\n');
    const report = all.slice(all.indexOf('Group notes'), all.indexOf('Findings', all.indexOf('Group notes')));
    const lines = report.split('\n').map((line) => line.trim());
    const order = [
      'Group notes',
      'Agreed in plenary: witness testimony suffices, fees under Form B-1 <b>',
      'Second line of the paragraph',
      'Thai and Arabic notes',
      '• Thai group: การจดทะเบียนการเกิดของเด็ก',
      '1. First step',
      '2. Second step # [x]',
      SCRIPTS.arabic,
      '3. Third point',
      '4. Fourth point',
      'Quoted dissent: <script>alert("x")</script>',
      'Population',
      'Births registered',
      'Refugee children',
      '42%',
      '- not a list item',
    ].map((text) => lines.findIndex((line) => line.includes(text)));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The report's headings precede its own text; the template's outline comes first.
    expect(all.indexOf('Results workshop report')).toBeLessThan(all.indexOf('1. Background and objectives'));
  });

  it('numbers every page and repeats the table header on each page the action plan runs onto', () => {
    pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pageCount}`));
    const planPages = pages.filter((text) => text.includes('Extra activity'));
    expect(planPages.length).toBeGreaterThan(1);
    for (const text of planPages) expect(text).toContain('Means of');
  });

  it('is the same file when exported again', async () => {
    const again = await renderPdf(buildReportModel(longPlanSource()));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('renders the action plan page with its Gantt chart close to the reference picture', async () => {
    const fixtureFile = path.join(ARTIFACTS, 'report-fixture.pdf');
    writeFileSync(fixtureFile, await renderPdf(buildReportModel(fixtureSource())));
    const planPage = pdfText(fixtureFile)
      .split('\f')
      .findIndex((text) => text.includes('Gantt chart'));
    const stem = path.join(ARTIFACTS, 'action-plan-page');
    execFileSync('pdftoppm', [
      '-f',
      String(planPage + 1),
      '-l',
      String(planPage + 1),
      '-r',
      '100',
      '-png',
      '-singlefile',
      fixtureFile,
      stem,
    ]);
    execFileSync('pdftoppm', [
      '-f',
      String(planPage + 1),
      '-l',
      String(planPage + 1),
      '-r',
      '30',
      '-gray',
      '-singlefile',
      fixtureFile,
      stem,
    ]);
    const rendered = readPgm(`${stem}.pgm`);
    if (process.env.UPDATE_REFERENCE) writeFileSync(REFERENCE, readFileSync(`${stem}.pgm`));
    const reference = readPgm(REFERENCE);
    expect([rendered.width, rendered.height]).toEqual([reference.width, reference.height]);
    let differing = 0;
    for (let i = 0; i < reference.pixels.length; i++)
      if (Math.abs(reference.pixels[i]! - rendered.pixels[i]!) > 48) differing++;
    // Loose: font hinting or a library update may move a few pixels, a broken layout moves thousands.
    expect(differing / reference.pixels.length).toBeLessThan(0.02);
    // The chart is really there: a good part of the page is coloured bars and shaded rows.
    const dark = rendered.pixels.filter((value) => value < 200).length;
    expect(dark / rendered.pixels.length).toBeGreaterThan(0.03);
  });
});
