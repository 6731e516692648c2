// .xlsx → rows of cells read as the officer sees them, streamed (src/import/xlsx-sheet.ts): text as
// typed, dates as YYYY-MM-DD, numbers as Excel shows them (15 significant digits). Any writer's
// workbook is read (Excel, LibreOffice, Google Sheets, WPS, the Open XML SDK's prefixed XML, cells
// without references). Only the chosen sheet's part is read; hidden sheets are passed over when
// choosing the first.
//
// Reader chosen by measurement (bench/README.md, "Workbook reader"): on the 200,000-formatted-empty-
// row workbook, side by side on one loaded machine, exceljs (whole workbook) took 66 s and 613 MB,
// exceljs's streaming reader 7.6 s and 100 MB, SheetJS 9.7 s and 155 MB, and this reader (our ZIP
// directory + native inflate + a tag scanner, src/import/zip.ts and xml.ts) 4.1 s and 83 MB — with
// memory that does not grow with the sheet (the scanner reads bytes since: xml.ts gives figures).
// SheetJS reads .xls and .ods beside it (parse-legacy.ts).
import { ProperError, UsageError } from '../errors.js';
import { limitError, type RowReader } from './sheet-row.js';

export type { RowReader };
import { readSharedStrings, readStyles, readWorkbookInfo, type SheetInfo } from './xlsx-parts.js';
import { XlsxSheetRows } from './xlsx-sheet.js';
import { ZipArchive, ZipError } from './zip.js';


export interface OpenedSheet {
  sheet: string;
  sheets: string[];
  rows: RowReader;
}

/** The sheet to read: `--sheet NAME` (exact, then case-insensitively), or the first visible one. */
export function chooseSheet<T extends { name: string; hidden: boolean }>(sheets: readonly T[], wanted: string | undefined): T | undefined {
  if (wanted === undefined) return sheets.find((s) => !s.hidden) ?? sheets[0];
  const folded = wanted.trim().toLowerCase();
  return sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim().toLowerCase() === folded);
}

export function readXlsx(file: string, sheetName?: string): OpenedSheet {
  let zip: ZipArchive | undefined;
  try {
    zip = new ZipArchive(file);
    const info = readWorkbookInfo(zip);
    const sheets = info.sheets.map((s) => s.name);
    if (info.sheets.length === 0) throw new UsageError('import.error.noSheets', { file });
    const chosen: SheetInfo | undefined = chooseSheet(info.sheets, sheetName);
    if (!chosen) throw new UsageError('import.error.sheetNotFound', { file, sheet: sheetName, sheets: sheets.join(', ') });
    const entry = zip.find(chosen.part);
    if (!entry) throw ZipError.of(`${chosen.part} is missing`);
    const context = { file, shared: readSharedStrings(zip, file), styles: readStyles(zip), date1904: info.date1904 };
    const rows = new XlsxSheetRows(zip, entry, context);
    const archive = zip;
    return {
      sheet: chosen.name,
      sheets,
      rows: {
        next: () => {
          try {
            return rows.next();
          } catch (error) {
            archive.close();
            throw workbookError(error, file);
          }
        },
        close: () => {
          rows.close();
          archive.close();
        },
      },
    };
  } catch (error) {
    zip?.close();
    throw workbookError(error, file);
  }
}

/** A damaged or foreign file as the officer is told it; our own errors pass through. */
export function workbookError(error: unknown, file: string): unknown {
  if (error instanceof ProperError) return error;
  if (error instanceof RangeError && /string length|allocation/i.test(error.message)) return limitError(file, 'cellChars');
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && !(error instanceof ZipError)) return new UsageError('import.error.fileUnreadable', { file, reason: code });
  const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
  return new UsageError('import.error.xlsxUnreadable', { file, reason });
}
