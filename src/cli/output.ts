// How results reach the user: data on stdout (JSON or tables), messages on stderr.
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { stripVTControlCharacters } from 'node:util';

export interface OutputOptions {
  json: boolean;
  color: boolean;
}

export type Cell = string | number | null | undefined;

export class Output {
  readonly json: boolean;
  readonly color: boolean;
  readonly paint: ChalkInstance;

  constructor({ json, color }: OutputOptions) {
    this.json = json;
    this.color = color;
    this.paint = color ? chalk : new Chalk({ level: 0 });
  }

  /** Machine-readable data on stdout. */
  data(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A table on stdout; plain borders and no colour when not on a terminal. */
  table(head: string[], rows: Cell[][]): void {
    const width = process.stdout.columns;
    const table = new Table({
      head: head.map((h) => this.paint.bold(h)),
      style: { head: [], border: this.color ? ['grey'] : [] },
      wordWrap: true,
      ...(width ? { colWidths: fitColumns(head, rows, width) } : {}),
    });
    for (const row of rows) table.push(row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
    process.stdout.write(`${table.toString()}\n`);
  }

  /** One record as "label: value" lines on stdout. */
  record(pairs: [label: string, value: Cell][]): void {
    const labelWidth = Math.max(...pairs.map(([label]) => label.length));
    const lines = pairs.map(([label, value]) => `${this.paint.bold(label.padEnd(labelWidth))}  ${value === null || value === undefined || value === '' ? '-' : value}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  /** A line of text on stdout (human output only). */
  line(text = ''): void {
    process.stdout.write(`${text}\n`);
  }

  /** What changed, on stderr, so that stdout stays data. */
  success(text: string): void {
    process.stderr.write(`${this.paint.green('✔')} ${text}\n`);
  }

  hint(text: string): void {
    process.stderr.write(`${this.paint.dim(text)}\n`);
  }

  warn(text: string): void {
    process.stderr.write(`${this.paint.yellow('!')} ${text}\n`);
  }
}

/** Column widths that fit the terminal: long columns shrink (and wrap) first. */
function fitColumns(head: string[], rows: Cell[][], terminalWidth: number): number[] {
  const natural = head.map((h, i) => Math.max(visibleWidth(h), ...rows.map((row) => visibleWidth(String(row[i] ?? '')))) + 2);
  // The natural widths include the padding; the borders take one character more than there are columns.
  const budget = terminalWidth - (head.length + 1);
  let total = natural.reduce((a, b) => a + b, 0);
  const widths = [...natural];
  while (total > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 8) break;
    widths[widest]! -= 1;
    total -= 1;
  }
  return widths;
}

/** The width a cell takes on screen: colour codes take none; the longest line of a multi-line cell. */
function visibleWidth(text: string): number {
  return Math.max(...stripVTControlCharacters(text).split('\n').map((line) => line.length));
}
