// How an import looks to the officer: the summary and the invalid rows on stderr (stdout stays
// data), the --json summary of SPEC §6 on stdout, and a progress line on a terminal for long files.
import { t } from '../../i18n/index.js';
import type { ImportReport } from '../../import/run.js';
import { describeRowError, ERRORS_SHOWN } from '../../import/run.js';
import type { LineSimilarity } from '../../usecases/similarity.js';
import type { Output } from '../output.js';

/** The --json summary, exactly the fields SPEC §6 names (with unknown_columns and warnings). */
/** The summary as --json prints it; `similar` for import projects (SPEC §12). */
export function importJson(report: ImportReport, similar?: readonly LineSimilarity[]): unknown {
  return {
    file: report.file,
    rows: report.rows,
    added: report.added,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected,
    errors: report.errors.map((e) => ({ line: e.line, field: e.field, message: describeRowError(e) })),
    unknown_columns: report.source.unknownColumns,
    warnings: report.warnings.map((w) => ({ line: w.line, field: w.field, message: describeRowError(w) })),
    dry_run: report.dryRun,
    ...(similar !== undefined ? { similar } : {}),
  };
}

/** `FILE:LINE: field: warning`, the first ERRORS_SHOWN of them, then "… and N more". */
export function warningLines(report: ImportReport): string[] {
  const lines = report.warnings.slice(0, ERRORS_SHOWN).map((w) => `${report.file}:${w.line}: ${w.field}: ${describeRowError(w)}`);
  const more = report.warningCount - Math.min(report.warnings.length, ERRORS_SHOWN);
  if (more > 0) lines.push(t('import.error.andMore', { count: more }));
  return lines;
}

/** `FILE:LINE: field: reason`, the first ERRORS_SHOWN of them, then "… and N more". */
export function errorLines(report: ImportReport): string[] {
  const lines = report.errors.slice(0, ERRORS_SHOWN).map((e) => `${report.file}:${e.line}: ${e.field}: ${describeRowError(e)}`);
  const more = report.errorCount - Math.min(report.errors.length, ERRORS_SHOWN);
  if (more > 0) lines.push(t('import.error.andMore', { count: more }));
  return lines;
}

function delimiterName(delimiter: string | undefined): string | undefined {
  if (delimiter === undefined) return undefined;
  return delimiter === '\t' ? t('import.delimiter.tab') : delimiter;
}

export function printImportSummary(out: Output, report: ImportReport): void {
  const err = (line: string) => out.message(line);
  const { source } = report;
  const facts = [
    `${t('import.summary.file')}: ${report.file}`,
    source.encoding ? `${t('import.summary.encoding')}: ${source.encoding}` : undefined,
    source.delimiter ? `${t('import.summary.delimiter')}: ${delimiterName(source.delimiter)}` : undefined,
    source.sheet ? `${t('import.summary.sheet')}: ${source.sheet}` : undefined,
    `${t('import.summary.headerLine')}: ${source.headerLine}`,
    `${t('import.summary.rows')}: ${report.rows}`,
  ].filter((f): f is string => f !== undefined);
  err(out.paint.dim(facts.join(' · ')));
  if (source.unknownColumns.length > 0) out.warn(t('import.warning.unknownColumns', { columns: source.unknownColumns.join(', ') }));
  if (source.duplicateColumns.length > 0) out.warn(t('import.warning.duplicateColumns', { columns: source.duplicateColumns.join(', ') }));
  for (const line of warningLines(report)) out.warn(line);
  const counts = t('import.summary.counts', report as unknown as Record<string, number>);
  const done = report.cohort === '' ? t('import.summary.doneFollowups') : t('import.summary.done', { kind: t(`import.kind.${report.kind}`), cohort: report.cohort });
  if (report.written) out.success(`${done} ${counts}`);
  else err(counts);
  if (report.dryRun) out.hint(t('import.summary.dryRun'));
  if (report.rejectedFile) out.warn(t('import.summary.rejectedFile', { count: report.rejected, file: report.rejectedFile }));
}

/** A one-line progress display on stderr, only on a terminal and only once the work has taken a second. */
export class ImportProgress {
  private readonly started: number;
  private readonly enabled: boolean;
  private lastDraw = 0;
  private shown = false;

  /** `out` says where stderr is (and whether it is a terminal); `now` is the run's clock. */
  constructor(
    private readonly out: Output,
    private readonly now: () => Date,
  ) {
    this.started = now().getTime();
    this.enabled = Boolean(out.stderr.isTTY);
  }

  reading(rows: number): void {
    this.draw(t('import.progress.reading', { rows: rows.toLocaleString('id-ID') }));
  }

  writing(rows: number): void {
    this.draw(t('import.progress.writing', { rows: rows.toLocaleString('id-ID') }), true);
  }

  private draw(text: string, force = false): void {
    if (!this.enabled) return;
    const now = this.now().getTime();
    if (now - this.started < 1000 || (!force && now - this.lastDraw < 200)) return;
    this.lastDraw = now;
    this.shown = true;
    const elapsed = ((now - this.started) / 1000).toFixed(0);
    this.out.stderr.write(`\r\x1b[2K${text} (${elapsed} s)`);
  }

  done(): void {
    if (this.shown) this.out.stderr.write('\r\x1b[2K');
    this.shown = false;
  }
}
