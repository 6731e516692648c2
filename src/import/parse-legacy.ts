// Legacy `.xls` (Excel 97–2003, BIFF) and `.ods` (LibreOffice) → the same rows as an .xlsx, through
// SheetJS Community Edition (the maintained republication @e965/xlsx; the `xlsx` package on npm is
// years behind). SheetJS parses a whole workbook in memory, so these files are bounded by size
// (LIMITS.legacyBytes for an .xls, LIMITS.odsContentBytes and legacyCells for an .ods's content.xml,
// checked before parsing) to keep the import under SPEC §9's 200 MB. Loaded lazily: only an import of such a file pays for it.
import fs from 'node:fs';
import { UsageError } from '../errors.js';
import { formatNumber, serialToIso } from './cell-format.js';
import { chooseSheet, workbookError, type OpenedSheet, type RowReader } from './parse-xlsx.js';
import { limitError, LIMITS, type CellIssue, type SheetRow } from './sheet-row.js';
import { attr, xmlParser } from './xml.js';
import { ZipArchive } from './zip.js';

interface Cell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
  f?: string;
}

export async function readLegacyWorkbook(file: string, sheetName: string | undefined, kind: 'xls' | 'ods'): Promise<OpenedSheet> {
  const size = fs.statSync(file).size;
  if (kind === 'xls' && size > LIMITS.legacyBytes) throw limitError(file, 'legacyBytes');
  if (kind === 'ods' && size > LIMITS.odsContentBytes) throw limitError(file, 'odsContentBytes');
  checkSignature(file, kind);
  if (kind === 'ods') checkOdsContent(file);
  const XLSX = await import('@e965/xlsx');
  let workbook: ReturnType<typeof XLSX.read>;
  // SheetJS writes remarks about formats it approximates to console.error; the officer's terminal
  // is no place for them.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    workbook = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true, cellFormula: true, cellNF: true, cellDates: false, cellStyles: false });
  } catch (error) {
    throw workbookError(error, file);
  } finally {
    console.error = consoleError;
  }
  const hiddenFlags = workbook.Workbook?.Sheets ?? [];
  const sheets = workbook.SheetNames.map((name, i) => ({ name, hidden: Boolean(hiddenFlags[i]?.Hidden) }));
  if (sheets.length === 0) throw new UsageError('import.error.noSheets', { file });
  const chosen = chooseSheet(sheets, sheetName);
  if (!chosen) throw new UsageError('import.error.sheetNotFound', { file, sheet: sheetName, sheets: sheets.map((s) => s.name).join(', ') });
  const ws = workbook.Sheets[chosen.name] as Record<string, unknown>;
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const rows = sheetRows(ws, date1904, (z) => XLSX.SSF.is_date(z as string));
  return { sheet: chosen.name, sheets: sheets.map((s) => s.name), rows };
}

