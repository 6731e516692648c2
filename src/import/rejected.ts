// The rejected rows of an import with --skip-invalid, written beside the input as
// NAME.rejected.csv: the original columns and a reason column, UTF-8 with the BOM Excel needs, the
// input's delimiter, and every cell neutralised so that a spreadsheet never runs it as a formula.
import path from 'node:path';
import { checkOutputTarget, openOutputFile, type OutputFile, type OutputGuard } from '../db/output-file.js';

/** NAME.rejected.csv beside the input, NAME being the input's name without its extension. */
export function defaultRejectedPath(input: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.rejected.csv`);
}

/** A cell starting with = + - @ tab or CR is prefixed with ' so spreadsheets show it as text. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string, delimiter: string): string {
  const text = neutraliseCell(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Opens the file on the first row, so an import without rejected rows leaves nothing behind. It is
 * written through the one output writer (src/db/output-file.ts): put in place whole by close(),
 * never over the database or the input itself (`guard`).
 */
export class RejectedWriter {
  private output: OutputFile | undefined;
  count = 0;

  constructor(
    readonly file: string,
    private readonly header: readonly string[],
    private readonly delimiter: string,
    private readonly guard: OutputGuard = {},
  ) {}

  /** Refuses a target that is the database or the input (exit 2) before any row is read. */
  check(): void {
    checkOutputTarget(this.file, this.guard, '--rejected');
  }

  write(cells: readonly string[], reason: string): void {
    if (this.output === undefined) {
      this.output = openOutputFile(this.file, { guard: this.guard, field: '--rejected' });
      this.output.write(`\uFEFF${this.line(this.header)}`);
    }
    const padded = cells.length >= this.header.length - 1 ? cells : [...cells, ...Array<string>(this.header.length - 1 - cells.length).fill('')];
    this.output.write(this.line([...padded, reason]));
    this.count++;
  }

  private line(cells: readonly string[]): string {
    return `${cells.map((c) => csvCell(c, this.delimiter)).join(this.delimiter)}\r\n`;
  }

  /** Puts the file in place (when a row was rejected). */
  close(): void {
    if (this.output !== undefined) this.output.commit();
    this.output = undefined;
  }

  /** Drops what was written (the import failed); an existing file stays as it was. */
  abort(): void {
    this.output?.abort();
    this.output = undefined;
  }
}
