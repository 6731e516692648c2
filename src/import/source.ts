// The front half of the import pipeline in one call: open the file, decode, parse, find the header
// row, map its columns, and hand the validator batches of mapped records, streaming. A CSV is read
// synchronously (64 KiB at a time), so the participant import can validate and write every row
// inside one transaction without an await in it; an .xlsx is loaded whole by exceljs first.
import fs from 'node:fs';
import path from 'node:path';
import { InvalidDataError, ProperError, UsageError } from '../errors.js';
import { detectEncoding, SAMPLE_BYTES, StreamDecoder, type Encoding } from './decode.js';
import {
  mapHeader,
  parseMapOptions,
  type ColumnMapping,
  type Field,
  type HeaderMapping,
  type ImportKind,
} from './header-map.js';
import { findHeaderRow, HEADER_SEARCH_ROWS, rowAtLine } from './header-row.js';
import { CsvParser, CsvSyntaxError, detectDelimiter, type Delimiter } from './parse-csv.js';

export type ImportFormat = 'csv' | 'xlsx';

export interface OpenImportOptions {
  kind: ImportKind;
  /** `--sheet NAME` (xlsx only). */
  sheet?: string;
  /** `--header-row N`: the 1-based physical line (or sheet row) of the header. */
  headerRow?: number;
  /** Repeated `--map "Header=field"` values. */
  map?: readonly string[];
}

export interface MappedRecord {
  /** Physical line where the record starts (title lines counted); the sheet row in an .xlsx. */
  line: number;
  /** Trimmed, non-empty cell values by field. */
  values: Partial<Record<Field, string>>;
  /** The record's cells as read, for the rejected-rows file. */
  raw: string[];
  /** The NIP cell of an .xlsx held a number of more than 15 digits: Excel has lost its last digits. */
  nipStoredAsNumber?: boolean;
}

export interface ImportSource {
  file: string;
  format: ImportFormat;
  /** CSV only; final once `records` has been read (a late non-UTF-8 byte can switch it to windows-1252). */
  readonly encoding: Encoding | undefined;
  /** CSV only. */
  delimiter: Delimiter | undefined;
  /** xlsx only: the sheet read. */
  sheet: string | undefined;
  headerLine: number;
  header: string[];
  mapping: ColumnMapping[];
  unknownColumns: string[];
  duplicateColumns: string[];
  /**
   * Batches of data records below the header; blank rows are skipped. Synchronous (a CSV is read
   * with readSync), so a whole import can run inside one transaction; `for await` works too.
   */
  records: Iterable<MappedRecord[]>;
  /** Releases the file when `records` is not read to the end. */
  close(): void;
}

