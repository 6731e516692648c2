// A CSV file as rows: bytes → StreamDecoder → CsvParser, read synchronously 64 KiB at a time.
import fs from 'node:fs';
import { InvalidDataError, ProperError, UsageError } from '../errors.js';
import { detectEncoding, SAMPLE_BYTES, StreamDecoder, type Encoding } from './decode.js';
import { CsvParser, CsvSyntaxError, detectDelimiter, type Delimiter } from './parse-csv.js';
import { limitError, type RowReader, type SheetRow } from './sheet-row.js';

// 64 KiB reads keep each batch of records young enough to die in V8's scavenger: with 1 MiB reads
// the same 1,000,000-row import ran 3× slower and peaked above 200 MB RSS (measured, 2 cores).
const READ_CHUNK = 64 * 1024;

/**
 * A CSV file read synchronously in 64 KiB chunks: bytes → StreamDecoder → CsvParser. Synchronous
 * so that the participant import can validate and write every row inside one SQLite transaction,
 * which must never span an await.
 */
export class CsvFileRows implements RowReader {
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

  next(): SheetRow[] | undefined {
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

/** CSV syntax errors become located InvalidDataErrors; read errors name the file. */
function translateCsvError(err: unknown, file: string): unknown {
  if (err instanceof CsvSyntaxError && err.reason === 'recordTooLong') return limitError(file, 'recordChars', err.line);
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