// An .xls is an OLE2 compound file, or the XML or HTML that older reporting tools save under that
// name; an .ods is a ZIP. Anything else is refused before SheetJS, which would read any text as CSV.
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
function checkSignature(file: string, kind: 'xls' | 'ods'): void {
  const head = Buffer.alloc(512);
  const fd = fs.openSync(file, 'r');
  let n: number;
  try {
    n = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const bytes = head.subarray(0, n);
  const ok =
    kind === 'ods'
      ? bytes.subarray(0, 2).toString('latin1') === 'PK'
      : bytes.subarray(0, 8).equals(OLE2) || /^(\xef\xbb\xbf)?\s*</.test(bytes.toString('latin1'));
  if (!ok) throw workbookError(new Error(kind === 'ods' ? 'not an OpenDocument spreadsheet' : 'not an Excel 97-2003 workbook'), file);
}

/**
 * An .ods's content.xml, scanned as a stream before SheetJS parses it whole: its size is bounded,
 * and so are the cells its repeat counts expand to (`number-columns-repeated` × `number-rows-
 * repeated` of cells holding a value), which SheetJS would otherwise build one by one — the
 * repeated-cells workbook that took exceljs past 4 GB. Empty repeated cells (LibreOffice pads every
 * row to column AMJ) cost nothing and are not counted.
 */
function checkOdsContent(file: string): void {
  let zip: ZipArchive | undefined;
  try {
    zip = new ZipArchive(file);
    const content = zip.find('content.xml');
    if (!content) return;
    if (content.size > LIMITS.odsContentBytes) throw limitError(file, 'odsContentBytes');
    let rowRepeat = 1;
    let cells = 0;
    const parser = xmlParser({
      open(name, attributes) {
        if (name === 'table-row') rowRepeat = Number(attr(attributes, 'number-rows-repeated') ?? 1) || 1;
        else if (name === 'table-cell' && attr(attributes, 'value-type') !== undefined) {
          cells += (Number(attr(attributes, 'number-columns-repeated') ?? 1) || 1) * rowRepeat;
          if (cells > LIMITS.legacyCells) throw limitError(file, 'legacyCells');
        }
      },
    });
    const reader = zip.openBytes(content, (bytes) => parser.writeBytes(bytes));
    while (reader.pump());
    parser.close();
  } catch (error) {
    throw workbookError(error, file);
  } finally {
    zip?.close();
  }
}

function sheetRows(ws: Record<string, unknown>, date1904: boolean, isDate: (z: unknown) => boolean): RowReader {
  const data = (ws['!data'] as (Cell[] | undefined)[] | undefined) ?? [];
  const rowInfo = (ws['!rows'] as ({ hidden?: boolean } | undefined)[] | undefined) ?? [];
  const merges = (ws['!merges'] as { s: { r: number; c: number }; e: { r: number; c: number } }[] | undefined) ?? [];
  // Merged ranges give their top-left value to every cell they cover.
  for (const m of merges) {
    const source = data[m.s.r]?.[m.s.c];
    if (!source) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (data[r] ??= []);
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) row[c] = source;
    }
  }
  let index = 0;
  return {
    next() {
      const batch: SheetRow[] = [];
      while (index < data.length && batch.length < 1000) {
        const r = index++;
        const cells = data[r];
        if (!cells) continue;
        const row = readRow(cells, r + 1, date1904, isDate);
        if (row === undefined) continue;
        if (rowInfo[r]?.hidden) row.hidden = true;
        batch.push(row);
      }
      return batch.length > 0 ? batch : undefined;
    },
    close() {
      index = data.length;
    },
  };
}

function readRow(cells: Cell[], line: number, date1904: boolean, isDate: (z: unknown) => boolean): SheetRow | undefined {
  const out: string[] = [];
  let numberCells: number[] | undefined;
  let issues: CellIssue[] | undefined;
  let any = false;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    out.push('');
    if (!cell) continue;
    if (cell.t === 'e') {
      (issues ??= []).push({ column: c, kind: 'formulaError', value: cell.w ?? '#ERROR' });
      any = true;
      continue;
    }
    if (cell.f !== undefined && (cell.v === undefined || cell.t === 'z')) {
      (issues ??= []).push({ column: c, kind: 'formulaNoValue', value: cell.f });
      any = true;
      continue;
    }
    let text = '';
    if (cell.t === 'n' && typeof cell.v === 'number') {
      if (cell.z !== undefined && isDate(cell.z)) text = serialToIso(cell.v, date1904);
      else {
        const percent = typeof cell.z === 'string' && cell.z.includes('%');
        text = formatNumber(cell.v, percent);
        (numberCells ??= []).push(c);
      }
    } else if (cell.t === 'd' && cell.v instanceof Date) text = cell.v.toISOString().slice(0, 10);
    else if (cell.t === 'b') text = cell.v ? 'TRUE' : 'FALSE';
    else if (cell.v !== undefined && cell.v !== null) text = String(cell.v);
    if (text.length > LIMITS.cellChars) text = text.slice(0, LIMITS.cellChars);
    out[c] = text;
    if (text !== '') any = true;
  }
  if (!any) return undefined;
  const row: SheetRow = { line, cells: out };
  if (numberCells) row.numberCells = numberCells;
  if (issues) row.issues = issues;
  return row;
}