interface Row {
  line: number;
  cells: string[];
  numberCells?: number[];
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const BATCH = 1000;
// 64 KiB reads keep each batch of records young enough to die in V8's scavenger: with 1 MiB reads
// the same 1,000,000-row import ran 3× slower and peaked above 200 MB RSS (measured, 2 cores).
const READ_CHUNK = 64 * 1024;

export async function openImportSource(file: string, options: OpenImportOptions): Promise<ImportSource> {
  const overrides = parseMapOptions(options.map, options.kind);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xls') throw new UsageError('import.error.oldExcelFormat', { file });
  if (!CSV_EXTENSIONS.has(ext) && !XLSX_EXTENSIONS.has(ext)) {
    throw new UsageError('import.error.unsupportedFormat', { file, ext: ext === '' ? '—' : ext });
  }
  await checkReadable(file);

  let rows: RowReader;
  let format: ImportFormat;
  let sheet: string | undefined;
  let delimiter: Delimiter | undefined;
  let encodingOf: () => Encoding | undefined = () => undefined;
  if (XLSX_EXTENSIONS.has(ext)) {
    const { readXlsx } = await import('./parse-xlsx.js');
    const workbook = await readXlsx(file, options.sheet);
    format = 'xlsx';
    sheet = workbook.sheet;
    rows = new SheetRows(workbook.rows);
  } else {
    format = 'csv';
    const csv = new CsvFileRows(file);
    encodingOf = () => csv.encoding;
    delimiter = csv.delimiter;
    rows = csv;
  }

  try {
    // Buffer the top of the file until the header can be chosen.
    const top: Row[] = [];
    let exhausted = false;
    const enough = (): boolean =>
      options.headerRow === undefined
        ? top.length >= HEADER_SEARCH_ROWS
        : (top.at(-1)?.line ?? 0) >= options.headerRow;
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
    const headerRow = top[headerIndex] as Row;
    const header = headerRow.cells.map((c) => c.trim());
    const mapping = mapHeader(header, options.kind, overrides);
    checkMapping(mapping, header, file, headerRow.line);

    const afterHeader = top.slice(headerIndex + 1);
    const reader = rows;
    function* records(): Generator<MappedRecord[]> {
      try {
        if (afterHeader.length > 0) {
          const batch = mapRows(afterHeader, mapping.columns);
          if (batch.length > 0) yield batch;
        }
        if (exhausted) return;
        for (;;) {
          const next = reader.next();
          if (next === undefined) return;
          const batch = mapRows(next, mapping.columns);
          if (batch.length > 0) yield batch;
        }
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

function mapRows(rows: readonly Row[], columns: readonly ColumnMapping[]): MappedRecord[] {
  const out: MappedRecord[] = [];
  for (const row of rows) {
    const cells = row.cells;
    if (isBlank(cells)) continue;
    const values: Partial<Record<Field, string>> = {};
    let nipStoredAsNumber = false;
    for (let i = 0; i < columns.length; i++) {
      const { column, field } = columns[i]!;
      const value = cells[column]?.trim();
      if (value === undefined || value === '') continue;
      values[field] = value;
      if (field === 'nip' && row.numberCells?.includes(column) && value.replace(/\D/g, '').length > 15) nipStoredAsNumber = true;
    }
    out.push(nipStoredAsNumber ? { line: row.line, values, raw: cells, nipStoredAsNumber } : { line: row.line, values, raw: cells });
  }
  return out;
}

/** Every cell empty or white space. */
function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    // A cell that starts with a visible ASCII character is not blank; only the rest need trim().
    const c = cell.charCodeAt(0);
    if ((c > 32 && c < 127) || cell.trim() !== '') return false;
  }
  return true;
}

/** Where the rows come from: a CSV file read synchronously chunk by chunk, or a loaded sheet. */
interface RowReader {
  /** The next batch of rows, or undefined at the end. */
  next(): Row[] | undefined;
  close(): void;
}

/**
 * A CSV file read synchronously in 64 KiB chunks: bytes → StreamDecoder → CsvParser. Synchronous
 * so that the participant import can validate and write every row inside one SQLite transaction,
 * which must never span an await.
 */
class CsvFileRows implements RowReader {
  readonly delimiter: Delimiter;
  private fd: number | undefined;
  private readonly buffer = Buffer.allocUnsafe(READ_CHUNK);
  private readonly decoder: StreamDecoder;
  private readonly parser: CsvParser;
  /** Decoded text not yet given to the parser (the head, used to detect the delimiter). */
  private head: string;
  /** No more bytes to read. */
  private eof = false;
  /** Every record has been returned (or reading failed). */
  private finished = false;

  constructor(private readonly file: string) {
    try {
      this.fd = fs.openSync(file, 'r');
      const sample = this.readSample();
      this.decoder = new StreamDecoder(detectEncoding(sample.subarray(0, SAMPLE_BYTES)), file);
      this.head = sample.length > 0 ? this.decoder.write(sample) : '';
      this.delimiter = detectDelimiter(this.head.slice(0, 64 * 1024));
      this.parser = new CsvParser(this.delimiter);
    } catch (error) {
      this.close();
      throw translateCsvError(error, file);
    }
  }

  get encoding(): Encoding {
    return this.decoder.encoding;
  }

  next(): Row[] | undefined {
    try {
      for (;;) {
        if (this.head !== '') {
          const text = this.head;
          this.head = '';
          const rows = this.parser.push(text);
          if (rows.length > 0) return rows;
          continue;
        }
        if (this.finished) return undefined;
        const n = this.eof || this.fd === undefined ? 0 : fs.readSync(this.fd, this.buffer, 0, READ_CHUNK, null);
        if (n === 0) {
          this.finished = true;
          this.close();
          const rest = this.decoder.end();
          const rows = rest === '' ? this.parser.end() : [...this.parser.push(rest), ...this.parser.end()];
          return rows.length > 0 ? rows : undefined;
        }
        const rows = this.parser.push(this.decoder.write(this.buffer.subarray(0, n)));
        if (rows.length > 0) return rows;
      }
    } catch (error) {
      this.finished = true;
      this.close();
      throw translateCsvError(error, this.file);
    }
  }

  close(): void {
    this.eof = true;
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    fs.closeSync(fd);
  }

  /** At least SAMPLE_BYTES (or the whole file when shorter), to decide the encoding. */
  private readSample(): Buffer {
    const sample = Buffer.allocUnsafe(SAMPLE_BYTES);
    let filled = 0;
    while (filled < SAMPLE_BYTES) {
      const n = fs.readSync(this.fd!, sample, filled, SAMPLE_BYTES - filled, null);
      if (n === 0) {
        this.eof = true;
        break;
      }
      filled += n;
    }
    return sample.subarray(0, filled);
  }
}

/** Rows of a loaded sheet, in batches. */
class SheetRows implements RowReader {
  private readonly rows: Iterator<Row>;
  private done = false;

  constructor(rows: Iterable<Row>) {
    this.rows = rows[Symbol.iterator]();
  }

  next(): Row[] | undefined {
    const batch: Row[] = [];
    while (!this.done && batch.length < BATCH) {
      const next = this.rows.next();
      if (next.done) this.done = true;
      else batch.push(next.value);
    }
    return batch.length > 0 ? batch : undefined;
  }

  close(): void {
    this.done = true;
  }
}

/** CSV syntax errors become located InvalidDataErrors; read errors name the file. */
function translateCsvError(err: unknown, file: string): unknown {
  if (err instanceof CsvSyntaxError) {
    const key = err.reason === 'unclosedQuote' ? 'import.error.unclosedQuote' : 'import.error.textAfterQuote';
    return new InvalidDataError(key, { file, line: err.line });
  }
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (!(err instanceof ProperError) && typeof code === 'string') {
    return new UsageError('import.error.fileUnreadable', { file, reason: code });
  }
  return err;
}
