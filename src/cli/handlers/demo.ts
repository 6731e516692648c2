// `proper demo`: the demo data loaded into a fresh database (a temporary folder unless --db is
// given), then the end-of-angkatan report of one demo cohort.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { buildCohortReport } from '../../report/build-cohort.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../../report/render.js';
import { loadDemo, readDemoData } from '../../usecases/demo.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';

export async function demo(invocation: Invocation<{ format: string }>): Promise<void> {
  const format = (invocation.globals.json ? 'json' : invocation.opts.format) as ReportFormat;
  if (!REPORT_FORMATS.includes(format) || format === 'xlsx') throw new UsageError('cli.demo.badFormat', { format, field: '--format' });
  const keep = invocation.globals.db !== undefined;
  // Without --db, a temporary folder (PROPER_DB is ignored: the demo never touches real records).
  const folder = keep ? undefined : mkdtempSync(join(tmpdir(), 'proper-demo-'));
  try {
    await withSession(
      invocation,
      async ({ db, dbPath, out, today }) => {
        const code = loadDemo(db, readDemoData(), today);
        const model = buildCohortReport(db, code, { today, now: invocation.context.now() });
        const rendered = format === 'json' ? `${JSON.stringify(model, null, 2)}\n` : await renderReport('cohort', model, format, { color: out.color, ...(out.width ? { width: out.width } : {}) });
        out.write(rendered as string);
        out.hint(keep ? t('cli.demo.kept', { path: dbPath }) : t('cli.demo.temporary'));
      },
      { mode: 'write', ...(folder ? { defaultPath: join(folder, 'proper.db') } : {}) },
    );
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
