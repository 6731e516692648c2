// How results reach the user: data on stdout (JSON or tables), messages on stderr.
import type { ChalkInstance } from 'chalk';
import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';
import type { OutStream } from './context.js';
import { terminalSafe, terminalSafeJson } from './terminal-text.js';

export interface OutputOptions {
  json: boolean;
  color: boolean;
  /** Where data goes (the run's stdout) and where messages go (its stderr): see src/cli/context.ts. */
  stdout: OutStream;
  stderr: OutStream;
}

export type Cell = string | number | null | undefined;

/**
 * The Output for a command. chalk is loaded only when colour is on and cli-table3 only when a table
 * is drawn: a script's `--json` call should not pay for either at start-up.
 */
export async function createOutput(options: OutputOptions): Promise<Output> {
  // proper decides colour from its context (TTY, NO_COLOR, --no-color); chalk's own guess reads the
  // process's environment and stdout, which are not this run's, so it is told the level.
  const paint = options.color ? new (await import('chalk')).Chalk({ level: 1 }) : plainPaint;
  return new Output(options, paint);
}

/** Stands in for chalk without colour: every style, chained or not, returns the text unchanged. */
const plainPaint: ChalkInstance = new Proxy((...text: unknown[]) => text.join(' '), {
  get: () => plainPaint,
  apply: (_target, _this, text: unknown[]) => text.join(' '),
}) as unknown as ChalkInstance;

const require = createRequire(import.meta.url);

export class Output {
  readonly json: boolean;
  readonly color: boolean;
  readonly stdout: OutStream;
  readonly stderr: OutStream;

  constructor(
    { json, color, stdout, stderr }: OutputOptions,
    readonly paint: ChalkInstance = plainPaint,
  ) {
    this.json = json;
    this.color = color && paint !== plainPaint;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** The terminal's width in columns, when stdout is a terminal. */
  get width(): number | undefined {
    return this.stdout.columns || undefined;
  }

  /** A line on stderr (details already in the user's language), escaped like every message. */
  message(text: string): void {
    this.stderr.write(`${this.safe(text)}\n`);
  }

  /** Text for the terminal: control characters escaped, proper's own colours kept (src/cli/terminal-text.ts). */
  safe(text: string): string {
    return terminalSafe(text, this.color);
  }

  /** Machine-readable data on stdout. */
  data(value: unknown): void {
    this.stdout.write(`${terminalSafeJson(JSON.stringify(value, null, 2))}\n`);
  }

  /** A rendered document (a report) on stdout as it is; text is escaped only when stdout is a terminal. */
  document(content: string | Uint8Array): void {
    this.stdout.write(typeof content === 'string' && this.stdout.isTTY ? this.safe(content) : content);
  }

  /** A table on stdout; plain borders and no colour when not on a terminal. */
  table(head: string[], rows: Cell[][]): void {
    const width = this.width;
    const Table = require('cli-table3') as typeof import('cli-table3');
    const table = new Table({
      head: head.map((h) => this.paint.bold(this.safe(h))),
      style: { head: [], border: this.color ? ['grey'] : [] },
      wordWrap: true,
      ...(width ? { colWidths: fitColumns(head, rows, width) } : {}),
    });
    for (const row of rows) table.push(row.map((cell) => (cell === null || cell === undefined ? '' : this.safe(String(cell)))));
    this.stdout.write(`${table.toString()}\n`);
  }

  /** One record as "label: value" lines on stdout. */
  record(pairs: [label: string, value: Cell][]): void {
    const labelWidth = Math.max(...pairs.map(([label]) => label.length));
    const lines = pairs.map(([label, value]) => `${this.paint.bold(label.padEnd(labelWidth))}  ${value === null || value === undefined || value === '' ? '-' : value}`);
    this.stdout.write(`${this.safe(lines.join('\n'))}\n`);
  }

  /** A line of text on stdout (human output only). */
  line(text = ''): void {
    this.stdout.write(`${this.safe(text)}\n`);
  }

  /** What changed, on stderr, so that stdout stays data. */
  success(text: string): void {
    this.stderr.write(`${this.paint.green('✔')} ${this.safe(text)}\n`);
  }

  hint(text: string): void {
    this.stderr.write(`${this.paint.dim(this.safe(text))}\n`);
  }

  warn(text: string): void {
    this.stderr.write(`${this.paint.yellow('!')} ${this.safe(text)}\n`);
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
