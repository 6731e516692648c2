// CSV text → records, each with the PHYSICAL line where it starts (1-based, title lines counted).
//
// Parser chosen by measurement (bench/parser-choice.mjs, 100,000-row participant CSV, `;`, CRLF,
// 1 title line, 2 % quoted fields incl. embedded newlines; Node 20, 2 shared cores; median of 5):
//   csv-parse 7 (stream, info: true)   ≈ FIGURE_CSVPARSE
//   papaparse 5 (file stream, chunk)   ≈ FIGURE_PAPA
//   this module (push parser, batched) ≈ FIGURE_OWN
// Neither library reports where a record STARTS (csv-parse gives the line where it ends, papaparse
// a character offset), so both would need a second pass over every cell to count embedded newlines.
// This small push parser splits unquoted lines natively (String#split) and walks quoted records
// by hand, so it knows every record's start line for free and is the fastest of the three.

export type Delimiter = ',' | ';' | '\t';

/** One record as read: the physical line where it starts and its cells, untrimmed. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Quoting the parser cannot make sense of; `line` is where the record starts. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'unclosedQuote' | 'textAfterQuote',
  ) {
    super(`${reason} at line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];
const QUOTE = 34; // "
const LF = 10;
const CR = 13;
// A legitimate quoted field is never this long; past it, an unmatched quote is reported instead of
// buffering the rest of a large file.
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

/**
 * A push parser: feed text chunks, get the complete records back. Blank lines are skipped but
 * counted. Quotes inside an unquoted field are kept as typed; an unclosed quoted field or text
 * right after a closing quote is a CsvSyntaxError naming the record's first line.
 */
export class CsvParser {
  private pending = '';
  private line = 1;
  private crOnly: boolean | undefined;

  constructor(readonly delimiter: Delimiter) {}

  push(chunk: string): CsvRecord[] {
    let text: string;
    if (this.crOnly === undefined) {
      text = this.pending + chunk;
      this.crOnly = endsLinesWithCrOnly(text);
      if (this.crOnly === undefined) {
        if (text.length > MAX_PENDING_RECORD) this.crOnly = false;
        else {
          this.pending = text;
          return [];
        }
      }
      // Old Mac "CSV (Macintosh)" files end lines with CR alone.
      if (this.crOnly) text = text.replaceAll('\r', '\n');
    } else {
      text = this.pending + (this.crOnly ? chunk.replaceAll('\r', '\n') : chunk);
    }
    const out: CsvRecord[] = [];
    const consumed = this.parse(text, false, out);
    this.pending = consumed === text.length ? '' : text.slice(consumed);
    if (this.pending.length > MAX_PENDING_RECORD) throw new CsvSyntaxError(this.line, 'unclosedQuote');
    return out;
  }

  /** The last record when the text does not end with a newline; throws on an unclosed quote. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.pending !== '') this.parse(this.pending, true, out);
    this.pending = '';
    return out;
  }

  /** Parses whole records from `text`; returns how many characters were consumed. */
  private parse(text: string, final: boolean, out: CsvRecord[]): number {
    const d = this.delimiter;
    const len = text.length;
    let pos = 0;
    while (pos < len) {
      let nl = text.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) return pos;
        nl = len;
      }
      const firstQuote = text.indexOf('"', pos);
      if (firstQuote === -1 || firstQuote > nl) {
        // Fast path: a line without quotes is one record.
        const end = nl > pos && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        if (end > pos) out.push({ line: this.line, cells: text.slice(pos, end).split(d) });
        this.line++;
        pos = nl + 1;
        continue;
      }
      const next = this.parseQuotedRecord(text, pos, final, out);
      if (next === -1) return pos;
      pos = next;
    }
    return len;
  }

  /** Walks one record that contains quotes; -1 when it runs past the text and more may come. */
  private parseQuotedRecord(text: string, start: number, final: boolean, out: CsvRecord[]): number {
    const d = this.delimiter.charCodeAt(0);
    const len = text.length;
    const cells: string[] = [];
    let newlines = 0;
    let pos = start;
    for (;;) {
      if (pos < len && text.charCodeAt(pos) === QUOTE) {
        // Quoted field: runs to the quote not followed by another quote.
        let value = '';
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            if (!final) return -1;
            throw new CsvSyntaxError(this.line, 'unclosedQuote');
          }
          if (q + 1 < len && text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          if (q + 1 >= len && !final) return -1;
          value += text.slice(from, q);
          pos = q + 1;
          break;
        }
        newlines += countLf(value);
        cells.push(value);
        const c = pos < len ? text.charCodeAt(pos) : -1;
        if (c === d) {
          pos++;
          continue;
        }
        if (c === CR) {
          if (pos + 1 >= len) {
            if (!final) return -1;
            return this.finishRecord(cells, newlines, len, out);
          }
          if (text.charCodeAt(pos + 1) === LF) pos++;
        }
        if (pos < len && text.charCodeAt(pos) !== LF) throw new CsvSyntaxError(this.line, 'textAfterQuote');
        return this.finishRecord(cells, newlines, pos + 1, out);
      }
      // Unquoted field: runs to the next delimiter or end of line.
      let end = pos;
      while (end < len) {
        const c = text.charCodeAt(end);
        if (c === d || c === LF) break;
        end++;
      }
      if (end >= len && !final) return -1;
      const stop = end < len && text.charCodeAt(end) === LF;
      const valueEnd = stop && end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      cells.push(text.slice(pos, valueEnd));
      if (end >= len || stop) return this.finishRecord(cells, newlines, end + 1, out);
      pos = end + 1;
    }
  }

  private finishRecord(cells: string[], newlines: number, next: number, out: CsvRecord[]): number {
    out.push({ line: this.line, cells });
    this.line += newlines + 1;
    return next;
  }
}

/** true for CR-only line ends, false for LF or CRLF, undefined while the text cannot tell yet. */
function endsLinesWithCrOnly(text: string): boolean | undefined {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr === -1 || (lf !== -1 && lf < cr)) return lf === -1 ? undefined : false;
  if (cr + 1 >= text.length) return undefined;
  return text.charCodeAt(cr + 1) !== LF;
}

function countLf(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Parses a stream of text chunks into batches of records (one batch per chunk). */
export async function* parseCsv(chunks: AsyncIterable<string>, delimiter: Delimiter): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvParser(delimiter);
  for await (const chunk of chunks) {
    const batch = parser.push(chunk);
    if (batch.length > 0) yield batch;
  }
  const last = parser.end();
  if (last.length > 0) yield last;
}
