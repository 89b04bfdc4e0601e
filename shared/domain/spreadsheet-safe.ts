/**
 * Formula injection (CSV injection, OWASP): a CSV cell whose text starts with = + - @ (or a tab / carriage
 * return, which some programs strip first) is run as a formula when the file is opened in Excel or
 * LibreOffice. Names come from imported rosters, so every text cell of a CSV goes through here: a leading
 * apostrophe makes the spreadsheet show the text as typed. Not for .xlsx: a string cell there is a string
 * and is never run, so an apostrophe would only print ("'-Trần Văn Bình") — docs/exports.md, Spreadsheets.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Numbers stay numbers (a vote count must stay summable); only text is neutralised. For CSV cells. */
export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? value : neutraliseFormula(value);
}
