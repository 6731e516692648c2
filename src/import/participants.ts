// The back half of `proper import participants`: the checked batches (src/import/participant-check.ts)
// written in ONE pass, inside the caller's transaction.
//
// The caller opens one transaction (IMMEDIATE for a real import, a plain read transaction for
// --dry-run) and rolls it back unless the whole file was valid (or --skip-invalid): the valid rows
// of each batch are written at once with statements prepared once (person by NIP, then enrolment
// by NIP + cohort), so the counts of added / updated / unchanged are exact and nothing half-written
// survives. The batches arrive asynchronously (src/import/participant-check.ts `inTurns`: the
// event loop gets a turn every 50 ms), so that Ctrl-C is heard: the pass checks its AbortSignal
// between batches and stops with the transaction still open for the caller to roll back. Only this
// pass uses the connection while it awaits: the CLI runs one command at a time.
// The SQL lives in src/db/participant-writer.ts.
import type { Db } from '../db/open.js';
import { ParticipantWriter, type Counts } from '../db/participant-writer.js';
import type { CheckedBatch } from './participant-check.js';
import type { RejectedWriter } from './rejected.js';
import type { RowNote } from './row-shape.js';
import { throwIfInterrupted } from './turns.js';

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

export interface ParticipantPassOptions extends Omit<ValidateOptions, 'today'> {
  cohortId: number;
  /** Write each valid row (a real import); false only looks and counts (--dry-run). */
  write: boolean;
  /** The input file, named when the import is interrupted. */
  file: string;
  /** Aborted when the officer presses Ctrl-C: the pass stops between two batches. */
  signal?: AbortSignal | undefined;
}

export type ParticipantOutcome = ValidationOutcome & Counts;

/**
 * Progress is reported every PROGRESS_EVERY rows once the import has run PROGRESS_AFTER_MS: a
 * report formats a number for the terminal (the first one loads locale data, ~25 ms), and a
 * short import needs no progress bar.
 */
const PROGRESS_EVERY = 5000;
const PROGRESS_AFTER_MS = 500;

/**
 * Writes the valid rows of every batch (while the import can still land) and records the rejected
 * ones. Call inside the import's transaction; the caller commits or rolls back. Throws
 * InterruptedError (exit 130) when `signal` is aborted; errors of reading come out of `batches`.
 */
export async function writeParticipantBatches(db: Db, batches: AsyncIterable<CheckedBatch>, options: ParticipantPassOptions): Promise<ParticipantOutcome> {
  const outcome: ParticipantOutcome = { rows: 0, valid: 0, rejected: 0, errors: [], errorCount: 0, added: 0, updated: 0, unchanged: 0 };
  const writer = new ParticipantWriter(db, options.cohortId, options.write);
  const { signal } = options;
  let nextProgress = PROGRESS_EVERY;
  const started = Date.now();

  for await (const batch of batches) {
    throwIfInterrupted(signal, options.file);
    outcome.rows += batch.rows;
    outcome.valid += batch.valid;
    writer.addPacked(batch.packed);
    for (const rejection of batch.rejections) recordRejection(outcome, rejection.problems, rejection.raw, options);
    if (options.onProgress && outcome.rows >= nextProgress) {
      nextProgress = outcome.rows + PROGRESS_EVERY;
      if (Date.now() - started >= PROGRESS_AFTER_MS) options.onProgress(outcome.rows);
    }
  }
  throwIfInterrupted(signal, options.file);
  writer.flush();
  outcome.added = writer.counts.added;
  outcome.updated = writer.counts.updated;
  outcome.unchanged = writer.counts.unchanged;
  return outcome;
}
