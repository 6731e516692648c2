// proper followup due|record|list: the checks after the training (SPEC §11).
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { dueFollowups, listFollowups, recordFollowup } from '../../usecases/followups.js';
import type { DueCheck } from '../../usecases/followups.js';
import type { Invocation } from '../invocation.js';
import { required, withSession } from '../session.js';
import type { Session } from '../session.js';
import { checkPairs, printCheckTable, printDueTable, reasonLabel, statusLabel } from '../views/followup.js';
import { writeOutputFile } from '../../db/output-file.js';

interface FollowupOptions {
  asOf?: string;
  within?: string;
  cohort?: string;
  program?: string;
  year?: string;
  format?: string;
  output?: string;
  status?: string;
  months?: string;
  date?: string;
  reason?: string;
  note?: string;
  evidence?: string;
  ikm?: string;
}

const DUE_FORMATS = ['table', 'json', 'csv', 'ics'] as const;
type DueFormat = (typeof DUE_FORMATS)[number];
const EXTENSIONS: Record<string, DueFormat> = { '.json': 'json', '.csv': 'csv', '.ics': 'ics', '.txt': 'table' };

/** --format, else the --output file's extension, else json with --json, else table. A format out of the list is a usage error (2). */
function dueFormat(invocation: Invocation<FollowupOptions>): DueFormat {
  const { format: given, output } = invocation.opts;
  const json = Boolean(invocation.globals.json);
  const byExtension = output === undefined ? undefined : EXTENSIONS[/\.[^./\\]+$/.exec(output.toLowerCase())?.[0] ?? ''];
  if (given === undefined) return json ? 'json' : (byExtension ?? 'table');
  const format = DUE_FORMATS.find((f) => f === given.trim().toLowerCase());
  if (!format) throw new UsageError('followup.error.format', { value: given, choices: DUE_FORMATS.join(', '), field: '--format' });
  if (json && format !== 'json') throw new UsageError('reportcli.error.formatConflict', { format });
  if (byExtension !== undefined && byExtension !== format) throw new UsageError('followup.error.formatExtension', { format, path: output! });
  return format;
}

export async function due(invocation: Invocation<FollowupOptions>): Promise<void> {
  const format = dueFormat(invocation);
  const { output } = invocation.opts;
  await withSession(invocation, async (session) => {
    const checks = dueFollowups(session.db, invocation.opts, session.today);
    const rendered = await renderDue(checks, format, session);
    if (rendered === undefined) return;
    if (output === undefined) return void session.out.document(rendered);
    writeOutputFile(output, rendered, { guard: { database: session.dbPath }, field: '--output' });
    session.out.success(t('followup.written', { count: checks.length, path: output }));
  }, { mode: 'read' });
}

/** The checks in `format`; undefined when the table was printed directly. */
async function renderDue(checks: DueCheck[], format: DueFormat, { out, today }: Session): Promise<string | undefined> {
  if (format === 'json') return `${JSON.stringify(checks, null, 2)}\n`;
  if (format === 'ics') return (await import('../../report/render-ics.js')).renderDueIcs(checks, today);
  if (format === 'csv') {
    const { toCsvLine } = await import('../../report/csv-cell.js');
    const fields = ['project_id', 'nip', 'name', 'cohort', 'title', 'months', 'due_date', 'overdue_days', 'last_status'] as const;
    return `${[fields.join(','), ...checks.map((c) => toCsvLine(fields.map((f) => c[f])))].join('\r\n')}\r\n`;
  }
  if (checks.length === 0) {
    out.hint(t('followup.noneDue'));
    return undefined;
  }
  printDueTable(out, checks);
  out.hint(t('cli.next', { command: `proper followup record ${checks[0]!.project_id} --months ${checks[0]!.months} --status running` }));
  return undefined;
}

export async function record(invocation: Invocation<FollowupOptions>): Promise<void> {
  const [target] = invocation.args as [string];
  required(invocation.opts.status, '--status');
  await withSession(invocation, ({ db, out, today }) => {
    const check = recordFollowup(db, { target, cohort: invocation.opts.cohort }, invocation.opts, today);
    if (out.json) return out.data(check);
    out.record(checkPairs(check));
    const reason = reasonLabel(check.reason);
    out.success(
      t('followup.recorded', { id: check.id, project: check.project_id, months: check.months, status: statusLabel(check.status)! }) +
        (reason === null ? '' : ` (${reason})`),
    );
    out.hint(t('cli.next', { command: `proper followup list ${check.project_id}` }));
  }, { mode: 'write' });
}

export async function list(invocation: Invocation<FollowupOptions>): Promise<void> {
  const [target] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const { project, checks } = listFollowups(db, { target, cohort: invocation.opts.cohort });
    if (out.json) return out.data(checks);
    if (checks.length === 0) return out.hint(t('followup.none', { project: project.id }));
    printCheckTable(out, checks);
  }, { mode: 'read' });
}

