import { stringify } from 'csv-stringify/sync';
import type { Translator } from '../../shared/i18n/translator.js';
import type { WorkshopContent } from '../../shared/workshop-document/index.js';
import { ENGLISH } from './export-words.js';
import { actionPlanTable } from './report-model.js';
import { neutraliseFormula } from './spreadsheet-cells.js';

/**
 * The action plan as CSV for spreadsheets: UTF-8 with a byte-order mark (without one Excel reads it
 * as the machine's legacy code page and mangles Thai and Arabic), CRLF rows, every field quoted, and
 * formula-looking cells neutralised.
 */
export function renderActionPlanCsv(content: WorkshopContent, tr: Translator = ENGLISH): string {
  const { columns, rows } = actionPlanTable(content, tr);
  return stringify([columns.map((c) => c.title), ...rows.map((row) => row.map(neutraliseFormula))], {
    bom: true,
    quoted: true,
    record_delimiter: 'windows',
  });
}
