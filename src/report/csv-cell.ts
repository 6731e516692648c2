// CSV cells that are safe to open in a spreadsheet (SPEC §10). Shared by the csv report and
// `proper export`.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes `'` to text a spreadsheet would run as a formula (a cell starting with `=`, `+`, `-`,
 * `@`, tab or CR), so "=HYPERLINK(...)" arrives as text.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// A spreadsheet may split a cell on any of these (Excel set to Indonesian splits on `;`, an English
// one on `,`, a paste on tab and line breaks); a formula-like text right after one is a piece that
// would run as a formula once split off.
const SEPARATORS = /[,;\t\r\n"]/;
const PIECE_FORMULA = /([,;\t\r\n])([=+\-@])/g;

/**
 * A text cell made safe for any spreadsheet that opens the CSV (SPEC §6 "CSV out"): `'` before the
 * text when it starts like a formula, and before each piece that a spreadsheet splitting on `,`
 * `;` tab or a line break would cut off and that starts like one (`Budi;=1+1` → `Budi;'=1+1`).
 * The import reverses both (src/import/row-shape.ts), so proper's own CSV comes back unchanged.
 */
export function neutraliseCsvText(value: string): string {
  const text = neutraliseCell(value);
  return SEPARATORS.test(text) ? text.replace(PIECE_FORMULA, "$1'$2") : text;
}

/**
 * One cell as CSV text: strings neutralised, and quoted whenever they hold `,` `;` tab, a quote,
 * a line break or spaces at either end — whatever the delimiter, so a spreadsheet using another
 * one still sees one cell. Numbers as they are, null empty.
 */
export function toCsvCell(value: CsvValue, _delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseCsvText(value);
  const needsQuotes = SEPARATORS.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record without its line ending (RFC 4180 quoting). */
export function toCsvLine(cells: readonly CsvValue[], delimiter = ','): string {
  return cells.map((cell) => toCsvCell(cell, delimiter)).join(delimiter);
}
