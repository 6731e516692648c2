// proper report cohort|lokus|summary|originality: check the options, build the model with SQL, render it in the
// format asked for. The builders and renderers are imported only here and only when needed, so a
// json report never loads date-fns, cli-table3, chalk or exceljs.
import type { Db } from '../../db/open.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { chooseReportFormat } from '../../report/format-choice.js';
import type { ReportFormat, ReportKind, ReportModels } from '../../report/render.js';
import { cohortReportOptions, parseCount, reportScope } from '../../usecases/reports.js';
import type { Invocation } from '../invocation.js';
import type { Session } from '../session.js';
import { withSession } from '../session.js';

export interface ReportOptions {
  format?: string;
  output?: string;
  top?: string;
  stallDays?: string;
  cohort?: string;
  year?: string;
  program?: string;
  asOf?: string;
  projectsPerLokus?: string;
}

/**
 * --format, --json, or the --output file's extension; table by default (SPEC §4). A format outside
 * the list or a contradiction is a usage error (2, SPEC §5).
 */
export function reportFormat(invocation: Invocation<ReportOptions>): ReportFormat {
  const chosen = chooseReportFormat({
    format: invocation.opts.format,
    json: Boolean(invocation.globals.json),
    output: invocation.opts.output,
  });
  if (!chosen.ok) throw new UsageError(chosen.problem.key, { ...chosen.problem.params, field: '--format' });
  return chosen.value;
}

/** Builds the report and writes it to stdout or --output. */
export async function produce<K extends ReportKind>(
  invocation: Invocation<ReportOptions>,
  kind: K,
  format: ReportFormat,
  build: (db: Db, today: Date, now: Date) => Promise<ReportModels[K]>,
): Promise<void> {
  const { output } = invocation.opts;
  await withSession(invocation, async (session) => emit(kind, await build(session.db, session.today, session.context.now()), format, output, session), { mode: 'read' });
}

async function emit<K extends ReportKind>(
  kind: K,
  model: ReportModels[K],
  format: ReportFormat,
  output: string | undefined,
  { out, dbPath }: Session,
): Promise<void> {
  const rendered =
    format === 'json'
      ? `${JSON.stringify(model, null, 2)}\n`
      : await (await import('../../report/render.js')).renderReport(kind, model, format, {
          color: output === undefined && out.color,
          ...(out.width ? { width: out.width } : {}),
        });
  if (output === undefined) {
    out.document(rendered);
    return;
  }
  // Loaded only for --output (it brings node:crypto, a few milliseconds of every start).
  const { writeOutputFile } = await import('../../db/output-file.js');
  writeOutputFile(output, rendered, { guard: { database: dbPath }, field: '--output' });
  out.success(t('cli.report.written', { format, path: output }));
}

export async function cohort(invocation: Invocation<ReportOptions>): Promise<void> {
  const [code] = invocation.args as [string];
  const format = reportFormat(invocation);
  const options = cohortReportOptions(invocation.opts);
  await produce(invocation, 'cohort', format, async (db, today, now) => {
    const { buildCohortReport } = await import('../../report/build-cohort.js');
    return buildCohortReport(db, code, { ...options, today, now });
  });
}

export async function lokus(invocation: Invocation<ReportOptions>): Promise<void> {
  const format = reportFormat(invocation);
  const scope = reportScope(invocation.opts);
  const projectsPerLokus = parseCount(invocation.opts.projectsPerLokus, '--projects-per-lokus', 0, 20);
  await produce(invocation, 'lokus', format, async (db) =>
    (await import('../../report/build-lokus.js')).buildLokusReport(db, { ...scope, projectsPerLokus }),
  );
}

export async function summary(invocation: Invocation<ReportOptions>): Promise<void> {
  const format = reportFormat(invocation);
  const { year, program, asOf } = reportScope(invocation.opts);
  await produce(invocation, 'summary', format, async (db) =>
    (await import('../../report/build-summary.js')).buildSummaryReport(db, { year, program, asOf }),
  );
}

export async function originality(invocation: Invocation<ReportOptions>): Promise<void> {
  const [code] = invocation.args as [string];
  const format = reportFormat(invocation);
  await produce(invocation, 'originality', format, async (db) => (await import('../../report/build-originality.js')).buildOriginalityReport(db, code));
}
