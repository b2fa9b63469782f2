import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderActionPlanCsv } from '../../../server/export/action-plan-csv.js';
import { renderActionPlanXlsx } from '../../../server/export/xlsx.js';
import { PAYLOADS, SCRIPTS, fixtureSource } from './fixture.js';

const HEADER = [
  '#',
  'Objective',
  'Activity',
  'Lead agency',
  'Partners',
  'Start',
  'End',
  'Cost',
  'Funding source',
  'Indicator',
  'Means of verification',
  'Recommendations',
  'Targets',
  'Risks and assumptions',
];

describe('action plan CSV', () => {
  const csv = renderActionPlanCsv(fixtureSource().content);
  const records = parse(csv, { bom: true }) as string[][];

  it('is UTF-8 with a byte-order mark and CRLF rows, and parses back to the plan', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(records[0]).toEqual(HEADER);
    expect(records.slice(1).map((r) => r[0])).toEqual(['A1', 'A2', 'A3']);
    expect(records[1]!.slice(1, 7)).toEqual([
      'Amend the civil registration law',
      'Draft the amendment on witness testimony',
      'Ministry of Interior',
      'UNHCR',
      '2025-01-15',
      '2025-06-30',
    ]);
    expect(records[1]![11]).toBe('R1');
    expect(records[1]![12]).toBe('T1');
    expect(records[2]![2]).toBe(`Waive fees — ${SCRIPTS.thai}`);
    expect(records[3]![2]).toContain(SCRIPTS.arabic);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const cells = records.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(records[1]![7]).toBe(`'${PAYLOADS.minus}`);
    expect(records[1]![8]).toBe(`'${PAYLOADS.at}`);
    expect(records[1]![13]).toBe(`'${PAYLOADS.formula}`);
    expect(records[2]![7]).toBe(`'${PAYLOADS.plus}`);
    // Text that merely contains those characters is untouched.
    expect(records[3]![1]).toBe(PAYLOADS.image);
  });
});

describe('action plan XLSX', async () => {
  const bytes = await renderActionPlanXlsx(fixtureSource().content, {
    title: 'Results workshop',
    date: new Date('2025-03-13T16:30:00Z'),
  });

  it('reads back as the plan, every cell text as typed', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer (an ArrayBuffer), which Node's Buffer type no longer matches.
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet('Action plan')!;
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    expect(rows[0]!.slice(1)).toEqual(HEADER);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell('C3').value).toBe(`Waive fees — ${SCRIPTS.thai}`);
    expect(sheet.getCell('N2').value).toBe(PAYLOADS.formula);
    expect(sheet.getCell('H2').value).toBe(PAYLOADS.minus);
    expect(sheet.getCell('I2').value).toBe(PAYLOADS.at);
    expect(sheet.getCell('H3').value).toBe(PAYLOADS.plus);
    expect(workbook.created.toISOString()).toBe('2025-03-13T16:30:00.000Z');
  });

  it('holds no formula anywhere: payloads are string cells', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).not.toContain('<f ');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)');
  });
});
