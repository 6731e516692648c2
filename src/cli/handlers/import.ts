import { InvalidDataError, UsageError } from '../../errors.js';
import type { ImportKind } from '../../import/header-map.js';
import { defaultTemplateFile, writeTemplate, type TemplateFormat } from '../../import/template.js';
import { t } from '../../i18n/index.js';
import { runImport, type ImportInput, type ImportReport } from '../../import/run.js';
import type { Output } from '../output.js';
import { bandsFor } from '../../usecases/settings.js';
import { importSimilarities } from '../../usecases/similarity.js';
import type { Invocation } from '../invocation.js';
import { outputFor, outputGuard, required, withSession, type Session } from '../session.js';
import { errorLines, ImportProgress, importJson, printImportSummary } from '../views/import.js';
import { warnSimilar } from '../views/search.js';

export interface ImportOptions {
  cohort?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  rejected?: string;
  sheet?: string;
  headerRow?: string;
  map?: string[];
}

/** `--header-row N`: a line number from 1 (usage error otherwise). */
export function headerRow(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*\d{1,7}\s*$/.test(value) || Number(value) < 1) throw new UsageError('import.error.headerRowNumber', { value });
  return Number(value);
}

/**
 * The rows' problems after the summary: an import blocked by invalid rows (or a dry run that found
 * some) fails with exit 3 listing them (SPEC §6); skipped rows are listed as messages.
 */
export function reportRowErrors(out: Output, report: ImportReport, skipInvalid: boolean): void {
  const lines = errorLines(report);
  if (report.rejected > 0 && (!skipInvalid || report.dryRun)) {
    const key = report.dryRun ? 'import.error.dryRunInvalid' : 'import.error.invalidRows';
    throw new InvalidDataError(key, { file: report.file, count: report.rejected }, lines);
  }
  for (const line of lines) out.message(line);
}

/** What every import command hands its use case from the command line and the session. */
export type CommonImportInput = Pick<
  ImportInput,
  'file' | 'dryRun' | 'skipInvalid' | 'rejected' | 'sheet' | 'headerRow' | 'map' | 'today' | 'guard' | 'onProgress' | 'onWrite' | 'signal'
>;

/**
 * Runs an import command's `work` in one write session opened without the per-row audit triggers
 * (the import records one audit row for the whole batch), with the progress display (`work` ends
 * it before printing), and with Ctrl-C held: it rolls the import back and says so (exit 130).
 */
export async function withImport(
  invocation: Invocation<ImportOptions>,
  work: (session: Session, input: CommonImportInput, progress: ImportProgress) => Promise<void>,
): Promise<void> {
  const [file] = invocation.args as [string];
  const { opts } = invocation;
  const row = headerRow(opts.headerRow);
  await withSession(
    invocation,
    async (session) => {
      const progress = new ImportProgress(session.out, invocation.context.now);
      const interruption = invocation.context.interrupts?.();
      try {
        await work(session, {
          file,
          dryRun: opts.dryRun,
          skipInvalid: opts.skipInvalid,
          rejected: opts.rejected,
          sheet: opts.sheet,
          headerRow: row,
          map: opts.map,
          today: session.today,
          guard: { database: session.dbPath, inputs: [file] },
          onProgress: (rows) => progress.reading(rows),
          onWrite: (rows) => progress.writing(rows),
          signal: interruption?.signal,
        }, progress);
      } finally {
        interruption?.release();
        progress.done();
      }
    },
    { mode: 'write', audit: false },
  );
}

async function runImportCommand(invocation: Invocation<ImportOptions>, kind: ImportKind): Promise<void> {
  const cohort = required(invocation.opts.cohort, '--cohort');
  await withImport(invocation, async ({ db, out }, common, progress) => {
    const report = await runImport(db, { ...common, kind, cohort, bands: (program) => bandsFor(db, program) });
    progress.done();
    const similar = report.changed !== undefined ? importSimilarities(db, report.cohort, report.changed) : undefined;
    if (out.json) out.data(importJson(report, similar));
    else printImportSummary(out, report);
    reportRowErrors(out, report, Boolean(invocation.opts.skipInvalid));
    for (const found of similar ?? []) warnSimilar(out, [found], { line: found.line });
  });
}

export async function participants(invocation: Invocation<ImportOptions>): Promise<void> {
  await runImportCommand(invocation, 'participants');
}

export async function projects(invocation: Invocation<ImportOptions>): Promise<void> {
  await runImportCommand(invocation, 'projects');
}

const KINDS: Record<string, ImportKind> = {
  participants: 'participants',
  peserta: 'participants',
  projects: 'projects',
  proyek: 'projects',
  followups: 'followups',
  pemantauan: 'followups',
};

export async function template(invocation: Invocation<{ format?: string; output?: string }>): Promise<void> {
  const [kindArg] = invocation.args as [string];
  const kind = KINDS[kindArg.trim().toLowerCase()];
  if (!kind) throw new UsageError('import.error.templateKind', { kind: kindArg });
  const format = (invocation.opts.format ?? 'csv').trim().toLowerCase();
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError('import.error.templateFormat', { format });
  const file = invocation.opts.output ?? defaultTemplateFile(kind, format);
  await writeTemplate(kind, format as TemplateFormat, file, outputGuard(invocation));
  const out = await outputFor(invocation);
  if (out.json) out.data({ file, kind, format });
  else out.success(t('import.template.written', { kind: t(`import.kind.${kind}`), file }));
}
