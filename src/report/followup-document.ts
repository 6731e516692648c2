// The sustainability report (SPEC §11) laid out as a ReportDocument: every format renders these
// sections. Also the short follow-up section the cohort report carries for its own projects.
import { ikmGrade } from '../domain/ikm.js';
import type { StopReason } from '../domain/types.js';
import { t } from '../i18n/index.js';
import type { Cell, Column, ReportDocument, Section } from './document.js';
import type { FollowupReport } from './followup-model.js';
import { humanNumber, programLabel } from './labels.js';

const text = (value: string | null | undefined): Cell => ({ kind: 'text', value: value ?? null });
const num = (value: number | null): Cell => ({ kind: 'number', value });
const date = (value: string | null): Cell => ({ kind: 'date', value, style: 'short' });
const nip = (value: string): Cell => ({ kind: 'nip', value });
const percent = (part: number, whole: number): Cell => ({ kind: 'percent', part, whole });
const col = (key: string, extra: Omit<Column, 'label'> = {}): Column => ({ label: t(key), ...extra });
const count = (key: string): Column => col(key, { numeric: true });

export function reasonLabel(reason: StopReason): string {
  return t(`followup.reason.${reason}`);
}

/** "84,25 (B)" — an IKM mean with its grade; "-" when there is none. */
function ikmCell(value: number | null): Cell {
  return text(value === null ? null : `${humanNumber(value, 2)} (${ikmGrade(value)})`);
}

function changeCell(value: number | null): Cell {
  return text(value === null ? null : `${value > 0 ? '+' : ''}${humanNumber(value, 2)}`);
}

function facts(id: string, title: string, rows: [string, Cell][]): Section {
  return {
    id,
    title,
    layout: 'facts',
    columns: [col('report.field.item'), col('report.field.value')],
    rows: rows.map(([label, value]) => [text(label), value]),
  };
}

function overviewSection(model: FollowupReport): Section {
  return facts('followup_overview', t('report.followup.section.overview'), [
    [t('report.followup.field.as_of'), { kind: 'date', value: model.as_of, style: 'long' }],
    [t('report.followup.field.projects'), num(model.projects)],
    [t('report.followup.field.due'), num(model.checks.due)],
    [t('report.followup.field.done'), num(model.checks.done)],
    [t('report.followup.field.overdue'), num(model.checks.overdue)],
  ]);
}

function survivalSection(model: FollowupReport): Section {
  return {
    id: 'followup_survival',
    title: t('report.followup.section.survival'),
    layout: 'table',
    columns: [count('report.followup.field.months'), count('report.followup.field.checked'), count('report.followup.field.running'), count('report.followup.field.stopped'), count('report.followup.field.running_share')],
    rows: model.survival.map((r) => [num(r.months), num(r.checked), num(r.running), num(r.stopped), percent(r.running, r.checked)]),
    chart: {
      type: 'stacked',
      title: t('report.followup.chart.survival'),
      series: [t('report.followup.field.running'), t('report.followup.field.stopped')],
      items: model.survival.map((r) => ({ label: t('report.followup.month_label', { months: r.months }), values: [r.running, r.stopped] })),
    },
  };
}

function reasonsSection(model: FollowupReport): Section {
  const total = model.stop_reasons.reduce((s, r) => s + r.count, 0);
  return {
    id: 'followup_reasons',
    title: t('report.followup.section.reasons'),
    layout: 'table',
    columns: [col('report.followup.field.reason'), count('report.followup.field.projects_count'), count('report.followup.field.share')],
    rows: model.stop_reasons.map((r) => [text(reasonLabel(r.reason)), num(r.count), percent(r.count, total)]),
    footer: [text(t('report.total')), num(total), percent(total, total)],
    chart: {
      type: 'bars',
      title: t('report.followup.chart.reasons'),
      series: [t('report.followup.field.projects_count')],
      items: model.stop_reasons.map((r) => ({ label: reasonLabel(r.reason), values: [r.count] })),
    },
  };
}

