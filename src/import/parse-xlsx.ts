// .xlsx → rows of cells read as the officer sees them: text as typed, dates as YYYY-MM-DD, numbers
// as Excel shows them (15 significant digits). An 18-digit NIP typed as a number has already lost
// its last digits inside Excel (1.97407082006061E+17); such cells are flagged so the validator can
// say so instead of reporting a puzzling NIP. exceljs is heavy, so it is loaded only here, lazily.
import { UsageError } from '../errors.js';

export interface XlsxRecord {
  /** The sheet's row number (1-based). */
  line: number;
  cells: string[];
  /** Indices of cells that held a number (only when there are any). */
  numberCells?: number[];
}

export interface XlsxSheet {
  sheet: string;
  sheets: string[];
  rows: Iterable<XlsxRecord>;
}

// Structural types for the parts of exceljs used here, so the module stays lazily loaded.
interface Cell {
  value: unknown;
  numFmt?: string;
}
interface Row {
  cellCount: number;
  getCell(col: number): Cell;
}
interface Worksheet {
  name: string;
  state?: string;
  rowCount: number;
  findRow(n: number): Row | undefined;
}

export async function readXlsx(file: string, sheetName?: string): Promise<XlsxSheet> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (err) {
    throw new UsageError('import.error.xlsxUnreadable', { file, reason: err instanceof Error ? err.message : String(err) });
  }
  const worksheets = workbook.worksheets as unknown as Worksheet[];
  const sheets = worksheets.map((w) => w.name);
  if (worksheets.length === 0) throw new UsageError('import.error.noSheets', { file });
  const ws = sheetName === undefined ? firstVisible(worksheets) : findSheet(worksheets, sheetName);
  if (!ws) throw new UsageError('import.error.sheetNotFound', { file, sheet: sheetName, sheets: sheets.join(', ') });
  return { sheet: ws.name, sheets, rows: readRows(ws) };
}

function firstVisible(worksheets: Worksheet[]): Worksheet | undefined {
  return worksheets.find((w) => w.state === undefined || w.state === 'visible') ?? worksheets[0];
}

function findSheet(worksheets: Worksheet[], name: string): Worksheet | undefined {
  const folded = name.trim().toLowerCase();
  return worksheets.find((w) => w.name === name) ?? worksheets.find((w) => w.name.trim().toLowerCase() === folded);
}

function* readRows(ws: Worksheet): Generator<XlsxRecord> {
  for (let n = 1; n <= ws.rowCount; n++) {
    const row = ws.findRow(n);
    if (!row) continue;
    const cells: string[] = [];
    let numberCells: number[] | undefined;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const shown = cellText(cell.value, cell.numFmt);
      cells.push(shown.text);
      if (shown.isNumber) (numberCells ??= []).push(c - 1);
    }
    yield numberCells ? { line: n, cells, numberCells } : { line: n, cells };
  }
}

interface Shown {
  text: string;
  isNumber: boolean;
}

/** A cell's value as Excel would display it. */
export function cellText(value: unknown, numFmt?: string): Shown {
  if (value === null || value === undefined) return { text: '', isNumber: false };
  if (typeof value === 'string') return { text: value, isNumber: false };
  if (typeof value === 'number') return { text: formatNumber(value, numFmt), isNumber: true };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', isNumber: false };
  if (value instanceof Date) return { text: formatDate(value), isNumber: false };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return { text: v.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join(''), isNumber: false };
    }
    if ('result' in v) return cellText(v.result, numFmt);
    if ('text' in v) return cellText(v.text, numFmt);
    if ('error' in v) return { text: String(v.error), isNumber: false };
  }
  return { text: '', isNumber: false };
}

function formatNumber(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return String(n);
  const percent = numFmt?.includes('%') === true;
  // Excel keeps and shows 15 significant digits, never more.
  return (
    (percent ? n * 100 : n).toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 }) +
    (percent ? '%' : '')
  );
}

function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  // exceljs builds dates from the serial number in UTC.
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${day}`;
}
