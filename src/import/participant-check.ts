// The front half of `proper import participants` after the source: each record validated with the
// domain rules (src/domain/participant-row.ts), repeated NIPs found, warnings logged, and the
// result handed on in batches: the valid rows packed flat for the writer (src/db/participant-writer.ts)
// and the rejected rows with their problems. Pure computation over the source, no database.
import { validateParticipantRow } from '../domain/participant-row.js';
import { packRow, type PackedRows } from '../db/participant-writer.js';
import { FirstLines } from './first-lines.js';
import type { RowNote } from './row-shape.js';
import type { ImportSource } from './source.js';

/** A row that failed a check: its problems in line order and its cells as read. */
export interface Rejection {
  problems: RowNote[];
  raw: string[];
}

/** What one batch of records came to. */
export interface CheckedBatch {
  /** Data records read in this batch. */
  rows: number;
  /** Records that passed every check (also those not packed, see `packed`). */
  valid: number;
  /**
   * The valid rows to write, ROW_WIDTH values each (src/db/participant-writer.ts). Empty once an
   * invalid row has doomed an import that stops at the first one: the rest is only counted.
   */
  packed: PackedRows;
  rejections: Rejection[];
}

export interface CheckOptions {
  today: Date;
  /** Keep packing valid rows after an invalid one (--skip-invalid, --dry-run). */
  continueAfterInvalid: boolean;
}

const NIP_AS_NUMBER = { nipStoredAsNumber: true } as const;
const NO_OPTIONS = {} as const;

/**
 * Checks every record of `source`, one CheckedBatch per batch of the source (about 64 KiB of a
 * CSV), in line order. Warnings go to `source.warnings`. Errors of reading (exit 2 or 3) are thrown
 * by the iteration, as the source throws them.
 */
export function* checkParticipants(source: ImportSource, options: CheckOptions): Generator<CheckedBatch> {
  const seen = new FirstLines();
  const warnings = source.warnings;
  const { today, continueAfterInvalid } = options;
  let live = true;
  for (const records of source.records) {
    const packed: PackedRows = [];
    const rejections: Rejection[] = [];
    let valid = 0;
    for (const record of records) {
      let problems: RowNote[];
      const result = record.unreadable ? undefined : validateParticipantRow(record.values, today, record.nipStoredAsNumber ? NIP_AS_NUMBER : NO_OPTIONS);
      if (result === undefined) problems = record.problems ?? [];
      else if (result.ok && record.problems) problems = record.problems;
      else if (result.ok) {
        const row = result.value;
        if (result.warnings) for (const w of result.warnings) warnings.add({ line: record.line, field: w.field, key: w.key, params: w.params as Record<string, string | number> });
        const first = seen.firstLineOf(row.nip, record.line);
        if (first === undefined) {
          valid++;
          if (live) packRow(packed, row);
          continue;
        }
        problems = [{ line: record.line, field: 'nip', key: 'import.row.duplicateNip', params: { nip: row.nip, first } }];
      } else {
        problems = mergeProblems(record.problems, result.problems.map((p) => ({ line: record.line, field: p.field, key: p.key, params: p.params as Record<string, string | number> })));
      }
      if (!continueAfterInvalid) live = false;
      rejections.push({ problems, raw: record.raw });
    }
    if (!live) packed.length = 0;
    yield { rows: records.length, valid, packed, rejections };
  }
}

/**
 * The problems found while reading a row (formula cells) first, then the validator's, except those
 * about a field already reported (an uncalculated NIP is not also "required").
 */
export function mergeProblems(read: readonly RowNote[] | undefined, checked: readonly RowNote[]): RowNote[] {
  if (!read) return [...checked];
  return [...read, ...checked.filter((p) => !read.some((r) => r.field === p.field))];
}
