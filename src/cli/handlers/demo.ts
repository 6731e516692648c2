// `proper demo`: the demo data loaded into a fresh database (a temporary folder unless --db is
// given), then the end-of-angkatan report of one demo cohort. The temporary folder is removed on
// every way out, Ctrl-C included; folders of demos that were killed are swept by the next demo.
// A --db file that already holds records is not mixed with the demo's invented people unless --yes.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../db/open.js';
import { countRecords } from '../../db/record-counts.js';
import { InterruptedError, UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { buildCohortReport } from '../../report/build-cohort.js';
import { formatFromName } from '../../report/format-choice.js';
import { renderReport } from '../../report/render.js';
import { loadDemo, readDemoData } from '../../usecases/demo.js';
import { makeDemoFolder, sweepDemoFolders } from '../../usecases/demo-folder.js';
import type { Invocation } from '../invocation.js';
import type { Output } from '../output.js';
import { isInteractive, withSession } from '../session.js';
import { loadPrompts } from '../wizard.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function demo(invocation: Invocation<{ format: string }>): Promise<void> {
  const format = invocation.globals.json ? 'json' : formatFromName(invocation.opts.format);
  // An option value outside its list is a usage error (SPEC §5), as for `report --format`.
  if (format === undefined || format === 'xlsx') throw new UsageError('cli.demo.badFormat', { format: invocation.opts.format, field: 'format' });
  const { context } = invocation;
  const keep = invocation.globals.db !== undefined;
  // Without --db, a temporary folder (PROPER_DB is ignored: the demo never touches real records).
  if (!keep) sweepDemoFolders(tmpdir(), context.now().getTime());
  // On Ctrl-C (or a closed terminal) the folder goes first, then the signal takes its usual course.
  // Listening starts before the folder exists: a signal between the two would end the process
  // by default and leave the folder behind.
  let folder: string | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    folder = keep ? undefined : makeDemoFolder(tmpdir());
    await withSession(
      invocation,
      async ({ db, dbPath, out, today }) => {
        if (keep) await refuseToMixWithRecords(db, dbPath, invocation, out);
        const code = loadDemo(db, readDemoData(), today);
        const model = buildCohortReport(db, code, { today, now: context.now() });
        const rendered = format === 'json' ? `${JSON.stringify(model, null, 2)}\n` : await renderReport('cohort', model, format, { color: out.color, ...(out.width ? { width: out.width } : {}) });
        out.document(rendered as string);
        out.hint(keep ? t('cli.demo.kept', { path: dbPath }) : t('cli.demo.temporary'));
      },
      { mode: 'write', ...(folder ? { defaultPath: join(folder, 'proper.db') } : {}) },
    );
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  }
}

/** A database that already holds records gets the demo's invented people only with --yes (or a yes on a terminal). */
async function refuseToMixWithRecords(db: Db, path: string, invocation: Invocation<unknown>, out: Output): Promise<void> {
  const counts = countRecords(db);
  if (counts.cohorts + counts.people + counts.lokus === 0 || invocation.globals.yes) return;
  const params = { path, cohorts: counts.cohorts, people: counts.people };
  if (!isInteractive(invocation)) throw new UsageError('cli.demo.notEmpty', params);
  const { confirmPrompt } = await loadPrompts(invocation.context, invocation.globals.color !== false);
  out.warn(t('cli.demo.notEmptyWarning', params));
  if (!(await confirmPrompt(t('cli.demo.mergeQuestion', params)))) throw new InterruptedError();
}
