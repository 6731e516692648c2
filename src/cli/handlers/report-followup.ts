// proper report followup: resolve the scope and the as-of date, build the model, render it.
import { followupScope } from '../../usecases/followups.js';
import type { Invocation } from '../invocation.js';
import { produce, reportFormat } from './report.js';
import type { ReportOptions } from './report.js';

export async function followup(invocation: Invocation<ReportOptions>): Promise<void> {
  const format = reportFormat(invocation);
  await produce(invocation, 'followup', format, async (db, today) => {
    const scope = followupScope(db, invocation.opts, today);
    return (await import('../../report/build-followup.js')).buildFollowupReport(db, scope);
  });
}
