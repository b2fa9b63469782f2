import ExcelJS from 'exceljs';
import type { WorkshopContent } from '../../shared/workshop-document/index.js';
import { actionPlanTable } from './report-model.js';

/**
 * The action plan as an Excel workbook: one sheet, a bold frozen header row with filters, wrapped
 * text. Every cell is written as a string cell, never a formula, so `=…` typed in a cell stays text
 * exactly as typed (unlike CSV, no apostrophe is needed). Workbook dates are the edition's date.
 */
export async function renderActionPlanXlsx(
  content: WorkshopContent,
  meta: { title: string; date: Date },
): Promise<Uint8Array> {
  const { columns, rows } = actionPlanTable(content);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Results Workshop Workspace';
  workbook.title = `${meta.title}: action plan`;
  workbook.created = meta.date;
  workbook.modified = meta.date;

  const sheet = workbook.addWorksheet('Action plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.title, width: Math.round(c.weight * 12) }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
