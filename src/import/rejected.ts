// The rejected rows of an import with --skip-invalid, written beside the input as
// NAME.rejected.csv: the original columns and a reason column, UTF-8 with the BOM Excel needs, the
// input's delimiter, and every cell neutralised so that a spreadsheet never runs it as a formula.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

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

/** Opens the file on the first row, so an import without rejected rows leaves nothing behind. */
export class RejectedWriter {
  private fd: number | undefined;
  count = 0;

  constructor(
    readonly file: string,
    private readonly header: readonly string[],
    private readonly delimiter: string,
  ) {}

  write(cells: readonly string[], reason: string): void {
    if (this.fd === undefined) {
      try {
        this.fd = fs.openSync(this.file, 'w');
      } catch (err) {
        throw new UsageError('import.error.rejectedUnwritable', { file: this.file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
      }
      fs.writeSync(this.fd, `\uFEFF${this.line(this.header)}`);
    }
    const padded = cells.length >= this.header.length - 1 ? cells : [...cells, ...Array<string>(this.header.length - 1 - cells.length).fill('')];
    fs.writeSync(this.fd, this.line([...padded, reason]));
    this.count++;
  }

  private line(cells: readonly string[]): string {
    return `${cells.map((c) => csvCell(c, this.delimiter)).join(this.delimiter)}\r\n`;
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}
