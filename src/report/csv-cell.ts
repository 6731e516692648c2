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

/** One cell as CSV text: strings neutralised and quoted when needed, numbers as they are, null empty. */
export function toCsvCell(value: CsvValue, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseCell(value);
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') ||
    text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record without its line ending (RFC 4180 quoting). */
export function toCsvLine(cells: readonly CsvValue[], delimiter = ','): string {
  return cells.map((cell) => toCsvCell(cell, delimiter)).join(delimiter);
}
