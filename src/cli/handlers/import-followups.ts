// proper import followups FILE [--cohort CODE]: the check results of a form or a spreadsheet.
import { t } from '../../i18n/index.js';
import { runFollowupImport } from '../../import/run-followups.js';
import type { Invocation } from '../invocation.js';
import { importJson, printImportSummary } from '../views/import.js';
import { reportRowErrors, withImport, type ImportOptions } from './import.js';

type FollowupImportOptions = Omit<ImportOptions, 'cohort'> & { cohort?: string };

export async function followups(invocation: Invocation<FollowupImportOptions>): Promise<void> {
  await withImport(invocation, async ({ db, out }, common, progress) => {
    const report = await runFollowupImport(db, { ...common, cohort: invocation.opts.cohort });
    progress.done();
    if (out.json) out.data(importJson(report));
    else printImportSummary(out, report);
    reportRowErrors(out, report, Boolean(invocation.opts.skipInvalid));
    if (report.written && !out.json) out.hint(t('cli.next', { command: 'proper report followup' }));
  });
}
