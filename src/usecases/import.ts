// `proper import participants|projects FILE --cohort CODE`: the import pipeline of SPEC §6 from
// end to end. Read, decode, parse, find and map the header (src/import/source.ts), validate every
// row (pass 1), and only then write every valid row in one IMMEDIATE transaction (pass 2).
import { recordAudit } from '../db/audit.js';
import { requireCohort } from '../db/cohorts.js';
import type { Db } from '../db/open.js';
import { ConflictError, ExitCode, InvalidDataError, ProperError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { ImportKind } from '../import/header-map.js';
import { countChanges, dropStaging, validateParticipants, writeParticipants, type Counts, type RowError, type ValidationOutcome } from '../import/participants.js';
import { countProjectChanges, validateProjects, writeProjects, type ProjectPlan } from '../import/projects.js';
import { defaultRejectedPath, RejectedWriter } from '../import/rejected.js';
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
  sheet?: string | undefined;
  headerRow?: number | undefined;
  map?: string[] | undefined;
  today: Date;
  /** Called after each batch of rows read (for a progress display). */
  onProgress?: ((rows: number) => void) | undefined;
  /** Called once before the write transaction starts. */
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
  const rejected = rejectedPath
    ? new RejectedWriter(rejectedPath, [...source.header, t('import.rejected.reasonColumn')], source.delimiter ?? ',')
    : undefined;

  let outcome: ValidationOutcome;
  let plans: ProjectPlan[] = [];
  const common = { today: input.today, keep: ERRORS_KEPT, rejected, describe: describeRowError };
  try {
    if (input.kind === 'participants') {
      outcome = await validateParticipants(db, source, { ...common, onProgress: input.onProgress });
    } else {
      const result = await validateProjects(db, source, {
        ...common,
        cohortId: cohort.id,
        cohortCode: cohort.code,
        bands: bandsFor(db, cohort.program),
        note: t('import.project.reimportNote', { file: input.file }),
      });
      outcome = result.outcome;
      plans = result.plans;
    }
  } catch (error) {
    if (input.kind === 'participants') dropStaging(db);
    throw error;
  } finally {
    rejected?.close();
  }

  if (outcome.rows === 0) {
    if (input.kind === 'participants') dropStaging(db);
    throw new InvalidDataError('import.error.noRows', { file: input.file, line: source.headerLine });
  }
  const blocked = outcome.rejected > 0 && !skipInvalid;
  let counts: Counts = { added: 0, updated: 0, unchanged: 0 };
  let written = false;
  try {
    const count = (): Counts => (input.kind === 'participants' ? countChanges(db, cohort.id) : countProjectChanges(plans));
    if (dryRun) counts = count();
    else if (!blocked && outcome.valid > 0) {
      input.onWrite?.(outcome.valid);
      counts = writeAll(db, () => {
        const planned = count();
        if (input.kind === 'participants') writeParticipants(db, cohort.id);
        else writeProjects(db, plans);
        recordAudit(db, {
          action: 'insert',
          table: input.kind === 'participants' ? 'enrolments' : 'projects',
          summary: `import ${input.kind} ${input.file} --cohort ${cohort.code}`,
          newValues: { file: input.file, cohort: cohort.code, rows: outcome.rows, ...planned, rejected: outcome.rejected },
        });
        return planned;
      }, input.file);
      written = true;
    }
  } finally {
    if (input.kind === 'participants') dropStaging(db);
  }

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
