// `proper import participants|projects FILE --cohort CODE`: the import pipeline of SPEC §6 from
// end to end. Read, decode, parse, find and map the header (src/import/source.ts), then:
// participants are validated and upserted row by row in ONE transaction that is committed only
// when every row was valid (or --skip-invalid) and rolled back otherwise, and on --dry-run;
// projects are validated first (pass 1) and their plans written in one IMMEDIATE transaction.
import { recordAudit } from '../db/audit.js';
import { requireCohort } from '../db/cohorts.js';
import type { Db } from '../db/open.js';
import { ConflictError, ExitCode, InvalidDataError, ProperError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { ImportKind } from '../import/header-map.js';
import { importParticipantRows, type Counts, type ParticipantOutcome, type RowError, type ValidationOutcome } from '../import/participants.js';
import { countProjectChanges, validateProjects, writeProjects } from '../import/projects.js';
import { defaultRejectedPath, RejectedWriter } from '../import/rejected.js';
import type { OutputGuard } from '../db/output-file.js';
import { openImportSource, type ImportSource } from '../import/source.js';
import { bandsFor } from './settings.js';

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
  /** Called after each batch of rows read (for a progress display). */
  onProgress?: ((rows: number) => void) | undefined;
  /** Called once before the write transaction commits. */
  onWrite?: ((rows: number) => void) | undefined;
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
  dryRun: boolean;
  /** Rows were written (false on a dry run and when invalid rows stopped the import). */
  written: boolean;
  rejectedFile: string | null;
}

/** The sentence of a row problem in the user's language. */
export function describeRowError(error: RowError): string {
  return t(error.key, error.params);
}

export async function runImport(db: Db, input: ImportInput): Promise<ImportReport> {
  const cohort = requireCohort(db, input.cohort.trim());
  const source = await openImportSource(input.file, { kind: input.kind, sheet: input.sheet, headerRow: input.headerRow, map: input.map });
  const dryRun = Boolean(input.dryRun);
  const skipInvalid = Boolean(input.skipInvalid);
  const rejectedPath = skipInvalid && !dryRun ? (input.rejected ?? defaultRejectedPath(input.file)) : null;
  let rejected: RejectedWriter | undefined;
  let result: { outcome: ValidationOutcome; counts: Counts; written: boolean };
  try {
    rejected = rejectedPath
      ? new RejectedWriter(rejectedPath, [...source.header, t('import.rejected.reasonColumn')], source.delimiter ?? ',', input.guard)
      : undefined;
    rejected?.check();
    const common = { today: input.today, keep: ERRORS_KEPT, rejected, describe: describeRowError, onProgress: input.onProgress };
    result =
      input.kind === 'participants'
        ? importParticipants(db, source, input, cohort, common)
        : await importProjects(db, source, input, cohort, common);
    rejected?.close();
  } finally {
    // After a failure nothing half-written is left: the rejected rows' file is dropped.
    rejected?.abort();
    source.close();
  }
  const { outcome, counts, written } = result;

  return {
    kind: input.kind,
    file: input.file,
    cohort: cohort.code,
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
    ...counts,
    rejected: outcome.rejected,
    errors: outcome.errors,
    errorCount: outcome.errorCount,
    dryRun,
    written,
    rejectedFile: rejected && rejected.count > 0 ? rejectedPath : null,
  };
}

type Common = Omit<Parameters<typeof importParticipantRows>[2], 'cohortId' | 'write' | 'continueAfterInvalid'>;
type Cohort = ReturnType<typeof requireCohort>;

/**
 * One pass inside one transaction: IMMEDIATE for a real import (the write lock is taken before the
 * first row, so the counts are exact), a read transaction for --dry-run, which writes nothing.
 * Committed only when the import may land; everything else rolls back.
 */