function ikmSection(model: FollowupReport): Section {
  return facts('followup_ikm', t('report.followup.section.ikm'), [
    [t('report.followup.field.ikm_projects'), num(model.ikm.projects)],
    [t('report.followup.field.mean_before'), ikmCell(model.ikm.mean_before)],
    [t('report.followup.field.mean_after'), ikmCell(model.ikm.mean_after)],
    [t('report.followup.field.mean_change'), changeCell(model.ikm.mean_change)],
  ]);
}

function lokusSection(model: FollowupReport): Section {
  return {
    id: 'followup_lokus',
    title: t('report.followup.section.lokus'),
    layout: 'table',
    columns: [col('report.field.code'), col('report.field.lokus', { wide: true }), count('report.followup.field.projects_count'), count('report.followup.field.running'), count('report.followup.field.stopped')],
    rows: model.by_lokus.map((r) => [text(r.code), text(r.name), num(r.projects), num(r.running), num(r.stopped)]),
    compact: [[1, 0]],
  };
}

function kippSection(model: FollowupReport): Section {
  return {
    id: 'followup_kipp',
    title: t('report.followup.section.kipp'),
    layout: 'table',
    columns: [count('report.field.project_id'), col('report.field.nip'), col('report.followup.field.name'), col('report.field.title', { wide: true }), col('report.field.innovation_name'), count('report.followup.field.months_running')],
    rows: model.kipp_candidates.map((k) => [num(k.project_id), nip(k.nip), text(k.name), text(k.title), text(k.innovation_name), num(k.months_running)]),
    compact: [[0], [2, 1], [3, 4], [5]],
  };
}

function stoppedSection(model: FollowupReport): Section {
  return {
    id: 'followup_stopped',
    title: t('report.followup.section.stopped'),
    layout: 'table',
    columns: [count('report.field.project_id'), col('report.field.nip'), col('report.followup.field.name'), col('report.field.cohort'), col('report.field.title', { wide: true }), count('report.followup.field.months'), col('report.followup.field.date'), col('report.followup.field.reason')],
    rows: model.stopped.map((s) => [num(s.project_id), nip(s.nip), text(s.name), text(s.cohort), text(s.title), num(s.months), date(s.date), text(reasonLabel(s.reason))]),
    compact: [[0], [2, 1, 3], [4], [5, 6], [7]],
  };
}

function scopeLine(model: FollowupReport): string {
  const { cohort, program, year } = model.scope;
  const parts = [cohort, program === null ? null : programLabel(program), year === null ? null : String(year)].filter((p): p is string => p !== null);
  return parts.length === 0 ? t('report.followup.scope_all') : parts.join(' · ');
}

export function followupDocument(model: FollowupReport): ReportDocument {
  return {
    title: t('report.followup.title'),
    subtitle: scopeLine(model),
    lines: [],
    generatedAt: null,
    headline: 'title',
    sections: [overviewSection(model), survivalSection(model), reasonsSection(model), ikmSection(model), lokusSection(model), kippSection(model), stoppedSection(model)],
  };
}

/**
 * The short follow-up section of the cohort report: its projects' checks, survival and stop reasons
 * in one table of facts; none while no project of the cohort has been presented.
 */
export function cohortFollowupSection(model: FollowupReport | undefined): Section[] {
  if (model === undefined || model.projects === 0) return [];
  const rows: [string, Cell][] = [
    [t('report.followup.field.due'), num(model.checks.due)],
    [t('report.followup.field.done'), num(model.checks.done)],
    [t('report.followup.field.overdue'), num(model.checks.overdue)],
    ...model.survival.map((r): [string, Cell] => [
      t('report.followup.survival_fact', { months: r.months }),
      text(t('report.followup.survival_value', { running: r.running, checked: r.checked })),
    ]),
    ...model.stop_reasons.filter((r) => r.count > 0).map((r): [string, Cell] => [`${t('report.followup.field.stopped')}: ${reasonLabel(r.reason)}`, num(r.count)]),
    [t('report.followup.field.kipp'), num(model.kipp_candidates.length)],
    [t('report.followup.field.mean_change'), changeCell(model.ikm.mean_change)],
  ];
  return [facts('followup', t('report.followup.section.cohort'), rows)];
}
