// proper import followups FILE [--cohort CODE]: the check results of a form or a spreadsheet.
import { t } from '../../i18n/index.js';
import { runFollowupImport } from '../../import/run-followups.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';
import { ImportProgress, importJson, printImportSummary } from '../views/import.js';
import { headerRow, reportRowErrors, type ImportOptions } from './import.js';

type FollowupImportOptions = Omit<ImportOptions, 'cohort'> & { cohort?: string };

export async function followups(invocation: Invocation<FollowupImportOptions>): Promise<void> {
  const [file] = invocation.args as [string];
  const { opts } = invocation;
  const row = headerRow(opts.headerRow);
  // Opened without the per-row audit triggers: the import records one audit row for the whole batch.
  await withSession(
    invocation,
    async ({ db, dbPath, out, today }) => {
      const progress = new ImportProgress(out, invocation.context.now);
      // Ctrl-C while the file is read stops the import and says so (exit 130): nothing is written.
      const interruption = invocation.context.interrupts?.();
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
          signal: interruption?.signal,
        });
        progress.done();
        if (out.json) out.data(importJson(report));
        else printImportSummary(out, report);
        reportRowErrors(out, report, Boolean(opts.skipInvalid));
        if (report.written && !out.json) out.hint(t('cli.next', { command: 'proper report followup' }));
      } finally {
        interruption?.release();
        progress.done();
      }
    },
    { mode: 'write', audit: false },
  );
}
