// `proper import participants|projects FILE --cohort CODE`: the import pipeline of SPEC §6 from
// end to end (the import's use case; it lives in src/import so that src/usecases never imports the
// pipeline). Read, decode, parse, find and map the header (src/import/source.ts), then:
// participants are validated and upserted row by row in ONE transaction that is committed only
// when every row was valid (or --skip-invalid) and rolled back otherwise, and on --dry-run;
// projects are validated first (pass 1) and their plans written in one IMMEDIATE transaction.
import { recordAudit } from '../db/audit.js';
import { requireCohort } from '../db/cohorts.js';
import { beginImport, bulkPragmas, commitImport, rollbackImport, writeError } from '../db/import-transaction.js';
import type { Db } from '../db/open.js';
import { readDefaultSettings } from '../db/settings-seed.js';
import { bandsKey, parseBands, type Bands } from '../domain/predicate.js';
import type { Program } from '../domain/types.js';
import { InvalidDataError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { ImportKind } from './header-map.js';
import { checkParticipants } from './participant-check.js';
import { inTurns } from './turns.js';
import { writeParticipantBatches, type Counts, type ParticipantOutcome, type RowError, type ValidateOptions, type ValidationOutcome } from './participants.js';
import { countProjectChanges, validateProjects, writeProjects, type ProjectPlan } from './projects.js';
import { defaultRejectedPath, RejectedWriter } from './rejected.js';
import type { OutputGuard } from '../db/output-file.js';
import { openImportSource, type ImportSource } from './source.js';

/** Errors listed to the officer; the rest are counted. */
export const ERRORS_SHOWN = 50;
/** Errors kept for --json. */
const ERRORS_KEPT = 1000;

export interface ImportInput {
  kind: ImportKind;
  file: string;
  cohort: string;
  dryRun?: boolean | undefined;
  skipInvalid?: boolean | undefined;
  rejected?: string | undefined;
  /** The files the rejected rows' file must never replace (the database; the input itself is added). */
  guard?: OutputGuard;
  sheet?: string | undefined;
  headerRow?: number | undefined;
  map?: string[] | undefined;
  today: Date;
  /**
   * The predicate bands of a program as configured (`config set`); given by the caller, which owns
   * settings. Without it, the defaults of data/defaults.json.
   */
  bands?: ((program: Program) => Bands) | undefined;
  /** Called after each batch of rows read (for a progress display). */
  onProgress?: ((rows: number) => void) | undefined;
  /** Called once before the write transaction commits. */
  onWrite?: ((rows: number) => void) | undefined;
  /**
   * Aborted when the officer presses Ctrl-C: a participant import then stops between two batches,
   * rolls back and throws InterruptedError (exit 130). The projects import is not interruptible.
   */
  signal?: AbortSignal | undefined;
}

export interface ImportReport extends Counts {
  kind: ImportKind;
  file: string;
  cohort: string;
  source: Pick<ImportSource, 'format' | 'encoding' | 'delimiter' | 'sheet' | 'headerLine' | 'unknownColumns' | 'duplicateColumns'>;
  rows: number;
  rejected: number;
  errors: RowError[];
  errorCount: number;
  /** Values repaired and rows passed over (SPEC §6), the first ones kept; all counted. */
  warnings: RowError[];
  warningCount: number;
  dryRun: boolean;
  /** Rows were written (false on a dry run and when invalid rows stopped the import). */
  written: boolean;
  rejectedFile: string | null;
  /** `import projects`: the projects the file adds or renames, for the similarity check (SPEC §12). */
  changed?: ImportedProject[];
}

/** A project an import adds or renames: its line and the text the similarity measure reads. */
export interface ImportedProject {
  line: number;
  title: string;
  innovation_name: string | null;
  description: string | null;
}

/** What an import read and did, for {@link importReport}. */
export interface ImportFacts extends Pick<ImportReport, 'kind' | 'file' | 'cohort' | 'dryRun' | 'written' | 'rejectedFile' | 'changed'> {
  source: ImportSource;
  outcome: Pick<ValidationOutcome, 'rows' | 'rejected' | 'errors' | 'errorCount'>;
  counts: Counts;
}

/** The summary every import returns (SPEC §6 `--json`), the same shape for each kind. */
export function importReport(facts: ImportFacts): ImportReport {
  const { source, outcome } = facts;
  return {
    kind: facts.kind,
    file: facts.file,
    cohort: facts.cohort,
    source: {
      format: source.format,
      encoding: source.encoding,
      delimiter: source.delimiter,
      sheet: source.sheet,
      headerLine: source.headerLine,
      unknownColumns: source.unknownColumns,
      duplicateColumns: source.duplicateColumns,
    },
    rows: outcome.rows,
    ...facts.counts,
    rejected: outcome.rejected,
    errors: outcome.errors,
    errorCount: outcome.errorCount,
    warnings: source.warnings.list,
    warningCount: source.warnings.count,
    dryRun: facts.dryRun,
    written: facts.written,
    rejectedFile: facts.rejectedFile,
    ...(facts.changed !== undefined ? { changed: facts.changed } : {}),
  };
}

/** The sentence of a row problem in the user's language. */
export function describeRowError(error: RowError): string {
  return t(error.key, error.params);
}

export async function runImport(db: Db, input: ImportInput): Promise<ImportReport> {
  const cohort = requireCohort(db, input.cohort.trim());
  const dryRun = Boolean(input.dryRun);
  const skipInvalid = Boolean(input.skipInvalid);
  const source = await openImportSource(input.file, { kind: input.kind, sheet: input.sheet, headerRow: input.headerRow, map: input.map });
  const rejectedPath = skipInvalid && !dryRun ? (input.rejected ?? defaultRejectedPath(input.file)) : null;
  let rejected: RejectedWriter | undefined;
  let result: { outcome: ValidationOutcome; counts: Counts; written: boolean; changed?: ImportedProject[] };
  try {
    rejected = rejectedPath
      ? new RejectedWriter(rejectedPath, [...source.header, t('import.rejected.reasonColumn')], source.delimiter ?? ',', input.guard)
      : undefined;
    rejected?.check();
    const common = { today: input.today, keep: ERRORS_KEPT, rejected, describe: describeRowError, onProgress: input.onProgress };
    result = input.kind === 'participants' ? await importParticipants(db, source, input, cohort, common) : await importProjects(db, source, input, cohort, common);
    rejected?.close();
  } finally {
    // After a failure nothing half-written is left: the rejected rows' file is dropped.
    rejected?.abort();
    source.close();
  }
  const { outcome, counts, written, changed } = result;

  return importReport({
    kind: input.kind,
    file: input.file,
    cohort: cohort.code,
    source,
    outcome,
    counts,
    dryRun,
    written,
    rejectedFile: rejected && rejected.count > 0 ? rejectedPath : null,
    ...(changed !== undefined ? { changed } : {}),
  });

}

type Common = ValidateOptions;
type Cohort = ReturnType<typeof requireCohort>;

/**
 * One pass inside one transaction: IMMEDIATE for a real import (the write lock is taken before the
 * first row, so the counts are exact), a read transaction for --dry-run, which writes nothing.
 * Committed only when the import may land; everything else (an invalid row, an error, Ctrl-C)
 * rolls back.
 */
async function importParticipants(db: Db, source: ImportSource, input: ImportInput, cohort: Cohort, common: Common) {
  const dryRun = Boolean(input.dryRun);
  const skipInvalid = Boolean(input.skipInvalid);
  let outcome: ParticipantOutcome;
  let written = false;
  const restore = bulkPragmas(db);
  try {
    beginImport(db, !dryRun);
    try {
      // With the foreign-key checks off, the cohort must still exist now that the lock is held.
      requireCohort(db, cohort.code);
      const batches = inTurns(checkParticipants(source, { today: input.today, continueAfterInvalid: skipInvalid || dryRun }));
      outcome = await writeParticipantBatches(db, batches, { ...common, cohortId: cohort.id, write: !dryRun, file: input.file, signal: input.signal });
      if (outcome.rows === 0) throw new InvalidDataError('import.error.noRows', { file: input.file, line: source.headerLine });
      const blocked = outcome.rejected > 0 && !skipInvalid;
      if (!dryRun && !blocked && outcome.valid > 0) {
        input.onWrite?.(outcome.valid);
        const { added, updated, unchanged } = outcome;
        recordAudit(db, {
          action: 'insert',
          table: 'enrolments',
          summary: `import participants ${input.file} --cohort ${cohort.code}`,
          newValues: { file: input.file, cohort: cohort.code, rows: outcome.rows, added, updated, unchanged, rejected: outcome.rejected },
        });
        commitImport(db);
        written = true;
      }
    } finally {
      rollbackImport(db);
    }
  } catch (error) {
    throw writeError(error, db, input.file);
  } finally {
    restore();
  }
  const counts: Counts = written || dryRun ? { added: outcome.added, updated: outcome.updated, unchanged: outcome.unchanged } : { added: 0, updated: 0, unchanged: 0 };
  return { outcome, counts, written };
}

/** The projects of the plans that are new or have new text, for the similarity check. */
function changedProjects(plans: readonly ProjectPlan[]): ImportedProject[] {
  return plans
    .filter((plan) => plan.projectId === null || plan.fieldsChanged)
    .map((plan) => ({ line: plan.line, title: plan.fields.title, innovation_name: plan.fields.innovation_name, description: plan.fields.description }));
}

/**
 * Plans every row and writes the plans in ONE transaction — IMMEDIATE for a real import, so the
 * plans are made on the state they are written over and cannot go stale; a read transaction,
 * rolled back, for --dry-run. Reading gives the event loop turns (Ctrl-C is heard: the
 * transaction is rolled back and the officer told); the writes then run in one synchronous step.
 */
async function importProjects(db: Db, source: ImportSource, input: ImportInput, cohort: Cohort, common: Common) {
  const bands = input.bands ? input.bands(cohort.program) : defaultBands(cohort.program);
  const note = t('import.project.reimportNote', { file: input.file });
  try {
    beginImport(db, !input.dryRun);
    try {
      const options = { ...common, cohortId: cohort.id, cohortCode: cohort.code, bands, note, signal: input.signal, file: input.file };
      const { outcome, plans } = await validateProjects(db, source, options);
      if (outcome.rows === 0) throw new InvalidDataError('import.error.noRows', { file: input.file, line: source.headerLine });
      const blocked = outcome.rejected > 0 && !input.skipInvalid;
      const changed = changedProjects(plans);
      if (input.dryRun) return { outcome, counts: countProjectChanges(plans), written: false, changed };
      if (blocked || outcome.valid === 0) return { outcome, counts: { added: 0, updated: 0, unchanged: 0 }, written: false, changed: [] };
      input.onWrite?.(outcome.valid);
      const counts = countProjectChanges(plans);
      writeProjects(db, plans);
      recordAudit(db, {
        action: 'insert',
        table: 'projects',
        summary: `import projects ${input.file} --cohort ${cohort.code}`,
        newValues: { file: input.file, cohort: cohort.code, rows: outcome.rows, ...counts, rejected: outcome.rejected },
      });
      commitImport(db);
      return { outcome, counts, written: true, changed };
    } finally {
      rollbackImport(db);
    }
  } catch (error) {
    throw writeError(error, db, input.file);
  }
}

function defaultBands(program: Program): Bands {
  const parsed = parseBands(readDefaultSettings()[bandsKey(program)] ?? '');
  if (!parsed.ok) throw new InvalidDataError(parsed.problem.key, parsed.problem.params);
  return parsed.value;
}
