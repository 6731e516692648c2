// The front half of the import pipeline in one call: open the file, decode, parse, find the header
// row, map its columns, and hand the validator batches of mapped records, streaming. A CSV is read
// synchronously (64 KiB at a time) and a workbook is inflated and parsed chunk by chunk, so the
// participant import can validate and write every row inside one transaction without an await.
import fs from 'node:fs';
import path from 'node:path';
import { InvalidDataError, UsageError } from '../errors.js';
import { CsvFileRows } from './csv-rows.js';
import type { Encoding } from './decode.js';
import { mapHeader, parseMapOptions, type ColumnMapping, type HeaderMapping, type ImportKind } from './header-map.js';
import { findHeaderRow, HEADER_SEARCH_ROWS, mergeSubHeader, rowAtLine } from './header-row.js';
import type { Delimiter } from './parse-csv.js';
import { RowShaper, WarningLog, type MappedRecord } from './row-shape.js';
import type { RowReader, SheetRow } from './sheet-row.js';

export type { MappedRecord };
export type ImportFormat = 'csv' | 'xlsx' | 'xls' | 'ods';

export interface OpenImportOptions {
  kind: ImportKind;
  /** `--sheet NAME` (workbooks only). */
  sheet?: string;
  /** `--header-row N`: the 1-based physical line (or sheet row) of the header. */
  headerRow?: number;
  /** Repeated `--map "Header=field"` values. */
  map?: readonly string[];
}

export interface ImportSource {
  file: string;
  format: ImportFormat;
  /** CSV only; final once `records` has been read (a late non-UTF-8 byte can switch it to windows-1252). */
  readonly encoding: Encoding | undefined;
  /** CSV only. */
  delimiter: Delimiter | undefined;
  /** Workbooks only: the sheet read. */
  sheet: string | undefined;
  headerLine: number;
  header: string[];
  mapping: ColumnMapping[];
  unknownColumns: string[];
  duplicateColumns: string[];
  /** Values repaired and rows passed over, filled while `records` is read (the validators add theirs). */
  warnings: WarningLog;
  /**
   * Batches of data records below the header; blank rows are skipped. Synchronous (a CSV is read
   * with readSync, a workbook inflated chunk by chunk), so a whole import can run inside one
   * transaction; `for await` works too.
   */
  records: Iterable<MappedRecord[]>;
  /** Releases the file when `records` is not read to the end. */
  close(): void;
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const WORKBOOK_FORMATS: Record<string, ImportFormat> = { '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.xls': 'xls', '.ods': 'ods' };

export async function openImportSource(file: string, options: OpenImportOptions): Promise<ImportSource> {
  const overrides = parseMapOptions(options.map, options.kind);
  const ext = path.extname(file).toLowerCase();
  const workbookFormat = WORKBOOK_FORMATS[ext];
  if (!CSV_EXTENSIONS.has(ext) && workbookFormat === undefined) {
    throw new UsageError('import.error.unsupportedFormat', { file, ext: ext === '' ? '—' : ext });
  }
  await checkReadable(file);

  let rows: RowReader;
  let format: ImportFormat;
  let sheet: string | undefined;
  let delimiter: Delimiter | undefined;
  let encodingOf: () => Encoding | undefined = () => undefined;
  if (workbookFormat === 'xlsx') {
    const { readXlsx } = await import('./parse-xlsx.js');
    const workbook = readXlsx(file, options.sheet);
    format = 'xlsx';
    sheet = workbook.sheet;
    rows = workbook.rows;
  } else if (workbookFormat !== undefined) {
    const { readLegacyWorkbook } = await import('./parse-legacy.js');
    const workbook = await readLegacyWorkbook(file, options.sheet, workbookFormat === 'xls' ? 'xls' : 'ods');
    format = workbookFormat;
    sheet = workbook.sheet;
    rows = workbook.rows;
  } else {
    format = 'csv';
    const csv = new CsvFileRows(file);
    encodingOf = () => csv.encoding;
    delimiter = csv.delimiter;
    rows = csv;
  }

  try {
    // Buffer the top of the file until the header can be chosen.
    const top: SheetRow[] = [];
    let exhausted = false;
    const enough = (): boolean =>
      options.headerRow === undefined
        ? top.length >= HEADER_SEARCH_ROWS
        : (top.at(-1)?.line ?? 0) >= options.headerRow + 1;
    while (!enough()) {
      const next = rows.next();
      if (next === undefined) {
        exhausted = true;
        break;
      }
      top.push(...next);
    }

    const headerIndex = options.headerRow === undefined ? findHeaderRow(top, options.kind, overrides) : rowAtLine(top, options.headerRow);
    if (headerIndex === -1) {
      if (options.headerRow !== undefined) throw new UsageError('import.error.headerRowNotFound', { file, line: options.headerRow });
      throw new InvalidDataError('import.error.noHeader', { file });
    }
    const headerRow = top[headerIndex] as SheetRow;
    let header = headerRow.cells.map((c) => c.trim());
    let afterHeader = top.slice(headerIndex + 1);
    // A second header row just below (column numbers, or the lower half of a split header).
    const sub = afterHeader.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
    if (sub !== -1) {
      const merged = mergeSubHeader(header, afterHeader[sub]!.cells, options.kind, overrides);
      if (merged !== undefined) {
        header = merged;
        afterHeader = afterHeader.slice(sub + 1);
      }
    }
    const mapping = mapHeader(header, options.kind, overrides);
    checkMapping(mapping, header, file, headerRow.line);

    const warnings = new WarningLog();
    const shaper = new RowShaper(header, mapping.columns, options.kind, format === 'csv', warnings);
    const reader = rows;
    function* records(): Generator<MappedRecord[]> {
      try {
        if (afterHeader.length > 0) {
          const batch = shaper.shape(afterHeader);
          if (batch.length > 0) yield batch;
        }
        if (!exhausted) {
          for (;;) {
            const next = reader.next();
            if (next === undefined) break;
            const batch = shaper.shape(next);
            if (batch.length > 0) yield batch;
          }
        }
        shaper.end();
      } finally {
        reader.close();
      }
    }

    return {
      file,
      format,
      get encoding() {
        return encodingOf();
      },
      delimiter,
      sheet,
      headerLine: headerRow.line,
      header,
      mapping: mapping.columns,
      unknownColumns: mapping.unknownColumns,
      duplicateColumns: mapping.duplicateColumns,
      warnings,
      records: records(),
      close: () => reader.close(),
    };
  } catch (error) {
    rows.close();
    throw error;
  }
}

async function checkReadable(file: string): Promise<void> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
    await fs.promises.access(file, fs.constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError('import.error.fileNotFound', { file });
    throw new UsageError('import.error.fileUnreadable', { file, reason: code ?? String(err) });
  }
  if (!stat.isFile()) throw new UsageError('import.error.fileUnreadable', { file, reason: 'not a file' });
}

function checkMapping(mapping: HeaderMapping, header: string[], file: string, line: number): void {
  const found = header.filter((h) => h !== '').join(', ') || '—';
  if (mapping.unusedOverrides.length > 0) {
    throw new UsageError('import.error.mapColumnNotFound', { column: mapping.unusedOverrides.join(', '), file, line, found });
  }
  if (mapping.missing.length > 0) {
    throw new InvalidDataError('import.error.missingColumns', { file, line, columns: mapping.missing.join(', '), found });
  }
}

