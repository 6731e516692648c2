// `proper export TABLE --format xlsx`: the table as a workbook for officers who open it in Excel,
// where a CSV loses NIPs to numbers (1.98503E+17) and phones their leading 0. Every cell holds the
// value as stored: text as text (NIP, phone and codes in columns formatted as Text, so an edit in
// Excel stays text), numbers as numbers. Streamed row by row (exceljs's WorkbookWriter), so memory
// does not grow with the table. exceljs is loaded only here.
import type { Writable } from 'node:stream';

/** Columns whose text looks like a number but must stay text. */
const TEXT_COLUMNS = new Set(['nip', 'phone', 'code', 'cohort', 'identifier']);

export interface XlsxExportProgress {
  rows: number;
}

/** Writes the header and rows as one sheet named after the table; resolves once `target` has finished. */
export async function writeExportXlsx(
  target: Writable,
  sheetName: string,
  fields: readonly string[],
  rows: Iterable<readonly unknown[]>,
  progress: XlsxExportProgress,
): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: target, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = fields.map((field) => ({
    header: field,
    key: field,
    width: Math.max(10, Math.min(40, field.length + 4)),
    ...(TEXT_COLUMNS.has(field) ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map(cellValue)).commit();
    progress.rows += 1;
  }
  sheet.commit();
  await workbook.commit();
}

function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  return String(value);
}
