import { InvalidDataError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { backupDatabase, restoreDatabase } from '../../usecases/backup.js';
import type { DoctorReport, Finding } from '../../usecases/doctor.js';
import { examineDatabase, removeLeftoversBeside } from '../../usecases/doctor.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import { loadPrompts } from '../wizard.js';
import type { Output } from '../output.js';
import { isInteractive, outputFor, withDatabasePath, withInspection, withSession } from '../session.js';

interface BackupOptions {
  force?: boolean;
}

export async function backup(invocation: Invocation<BackupOptions>): Promise<void> {
  const [file] = invocation.args as [string];
  // Backing up a database that does not exist yet is a mistake in the path, not a reason to create one.
  await withSession(
    invocation,
    async ({ db, dbPath, out }) => {
      const result = await backupDatabase(db, dbPath, file, invocation.context.now(), { force: Boolean(invocation.opts.force) });
      if (out.json) return out.data(result);
      out.success(t('cli.backup.done', { file: result.file, bytes: result.bytes, version: result.schema_version }));
      out.hint(t('cli.backup.next', { file: result.file }));
    },
    { mode: 'read' },
  );
}

export async function restore(invocation: Invocation): Promise<void> {
  const [file] = invocation.args as [string];
  const out = await outputFor(invocation);
  // confirmDestructive reads only whether prompts may appear and --yes; restore has no open database.
  const asker = { interactive: isInteractive(invocation), yes: Boolean(invocation.globals.yes), context: invocation.context, out };
  const result = await withDatabasePath(invocation, (dbPath) =>
    restoreDatabase(dbPath, file, invocation.context.now(), () => confirmDestructive(asker, t('cli.restore.confirm', { file, path: dbPath }))),
  );
  if (out.json) return out.data(result);
  out.success(t('cli.restore.done', { file: result.file, path: result.path, version: result.schema_version }));
  if (result.previous) out.hint(t('cli.restore.previousKept', { previous: result.previous }));
  if (result.migrated_from !== null) out.hint(t('cli.restore.migrated', { from: result.migrated_from, to: result.schema_version }));
}

export async function doctor(invocation: Invocation): Promise<void> {
  await withInspection(invocation, async ({ dbPath, open, today, out }) => {
    const report = examineDatabase(dbPath, open, today, invocation.context.platform, { removeLeftovers: Boolean(invocation.globals.yes) });
    if (out.json) out.data(report);
    else printReport(out, report);
    await offerToRemoveLeftovers(invocation, out, report);
    if (!report.healthy) throw new InvalidDataError('cli.doctor.unhealthy', { count: report.problems.length, path: dbPath });
  });
}

/** On a terminal, the temporary copies killed processes left are offered for removal (--yes removes them at once). */
async function offerToRemoveLeftovers(invocation: Invocation, out: Output, report: DoctorReport): Promise<void> {
  const count = report.warnings.filter((w) => w.kind === 'leftover_temp' || w.kind === 'leftover_unfinished').length;
  if (count === 0 || out.json || !isInteractive(invocation)) return;
  const { confirmPrompt } = await loadPrompts(invocation.context, invocation.globals.color !== false);
  if (!(await confirmPrompt(t('cli.doctor.removeLeftovers', { count })))) return;
  out.success(t('cli.doctor.leftoversRemoved', { count: removeLeftoversBeside(report.path).length }));
}

function printReport(out: Output, report: DoctorReport): void {
  out.record([
    [t('cli.doctor.file'), report.path],
    [t('cli.doctor.schema'), report.schema_version],
  ]);
  const line = (f: Finding) => `  - [${f.kind}] ${f.message}`;
  for (const w of report.warnings) out.warn(`[${w.kind}] ${w.message}`);
  if (report.healthy) return out.success(t('cli.doctor.healthy'));
  out.line(t('cli.doctor.problems', { count: report.problems.length }));
  for (const p of report.problems) out.line(line(p));
}
