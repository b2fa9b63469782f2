import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_COLUMNS, type SourceFormat } from '../../shared/import.js';
import { decodeText } from './decode.js';

/** A sheet as read: the header row, then the data rows with their sheet row numbers, every cell text. */
export interface Table {
  headers: string[];
  rows: Array<{ index: number; cells: string[] }>;
}

export class UnreadableFile extends Error {
  override name = 'UnreadableFile';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/**
 * The delimiter of the first record: the most frequent of tab, comma and semicolon outside quotes
 * (Excel writes `;` where the decimal separator is a comma); ties go to the format's own.
 */
function guessDelimiter(text: string, format: 'csv' | 'tsv'): string {
  const counts = new Map<string, number>([
    ['\t', 0],
    [',', 0],
    [';', 0],
  ]);
  let quoted = false;
  for (const char of text.slice(0, 64 * 1024)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const preferred = format === 'tsv' ? '\t' : ',';
  let best = preferred;
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/**
 * A cell our own CSV export neutralised (`'=SUM(A1)`, so spreadsheets do not run it) reads back as
 * typed. Nothing is ever evaluated: `=SUM(A1)` stays that text.
 */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function tableOf(records: string[][]): Table {
  const [headers = [], ...rest] = records;
  // Blank lines are kept (and dropped later), so a record's number is the row a spreadsheet shows it in.
  return {
    headers: headers.map((header) => header.trim()),
    rows: rest.map((cells, i) => ({ index: i + 2, cells })),
  };
}

function parseDelimited(bytes: Uint8Array, format: 'csv' | 'tsv'): Table {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC))
    throw new UnreadableFile('this is a spreadsheet file, not CSV: send it as .xlsx');
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: guessDelimiter(text, format),
      relax_column_count: true,
      relax_quotes: true,
      info: false,
    }) as string[][];
  } catch (error) {
    throw new UnreadableFile(
      `the file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return tableOf(records.map((record) => record.map(unneutralise)));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as the text people type: `YYYY-MM-DD`, or `HH:MM` for a time (Excel's day zero is 1899-12-30). */
function dateText(date: Date): string {
  if (date.getUTCFullYear() < 1900) return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * An XLSX cell as text. A formula cell gives its cached result — what the sheet showed when it was
 * last saved — or, when the file holds none, the formula itself as text (`=B2*12`); no formula is
 * ever computed here.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value as ExcelJS.CellFormulaValue;
    if (result !== undefined && result !== null && !(typeof result === 'object' && 'error' in result))
      return cellText(result as ExcelJS.CellValue);
    const formula =
      'formula' in value ? value.formula : (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
    return formula ? `=${formula}` : '';
  }
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** The sheet to read: the one named like the section (a workshop.xlsx has one per section), else the first. */
function pickSheet(workbook: ExcelJS.Workbook, sheetTitle: string): ExcelJS.Worksheet | undefined {
  const wanted = sheetTitle.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === wanted) ?? workbook.worksheets[0];
}

async function parseXlsx(bytes: Uint8Array, sheetTitle: string): Promise<Table> {
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnreadableFile('this is not an .xlsx file');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFile(
      `the .xlsx file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const sheet = pickSheet(workbook, sheetTitle);
  if (!sheet) return { headers: [], rows: [] };
  // One past the limit is enough for the import to refuse the file; never build wider rows than that.
  const width = Math.min(sheet.columnCount, MAX_IMPORT_COLUMNS + 1);
  const records: Array<{ index: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
    records.push({ index: number, cells });
  });
  const [header, ...rest] = records;
  if (!header) return { headers: [], rows: [] };
  return { headers: header.cells.map((cell) => cell.trim()), rows: rest };
}

/** Reads a CSV, tab-separated or XLSX body; a file that is none of them throws UnreadableFile. */
export function parseTable(bytes: Uint8Array, format: SourceFormat, sheetTitle: string): Promise<Table> {
  return format === 'xlsx' ? parseXlsx(bytes, sheetTitle) : Promise.resolve(parseDelimited(bytes, format));
}
