/**
 * A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return that it trims first)
 * as a formula. Prefixing an apostrophe makes it plain text in Excel, LibreOffice and Google Sheets,
 * so a cell typed as `=HYPERLINK(…)` or `@SUM(…)` shows as typed and runs nothing.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
