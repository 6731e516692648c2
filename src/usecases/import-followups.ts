// `proper import followups FILE [--cohort CODE]` (SPEC §11 with every rule of §6): the reading and
// header stages of the import pipeline (src/import/source.ts), then the follow-up rows planned
// (src/import/followups.ts) and written in one IMMEDIATE transaction with one audit row for the batch.
import { recordAudit } from '../db/audit.js';
import { requireCohort } from '../db/cohorts.js';
import { followupSchedules } from '../db/followup-settings.js';
import type { Db } from '../db/open.js';
import { ConflictError, ExitCode, InvalidDataError, ProperError } from '../errors.js';
import { t } from '../i18n/index.js';
import { countFollowupChanges, validateFollowups } from '../import/followups.js';
import type { Counts } from '../import/participants.js';
import { defaultRejectedPath, RejectedWriter } from '../import/rejected.js';
import { openImportSource } from '../import/source.js';
import { writeCheck } from './followups.js';
import type { ImportInput, ImportReport } from './import.js';
import { describeRowError } from './import.js';

/** Errors kept for --json (the officer sees the first 50 and a count). */
const ERRORS_KEPT = 1000;

export type FollowupImportInput = Omit<ImportInput, 'kind' | 'cohort'> & { cohort?: string | undefined };

export async function runFollowupImport(db: Db, input: FollowupImportInput): Promise<ImportReport> {
  const cohort = input.cohort === undefined ? undefined : requireCohort(db, input.cohort.trim());
  const source = await openImportSource(input.file, { kind: 'followups', sheet: input.sheet, headerRow: input.headerRow, map: input.map });
  const dryRun = Boolean(input.dryRun);
  const rejectedPath = input.skipInvalid && !dryRun ? (input.rejected ?? defaultRejectedPath(input.file)) : null;
  let rejected: RejectedWriter | undefined;
  let result;
  try {
    rejected = rejectedPath ? new RejectedWriter(rejectedPath, [...source.header, t('import.rejected.reasonColumn')], source.delimiter ?? ',') : undefined;
    result = await validateFollowups(db, source, {
      cohort: cohort ? { id: cohort.id, code: cohort.code } : undefined,
      schedules: followupSchedules(db),
      today: input.today,
      keep: ERRORS_KEPT,
      rejected,
      describe: describeRowError,
    });
  } finally {
    rejected?.close();
    source.close();
  }
  const { outcome, plans } = result;
  if (outcome.rows === 0) throw new InvalidDataError('import.error.noRows', { file: input.file, line: source.headerLine });

  const blocked = outcome.rejected > 0 && !input.skipInvalid;
  let counts: Counts = { added: 0, updated: 0, unchanged: 0 };
  let written = false;
  if (dryRun) counts = countFollowupChanges(plans);
  else if (!blocked && outcome.valid > 0) {
    input.onWrite?.(outcome.valid);
    counts = writeInOneTransaction(db, input.file, () => {
      const planned = countFollowupChanges(plans);
      for (const plan of plans) if (plan.changed) writeCheck(db, plan.fields);
      recordAudit(db, {
        action: 'insert',
        table: 'followup_checks',
        summary: `import followups ${input.file}${cohort ? ` --cohort ${cohort.code}` : ''}`,
        newValues: { file: input.file, cohort: cohort?.code ?? null, rows: outcome.rows, ...planned, rejected: outcome.rejected },
      });
      return planned;
    });
    written = true;
  }

  return {
    kind: 'followups',
    file: input.file,
    cohort: cohort?.code ?? '',
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
function writeInOneTransaction(db: Db, file: string, write: () => Counts): Counts {
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
