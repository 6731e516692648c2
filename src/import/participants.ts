// The back half of `proper import participants`: validate every row and upsert it, in ONE pass.
//
// The caller opens one transaction (IMMEDIATE for a real import, a plain read transaction for
// --dry-run) and rolls it back unless the whole file was valid (or --skip-invalid): each row is
// validated with the domain rules (src/domain/participant-row.ts) and, when valid, written at once
// with prepared statements reused for every row (person by NIP, then enrolment by NIP + cohort),
// so the counts of added / updated / unchanged are exact and nothing half-written survives. The
// source is read synchronously, so nothing is awaited inside the transaction. Memory stays
// bounded whatever the file's size: nothing of a row outlives its batch but its NIP's first line.
// The SQL lives in src/db/participant-writer.ts.
import { validateParticipantRow } from '../domain/participant-row.js';
import type { Db } from '../db/open.js';
import { ParticipantWriter, type Counts } from '../db/participant-writer.js';
import { FirstLines } from './first-lines.js';
import type { RejectedWriter } from './rejected.js';
import type { RowNote } from './row-shape.js';
import type { ImportSource } from './source.js';

export type RowError = RowNote;

export interface ValidationOutcome {
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Rows that passed every check. */
  valid: number;
  /** Rows with at least one problem. */
  rejected: number;
  /** Problems found, in line order; only the first `keep` are kept. */
  errors: RowError[];
  errorCount: number;
}

export type { Counts };

export interface ValidateOptions {
  today: Date;
  /** How many problems to keep for the report (all are counted). */
  keep: number;
  /** Receives each rejected row with its reasons (--skip-invalid). */
  rejected?: RejectedWriter | undefined;
  /** Turns a problem into the sentence written in the reason column. */
  describe: (error: RowError) => string;
  onProgress?: ((rows: number) => void) | undefined;
}

/** Counts a rejected row and its problems, keeps the first `keep`, and hands the row to the rejected file. */
export function recordRejection(
  outcome: ValidationOutcome,
  problems: readonly RowError[],
  raw: readonly string[],
  options: Pick<ValidateOptions, 'keep' | 'rejected' | 'describe'>,
): void {
  outcome.rejected++;
  outcome.errorCount += problems.length;
  for (const problem of problems) if (outcome.errors.length < options.keep) outcome.errors.push(problem);
  options.rejected?.write(raw, problems.map((p) => `${p.field}: ${options.describe(p)}`).join('; '));
}

export interface ParticipantPassOptions extends ValidateOptions {
  cohortId: number;
  /** Write each valid row (a real import); false only looks and counts (--dry-run). */
  write: boolean;
  /**
   * Keep writing and counting after an invalid row (--skip-invalid, --dry-run). Without it the
   * import will be rolled back at the first invalid row, so the rest is only validated.
   */
  continueAfterInvalid: boolean;
}

export type ParticipantOutcome = ValidationOutcome & Counts;

/**
 * Progress is reported every PROGRESS_EVERY rows once the import has run PROGRESS_AFTER_MS: a
 * report formats a number for the terminal (the first one loads locale data, ~25 ms), and a
 * short import needs no progress bar.
 */
const PROGRESS_EVERY = 5000;
const PROGRESS_AFTER_MS = 500;
const NIP_AS_NUMBER = { nipStoredAsNumber: true } as const;
const NO_OPTIONS = {} as const;

/**
 * Validates every record of the source and, as long as the import can still land, upserts each
 * valid one. Call inside the import's transaction; the caller commits or rolls back.
 */
export function importParticipantRows(db: Db, source: ImportSource, options: ParticipantPassOptions): ParticipantOutcome {
  const outcome: ParticipantOutcome = { rows: 0, valid: 0, rejected: 0, errors: [], errorCount: 0, added: 0, updated: 0, unchanged: 0 };
  const seen = new FirstLines();
  const warnings = source.warnings;
  const writer = new ParticipantWriter(db, options.cohortId, options.write);
  const { today, keep, rejected, describe, continueAfterInvalid } = options;
  // Cleared at the first invalid row when that row dooms the import: the rest is only validated.
  let live = true;
  let nextProgress = PROGRESS_EVERY;
  const started = Date.now();

  for (const batch of source.records) {
    for (const record of batch) {
      outcome.rows++;
      let problems: RowError[];
      const result = record.unreadable ? undefined : validateParticipantRow(record.values, today, record.nipStoredAsNumber ? NIP_AS_NUMBER : NO_OPTIONS);
      if (result === undefined) problems = record.problems ?? [];
      else if (result.ok && record.problems) problems = record.problems;
      else if (result.ok) {
        const row = result.value;
        if (result.warnings) for (const w of result.warnings) warnings.add({ line: record.line, field: w.field, key: w.key, params: w.params as Record<string, string | number> });
        const first = seen.firstLineOf(row.nip, record.line);
        if (first === undefined) {
          outcome.valid++;
          if (live) writer.add(row);
          continue;
        }
        problems = [{ line: record.line, field: 'nip', key: 'import.row.duplicateNip', params: { nip: row.nip, first } }];
      } else {
        problems = mergeProblems(record.problems, result.problems.map((p) => ({ line: record.line, field: p.field, key: p.key, params: p.params as Record<string, string | number> })));
      }
      if (!continueAfterInvalid && live) {
        live = false;
        writer.discard();
      }
      recordRejection(outcome, problems, record.raw, { keep, rejected, describe });
    }
    if (options.onProgress && outcome.rows >= nextProgress) {
      nextProgress = outcome.rows + PROGRESS_EVERY;
      if (Date.now() - started >= PROGRESS_AFTER_MS) options.onProgress(outcome.rows);
    }
  }
  if (live) {
    writer.flush();
    outcome.added = writer.counts.added;
    outcome.updated = writer.counts.updated;
    outcome.unchanged = writer.counts.unchanged;
  }
  return outcome;
}

/**
 * The problems found while reading a row (formula cells) first, then the validator's, except those
 * about a field already reported (an uncalculated NIP is not also "required").
 */
export function mergeProblems(read: readonly RowError[] | undefined, checked: readonly RowError[]): RowError[] {
  if (!read) return [...checked];
  return [...read, ...checked.filter((p) => !read.some((r) => r.field === p.field))];
}
