// `proper import followups FILE [--cohort CODE]` (SPEC §11 with every rule of §6), the import's use
// case beside run.ts: the reading and header stages of the pipeline (source.ts), then the follow-up
// rows planned (followups.ts) and written in one IMMEDIATE transaction with one audit row for the batch.
import { recordAudit } from '../db/audit.js';
import { requireCohort } from '../db/cohorts.js';
import { followupSchedules } from '../db/followup-settings.js';
import { writeCheck } from '../db/followups.js';
import { writeAll } from '../db/import-transaction.js';
import type { Db } from '../db/open.js';
import { InvalidDataError } from '../errors.js';
import { t } from '../i18n/index.js';
import { countFollowupChanges, validateFollowups } from './followups.js';
import type { Counts } from './participants.js';
import { defaultRejectedPath, RejectedWriter } from './rejected.js';
import type { ImportInput, ImportReport } from './run.js';
import { describeRowError, importReport } from './run.js';
import { openImportSource } from './source.js';

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
    rejected = rejectedPath ? new RejectedWriter(rejectedPath, [...source.header, t('import.rejected.reasonColumn')], source.delimiter ?? ',', input.guard) : undefined;
    rejected?.check();
    result = await validateFollowups(db, source, {
      cohort: cohort ? { id: cohort.id, code: cohort.code } : undefined,
      schedules: followupSchedules(db),
      today: input.today,
      keep: ERRORS_KEPT,
      rejected,
      describe: describeRowError,
      signal: input.signal,
      file: input.file,
    });
    rejected?.close();
  } finally {
    // After a failure nothing half-written is left: the rejected rows' file is dropped.
    rejected?.abort();
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
    counts = writeAll(db, () => {
      const planned = countFollowupChanges(plans);
      for (const plan of plans) if (plan.changed) writeCheck(db, plan.fields);
      recordAudit(db, {
        action: 'insert',
        table: 'followup_checks',
        summary: `import followups ${input.file}${cohort ? ` --cohort ${cohort.code}` : ''}`,
        newValues: { file: input.file, cohort: cohort?.code ?? null, rows: outcome.rows, ...planned, rejected: outcome.rejected },
      });
      return planned;
    }, input.file);
    written = true;
  }

  return importReport({
    kind: 'followups',
    file: input.file,
    cohort: cohort?.code ?? '',
    source,
    outcome,
    counts,
    dryRun,
    written,
    rejectedFile: rejected && rejected.count > 0 ? rejectedPath : null,
  });

}
