import ExcelJS from 'exceljs';
import { sectionTitle } from '../../shared/i18n/document-words.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { COLLECTION_NAMES, type WorkshopContent } from '../../shared/workshop-document/index.js';
import { ENGLISH } from './export-words.js';
import { actionPlanTable } from './report-model.js';
import type { ReportTable } from './report-model.js';
import { sheetTable } from './section-tables.js';
import { traceabilitySheets } from './traceability-annex.js';

export interface Sheet {
  name: string;
  table: ReportTable;
}

interface WorkbookMeta {
  title: string;
  date: Date;
  /** Sheets laid out right to left (Arabic, Urdu, Dari readers). */
  rightToLeft?: boolean;
}

/**
 * A name Excel accepts (at most 31 characters, none of []:*?/\ in it) that no other sheet of the
 * workbook has, letter case aside: two long section titles may be cut to the same name.
 */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Tables as an Excel workbook: a sheet each, a bold frozen header row with filters, wrapped text.
 * Every cell is written as a string cell, never a formula, so `=…` typed in a cell stays text
 * exactly as typed (unlike CSV, no apostrophe is needed). Workbook dates are the edition's date.
 */
export async function renderXlsx(sheets: readonly Sheet[], meta: WorkbookMeta): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Results Workshop Workspace';
  workbook.title = meta.title;
  workbook.created = meta.date;
  workbook.modified = meta.date;
  const taken = new Set<string>();
  for (const { name, table } of sheets) {
    const { columns, rows } = table;
    const sheet = workbook.addWorksheet(sheetName(name, taken), {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft: meta.rightToLeft ?? false }],
    });
    sheet.columns = columns.map((c) => ({ header: c.title, width: Math.round(c.weight * 12) }));
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.eachRow((row) => {
      row.alignment = { vertical: 'top', wrapText: true };
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The action plan alone, one sheet, as Tool N lays it out. */
export function renderActionPlanXlsx(
  content: WorkshopContent,
  meta: WorkbookMeta,
  tr: Translator = ENGLISH,
): Promise<Uint8Array> {
  return renderXlsx(
    [{ name: sectionTitle(tr.document, 'actionPlan'), table: actionPlanTable(content, tr) }],
    {
      ...meta,
      title: tr.t('export.actionPlan.workbookTitle', { title: meta.title }),
      rightToLeft: tr.dir === 'rtl',
    },
  );
}

/** Every section of the registry, a sheet each, with every column of its table; then the traceability annex. */
export function renderWorkshopXlsx(
  content: WorkshopContent,
  meta: WorkbookMeta,
  tr: Translator = ENGLISH,
): Promise<Uint8Array> {
  const sections = COLLECTION_NAMES.map((name) => ({
    name: sectionTitle(tr.document, name),
    table: sheetTable(content, name, tr),
  }));
  return renderXlsx([...sections, ...traceabilitySheets(content, tr)], {
    ...meta,
    rightToLeft: tr.dir === 'rtl',
  });
}