function importParticipants(db: Db, source: ImportSource, input: ImportInput, cohort: Cohort, common: Common) {
  const dryRun = Boolean(input.dryRun);
  const skipInvalid = Boolean(input.skipInvalid);
  let outcome: ParticipantOutcome;
  let written = false;
  const restore = bulkPragmas(db);
  try {
    db.exec(dryRun ? 'BEGIN' : 'BEGIN IMMEDIATE');
    try {
      // With the foreign-key checks off, the cohort must still exist now that the lock is held.
      requireCohort(db, cohort.code);
      outcome = importParticipantRows(db, source, {
        ...common,
        cohortId: cohort.id,
        write: !dryRun,
        continueAfterInvalid: skipInvalid || dryRun,
      });
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
        db.exec('COMMIT');
        written = true;
      }
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK');
    }
  } catch (error) {
    throw writeError(error, db, input.file);
  } finally {
    restore();
  }
  const counts: Counts = written || dryRun ? { added: outcome.added, updated: outcome.updated, unchanged: outcome.unchanged } : { added: 0, updated: 0, unchanged: 0 };
  return { outcome, counts, written };
}

/**
 * The connection's settings for the participant import, and a function that puts them back.
 * Every enrolment names the cohort checked inside the transaction and a person this import just
 * found or inserted, so SQLite's foreign-key lookups could never fail and are skipped. The CHECK
 * constraints stay on: they are the file's last defence, whoever writes to it. The page cache is
 * 16 MiB (default 2 MiB) for lists in random NIP order; the generated 1,000,000-row list, in near
 * NIP order, ran as fast with 2 or 32 MiB, and 16 MiB keeps the import well inside SPEC §9's
 * 200 MB budget.
 */
function bulkPragmas(db: Db): () => void {
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  const cacheSize = Number(db.pragma('cache_size', { simple: true }));
  db.pragma('foreign_keys = OFF');
  db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  return () => {
    db.pragma(foreignKeys ? 'foreign_keys = ON' : 'foreign_keys = OFF');
    db.pragma(`cache_size = ${cacheSize}`);
  };
}
const IMPORT_CACHE_KIB = -16 * 1024;

async function importProjects(db: Db, source: ImportSource, input: ImportInput, cohort: Cohort, common: Common) {
  const { outcome, plans } = await validateProjects(db, source, {
    ...common,
    cohortId: cohort.id,
    cohortCode: cohort.code,
    bands: bandsFor(db, cohort.program),
    note: t('import.project.reimportNote', { file: input.file }),
  });
  if (outcome.rows === 0) throw new InvalidDataError('import.error.noRows', { file: input.file, line: source.headerLine });
  const blocked = outcome.rejected > 0 && !input.skipInvalid;
  let counts: Counts = { added: 0, updated: 0, unchanged: 0 };
  let written = false;
  if (input.dryRun) counts = countProjectChanges(plans);
  else if (!blocked && outcome.valid > 0) {
    input.onWrite?.(outcome.valid);
    counts = writeAll(db, () => {
      const planned = countProjectChanges(plans);
      writeProjects(db, plans);
      recordAudit(db, {
        action: 'insert',
        table: 'projects',
        summary: `import projects ${input.file} --cohort ${cohort.code}`,
        newValues: { file: input.file, cohort: cohort.code, rows: outcome.rows, ...planned, rejected: outcome.rejected },
      });
      return planned;
    }, input.file);
    written = true;
  }
  return { outcome, counts, written };
}

/** The one write transaction; a failure inside it rolls everything back and is reported as such. */
function writeAll(db: Db, write: () => Counts, file: string): Counts {
  try {
    return db.transaction(write).immediate();
  } catch (error) {
    if (error instanceof ProperError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new ConflictError('db.locked', { path: db.name });
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ProperError(ExitCode.failure, 'import.error.writeFailed', { file, reason });
  }
}

/** A database error during an import's transaction, as the officer is told it; anything else as is. */
function writeError(error: unknown, db: Db, file: string): unknown {
  if (error instanceof ProperError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ConflictError('db.locked', { path: db.name });
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new ProperError(ExitCode.failure, 'import.error.writeFailed', { file, reason });
}
