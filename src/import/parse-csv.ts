// CSV text → records, each with the PHYSICAL line where it starts (1-based, title lines counted).
//
// papaparse's Parser, driven on the decoded chunks, was chosen by measurement (figures in
// bench/README.md, "Choosing the CSV parser"): csv-parse was 80× slower and reports wrong start lines.
// papaparse reports no line, so the start line is counted here from the line breaks inside each
// record's cells (a quoted CRLF counts once); the partial last record of a chunk is carried over
// (what its own ChunkStreamer does), and decoding stays ours (Windows-1252, UTF-16).
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';
type Newline = '\r\n' | '\n' | '\r';

/** One record as read: the physical line where it starts and its cells, untrimmed. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Quoting the parser cannot make sense of; `line` is where the record starts. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'unclosedQuote' | 'textAfterQuote' | 'recordTooLong',
  ) {
    super(`${reason} at line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];
// A legitimate record is never this long (LIMITS.recordChars); past it the import stops naming the
// limit instead of buffering the rest of a large file.
const MAX_PENDING_RECORD = 4 * 1024 * 1024;

/**
 * Picks `,` `;` or tab from the first lines of the text. Title lines have no delimiter (or a stray
 * comma), so the delimiter is the one that appears the same number of times on the most lines,
 * which are the header and data lines; ties go to the larger count.
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample.split(/\r\n|\n|\r/).slice(0, 40).filter((l) => l.trim() !== '');
  let best: Delimiter = ',';
  let bestScore = -1;
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const freq = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    for (const [count, lineCount] of freq) {
      if (lineCount > bestScore || (lineCount === bestScore && count > bestCount)) {
        best = d;
        bestScore = lineCount;
        bestCount = count;
      }
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/** The line break of the text, from its first one outside quotes; undefined while the text cannot tell yet. */
function detectNewline(text: string, final: boolean): Newline | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10) return '\n';
    else if (c === 13) {
      if (i + 1 < text.length) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
      return final ? '\r' : undefined;
    }
  }
  return final ? '\n' : undefined;
}

interface PapaResult {
  data: string[][];
  errors: { code: string; row: number }[];
  meta: { cursor: number };
}

/**
 * A push parser over papaparse's Parser: feed decoded text chunks, get the complete records back.
 * Each call parses the carried remainder plus the new chunk and leaves the last, possibly partial,
 * record for the next call. Blank lines are skipped but counted. Quotes inside an unquoted field
 * are kept as typed; an unclosed quoted field or text right after a closing quote is a
 * CsvSyntaxError naming the record's first line.
 */
export class CsvParser {
  private pending = '';
  private line = 1;
  private newline: Newline | undefined;
  private parser: Papa.Parser | undefined;

  constructor(readonly delimiter: Delimiter) {}

  push(chunk: string): CsvRecord[] {
    const text = this.pending + chunk;
    if (!this.parser && !this.start(text, false)) {
      this.pending = text;
      if (text.length > MAX_PENDING_RECORD) throw new CsvSyntaxError(this.line, 'recordTooLong');
      return [];
    }
    const out: CsvRecord[] = [];
    const consumed = this.parse(text, true, out);
    this.pending = consumed >= text.length ? '' : text.slice(consumed);
    if (this.pending.length > MAX_PENDING_RECORD) {
      // Held back this long: either a quote opened and never closed, or one enormous record.
      throw new CsvSyntaxError(this.line, this.pending.includes('"') ? 'unclosedQuote' : 'recordTooLong');
    }
    return out;
  }

  /** The last record when the text does not end with a newline; throws on an unclosed quote. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    const text = this.pending;
    this.pending = '';
    if (text === '') return out;
    if (!this.parser) this.start(text, true);
    this.parse(text, false, out);
    return out;
  }

  private start(text: string, final: boolean): boolean {
    const newline = detectNewline(text, final);
    if (newline === undefined) return false;
    this.newline = newline;
    this.parser = new Papa.Parser({ delimiter: this.delimiter, newline, quoteChar: '"' });
    return true;
  }

  /** Parses `text`; with `partial` the last record is left unparsed. Returns the characters consumed. */
  private parse(text: string, partial: boolean, out: CsvRecord[]): number {
    const result = this.parser!.parse(text, 0, partial) as PapaResult;
    const rows = result.data;
    // Errors on the row still being read (index rows.length) may only be where the chunk was cut.
    let bad: { code: string; row: number } | undefined;
    for (const e of result.errors) {
      if (e.row < rows.length && (bad === undefined || e.row < bad.row)) bad = e;
    }
    const breakChar = this.newline === '\r' ? '\r' : '\n';
    let line = this.line;
    const last = bad === undefined ? rows.length : bad.row;
    for (let i = 0; i < last; i++) {
      const cells = rows[i]!;
      if (cells.length > 1 || cells[0] !== '') out.push({ line, cells });
      line += 1 + countBreaks(cells, breakChar);
    }
    this.line = line;
    if (bad !== undefined) throw new CsvSyntaxError(line, bad.code === 'MissingQuotes' ? 'unclosedQuote' : 'textAfterQuote');
    return result.meta.cursor;
  }
}

/** Line breaks inside a record's cells (a quoted CRLF counts once: only its LF is counted). */
function countBreaks(cells: string[], breakChar: string): number {
  let n = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    for (let i = cell.indexOf(breakChar); i !== -1; i = cell.indexOf(breakChar, i + 1)) n++;
  }
  return n;
}
