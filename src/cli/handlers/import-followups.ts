// proper import followups FILE [--cohort CODE]: the check results of a form or a spreadsheet.
import { InvalidDataError, UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { runFollowupImport } from '../../import/run-followups.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';
import { errorLines, ImportProgress, importJson, printImportSummary } from '../views/import.js';

interface FollowupImportOptions {
  cohort?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  rejected?: string;
  sheet?: string;
  headerRow?: string;
  map?: string[];
}

function headerRow(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*\d{1,7}\s*$/.test(value) || Number(value) < 1) throw new UsageError('import.error.headerRowNumber', { value });
  return Number(value);
}

export async function followups(invocation: Invocation<FollowupImportOptions>): Promise<void> {
  const [file] = invocation.args as [string];
  const { opts } = invocation;
  const row = headerRow(opts.headerRow);
  // Opened without the per-row audit triggers: the import records one audit row for the whole batch.
  await withSession(
    invocation,
    async ({ db, dbPath, out, today }) => {
      const progress = new ImportProgress(out, invocation.context.now);
      try {
        const report = await runFollowupImport(db, {
          file,
          cohort: opts.cohort,
          dryRun: opts.dryRun,
          skipInvalid: opts.skipInvalid,
          rejected: opts.rejected,
          sheet: opts.sheet,
          headerRow: row,
          map: opts.map,
          today,
          guard: { database: dbPath, inputs: [file] },
          onWrite: (rows) => progress.writing(rows),
        });
        progress.done();
        if (out.json) out.data(importJson(report));
        else printImportSummary(out, report);
        const lines = errorLines(report);
        if (report.rejected > 0 && (!opts.skipInvalid || report.dryRun)) {
          const key = report.dryRun ? 'import.error.dryRunInvalid' : 'import.error.invalidRows';
          throw new InvalidDataError(key, { file, count: report.rejected }, lines);
        }
        for (const line of lines) out.message(line);
        if (report.written && !out.json) out.hint(t('cli.next', { command: 'proper report followup' }));
      } finally {
        progress.done();
      }
    },
    { mode: 'write', audit: false },
  );
}
