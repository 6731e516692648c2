// The row shape every reader hands to the pipeline (CSV, .xlsx, .xls, .ods), and the limits that
// bound what one import may read. A limit hit is an InvalidDataError naming the limit (exit 3).
import { InvalidDataError } from '../errors.js';

/** A cell that a spreadsheet could not give a value for. */
export interface CellIssue {
  /** 0-based column. */
  column: number;
  /** `formulaError`: the saved result is an error such as #N/A; `formulaNoValue`: never calculated. */
  kind: 'formulaError' | 'formulaNoValue';
  /** The error as the spreadsheet shows it (#N/A), or the formula. */
  value: string;
}

export interface SheetRow {
  /** The physical line (CSV) or sheet row (workbook), 1-based. */
  line: number;
  /** Cell texts as the officer sees them, untrimmed. */
  cells: string[];
  /** 0-based indices of cells that held a number (workbooks only, when there are any). */
  numberCells?: number[];
  /** The row is hidden in the workbook. */
  hidden?: boolean;
  issues?: CellIssue[];
}

/**
 * The limits of SPEC §6 "Bounded cost". Rows and columns are Excel's own maxima; a cell holds at
 * most Excel's 32,767 characters; shared strings and merged ranges are held in memory while a
 * workbook is read, so they are bounded to keep the whole import under 200 MB.
 */
export const LIMITS = {
  rows: 1_048_576,
  columns: 16_384,
  cellChars: 32_767,
  sharedStringChars: 32 * 1024 * 1024,
  mergedRanges: 100_000,
  /** One CSV record (a line, or lines inside quotes), in characters. */
  recordChars: 4 * 1024 * 1024,
  /**
   * A whole .xls is parsed in memory by SheetJS, some 32 MB per MB of file: a 2.3 MB .xls (12,000
   * rows × 9 columns) peaked the import at 175 MB, an 11.5 MB one at 469 MB. Capped in bytes.
   */
  legacyBytes: 2 * 1024 * 1024,
  /** An .ods's content.xml, uncompressed (12,000 rows × 9 columns: 15 MB, a 185 MB peak). */
  odsContentBytes: 12 * 1024 * 1024,
  /** Cells holding a value that an .ods's repeat counts expand to (SheetJS builds each one). */
  legacyCells: 100_000,
} as const;

/** Where a file's rows come from, batch by batch, synchronously. */
export interface RowReader {
  /** The next batch of rows, or undefined at the end. */
  next(): SheetRow[] | undefined;
  close(): void;
}

export type LimitName = keyof typeof LIMITS;

/** Exit 3: the file passes a limit; the message names the limit and its value. */
export function limitError(file: string, limit: LimitName, where: number | string = '—'): InvalidDataError {
  return new InvalidDataError(`import.limit.${limit}`, { file, max: LIMITS[limit], where });
}
