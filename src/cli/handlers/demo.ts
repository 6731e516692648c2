// `proper demo`: the demo data loaded into a fresh database (a temporary folder unless --db is
// given), then the end-of-angkatan report of one demo cohort.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { buildCohortReport } from '../../report/build-cohort.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../../report/render.js';
import { loadDemo, readDemoData } from '../../usecases/demo.js';
import type { Invocation } from '../invocation.js';
import { outputFor, today } from '../session.js';

export async function demo(invocation: Invocation<{ format: string }>): Promise<void> {
  const format = (invocation.globals.json ? 'json' : invocation.opts.format) as ReportFormat;
  if (!REPORT_FORMATS.includes(format) || format === 'xlsx') throw new UsageError('cli.demo.badFormat', { format, field: '--format' });
  const out = await outputFor(invocation);
  const keep = invocation.globals.db;
  const folder = keep ? undefined : mkdtempSync(join(tmpdir(), 'proper-demo-'));
  const path = keep ?? join(folder!, 'proper.db');
  try {
    const db = openDatabase(path);
    try {
      const code = loadDemo(db, readDemoData(), today());
      const model = buildCohortReport(db, code, { today: today() });
      const rendered = format === 'json' ? `${JSON.stringify(model, null, 2)}\n` : await renderReport('cohort', model, format, { color: out.color, ...(process.stdout.columns ? { width: process.stdout.columns } : {}) });
      out.document(rendered as string);
      out.hint(keep ? t('cli.demo.kept', { path }) : t('cli.demo.temporary'));
    } finally {
      db.close();
    }
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
