// Every report, whatever its format, is first laid out as one ReportDocument: the same titled
// sections, columns and cells. Renderers differ only in how they draw a cell, so each format
// carries the same facts.
import { t } from '../i18n/index.js';
import { ADOPTION_KINDS, ENROLMENT_STATUSES, STAGES } from '../domain/types.js';
import type { Stage } from '../domain/types.js';
import type { CohortReport, Pipeline } from './cohort-model.js';
import { cohortFollowupSection } from './followup-document.js';
import type { LokusReport } from './lokus-model.js';
import type { SummaryReport } from './summary-model.js';
import {
  adoptionKindLabel,
  predicateLabel,
  programLabel,
  projectWord,
  stageLabel,
  warningKindLabel,
} from './labels.js';

export type Cell =
  | { kind: 'text'; value: string | null }
  | { kind: 'number'; value: number | null }
  /** An ISO date; `long` is shown "Rabu, 15 Agustus 2018", `short` "15 Agu 2018". */
  | { kind: 'date'; value: string | null; style: 'long' | 'short' }
  /** An identifier that must stay text (NIP, NRP): never a number in a spreadsheet. */
  | { kind: 'nip'; value: string }
  | { kind: 'percent'; part: number; whole: number }
  | { kind: 'list'; value: string[] };

export interface Column {
  label: string;
  /** Numbers are right-aligned in human formats. */
  numeric?: boolean;
  /** Long free text (titles): wrapped first when a table must fit a width. */
  wide?: boolean;
}

export interface ChartItem {
  label: string;
  values: number[];
}

/** A figure of the html report; the other formats show the same numbers in the section's table. */
export interface Chart {
  type: 'funnel' | 'bars' | 'stacked';
  title: string;
  /** One name per value of an item (a single series for a funnel). */
  series: string[];
  items: ChartItem[];
}

export interface Section {
  /** Stable id: the html anchor and the key of the xlsx sheet name. */
  id: string;
  title: string;
  /** `facts` sections are label/value pairs (two columns); `table` sections are lists. */
  layout: 'facts' | 'table';
  columns: Column[];
  rows: Cell[][];
  /** A totals row, drawn apart from the rows. */
  footer?: Cell[];
  chart?: Chart;
  /**
   * For narrow layouts (terminal, html): groups of column indexes shown together in one cell, one
   * value per line, the first as the main one. Columns in no group keep their own cell.
   */
  compact?: number[][];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  /** Lines under the subtitle (organiser, place, dates). */
  lines: string[];
  generatedAt: string | null;
  /** Which of title and subtitle names the report in a heading (the cohort's name, for a cohort). */
  headline: 'title' | 'subtitle';
  sections: Section[];
}

export const text = (value: string | null | undefined): Cell => ({ kind: 'text', value: value ?? null });
export const num = (value: number | null): Cell => ({ kind: 'number', value });
const date = (value: string | null, style: 'long' | 'short' = 'short'): Cell => ({ kind: 'date', value, style });
const nip = (value: string): Cell => ({ kind: 'nip', value });
const percent = (part: number, whole: number): Cell => ({ kind: 'percent', part, whole });
const list = (value: string[]): Cell => ({ kind: 'list', value });

const col = (key: string, extra: Omit<Column, 'label'> = {}): Column => ({ label: t(key), ...extra });
const count = (key: string): Column => col(key, { numeric: true });

function fact(label: string, value: Cell): Cell[] {
  return [text(label), value];
}

function factsSection(id: string, title: string, rows: Cell[][], chart?: Chart): Section {
  const section: Section = {
    id,
    title,
    layout: 'facts',
    columns: [col('report.field.item'), col('report.field.value')],
    rows,
  };
  if (chart) section.chart = chart;
  return section;
}

const PIPELINE_STAGES: readonly Stage[] = [...STAGES, 'dropped'];

function pipelineTotal(pipeline: Pipeline): number {
  return PIPELINE_STAGES.reduce((sum, stage) => sum + pipeline[stage], 0);
}

/** Projects presented and scored, or adopted since (the stages after the seminar). */
export function reachedPresentation(pipeline: Pipeline): number {
  return pipeline.presentation + pipeline.adoption;
}

function pipelineSection(pipeline: Pipeline, word: string): Section {
  const total = pipelineTotal(pipeline);
  return {
    id: 'pipeline',
    title: t('report.section.pipeline', { project_word: word }),
    layout: 'table',
    columns: [col('report.field.stage'), count('report.field.count'), count('report.field.share')],
    rows: PIPELINE_STAGES.map((stage) => [text(stageLabel(stage)), num(pipeline[stage]), percent(pipeline[stage], total)]),
    footer: [text(t('report.total')), num(total), percent(total, total)],
    chart: {
      type: 'funnel',
      title: t('report.chart.funnel', { project_word: word }),
      series: [t('report.field.count')],
      items: PIPELINE_STAGES.map((stage) => ({ label: stageLabel(stage), values: [pipeline[stage]] })),
    },
  };
}

export function cohortDocument(model: CohortReport): ReportDocument {
  const { cohort, participants, pipeline } = model;
  const word = projectWord(cohort.program);
  const program = programLabel(cohort.program);
  const lines = [cohort.organizer, cohort.place].filter((line): line is string => line !== null && line !== '');

  const adoptedByKind = ADOPTION_KINDS.map((kind) => ({
    kind,
    count: model.adopted.filter((p) => p.adoption_kinds.includes(kind)).length,
  }));
  const presented = reachedPresentation(pipeline);
  const projectsTotal = model.projects.length;

  const identity = factsSection('identity', t('report.section.identity'), [
    fact(t('report.field.code'), text(cohort.code)),
    fact(t('report.field.program'), text(program)),
    fact(t('report.field.number'), text(cohort.number_roman)),
    fact(t('report.field.year'), text(String(cohort.year))),
    fact(t('report.field.organizer'), text(cohort.organizer)),
    fact(t('report.field.start_date'), date(cohort.start_date, 'long')),
    fact(t('report.field.end_date'), date(cohort.end_date, 'long')),
    fact(t('report.field.place'), text(cohort.place)),
    fact(t('report.field.as_of'), date(model.as_of, 'long')),
  ]);

  const overview = factsSection(
    'overview',
    t('report.section.overview'),
    [
      fact(t('report.field.participants_total'), num(participants.total)),
      ...ENROLMENT_STATUSES.map((s) => fact(t(`report.status.${s}`), num(participants.by_status[s]))),
      fact(t('report.field.projects'), num(projectsTotal)),
      fact(t('report.field.presented'), num(presented)),
      fact(t('report.field.adopted'), num(model.adopted.length)),
      fact(t('report.field.awarded'), num(model.awarded.length)),
      ...adoptedByKind.map(({ kind, count: n }) => fact(`${t('report.field.adopted')}: ${adoptionKindLabel(kind)}`, num(n))),
      fact(t('report.field.warnings'), num(model.warnings.length)),
    ],
    {
      type: 'bars',
      title: t('report.chart.adoption'),
      series: [t('report.field.count')],
      items: [
        { label: t('report.field.projects'), values: [projectsTotal] },
        { label: t('report.field.presented'), values: [presented] },
        { label: t('report.field.adopted'), values: [model.adopted.length] },
        ...adoptedByKind.map(({ kind, count: n }) => ({ label: `· ${adoptionKindLabel(kind)}`, values: [n] })),
        { label: t('report.field.awarded'), values: [model.awarded.length] },
      ],
    },
  );

  const genders = (['male', 'female', 'unknown'] as const).filter(
    (g) => g !== 'unknown' || participants.by_gender.unknown > 0,
  );
  const byGender: Section = {
    id: 'by_gender',
    title: t('report.section.by_gender'),
    layout: 'table',
    columns: [col('report.field.gender'), count('report.field.count'), count('report.field.share')],
    rows: genders.map((g) => [
      text(t(`report.gender.${g}`)),
      num(participants.by_gender[g]),
      percent(participants.by_gender[g], participants.total),
    ]),
    footer: [text(t('report.total')), num(participants.total), percent(participants.total, participants.total)],
  };

  const enrolled = ENROLMENT_STATUSES.reduce((sum, s) => sum + participants.by_status[s], 0);
  const byStatus: Section = {
    id: 'by_status',
    title: t('report.section.by_status'),
    layout: 'table',
    columns: [col('report.field.status'), count('report.field.count'), count('report.field.share')],
    rows: ENROLMENT_STATUSES.map((s) => [
      text(t(`report.status.${s}`)),
      num(participants.by_status[s]),
      percent(participants.by_status[s], enrolled),
    ]),
    footer: [text(t('report.total')), num(enrolled), percent(enrolled, enrolled)],
  };

  const byAgency: Section = {
    id: 'by_agency',
    title: t('report.section.by_agency'),
    layout: 'table',
    columns: [col('report.field.agency', { wide: true }), count('report.field.count'), count('report.field.share')],
    rows: participants.by_agency.map((a) => [
      text(a.agency ?? t('report.unknown')),
      num(a.count),
      percent(a.count, participants.total),
    ]),
  };

  const byGrade: Section = {
    id: 'by_grade',
    title: t('report.section.by_grade'),
    layout: 'table',
    columns: [col('report.field.grade'), count('report.field.count'), count('report.field.share')],
    rows: participants.by_grade.map((g) => [
      text(g.grade ?? t('report.unknown')),
      num(g.count),
      percent(g.count, participants.total),
    ]),
  };

  const visits: Section = {
    id: 'visits',
    title: t('report.section.visits'),
    layout: 'table',
    columns: [
      col('report.field.date'),
      col('report.field.lokus', { wide: true }),
      col('report.field.lokus_code'),
      col('report.field.groups'),
      col('report.field.companion'),
    ],
    rows: model.visits.map((v) => [
      date(v.date, 'long'),
      text(v.lokus.name),
      text(v.lokus.code),
      list(v.groups),
      text(v.companion),
    ]),
    compact: [[1, 2]],
  };

  const milestones: Section = {
    id: 'milestones',
    title: t('report.section.milestones'),
    layout: 'table',
    columns: [col('report.field.rating'), count('report.field.count'), count('report.field.share')],
    rows: (['pending', 'below', 'met', 'exceeded'] as const).map((r) => [
      text(t(`report.rating.${r}`)),
      num(model.milestones[r]),
      percent(model.milestones[r], model.milestones.total),
    ]),
    footer: [text(t('report.rating.total')), num(model.milestones.total), percent(model.milestones.total, model.milestones.total)],
  };

  const projects: Section = {
    id: 'projects',
    title: t('report.section.projects', { project_word: word }),
    layout: 'table',
    columns: [
      count('report.field.no'),
      col('report.field.nip'),
      col('report.field.name'),
      col('report.field.title', { wide: true }),
      col('report.field.innovation_name'),
      col('report.field.stage'),
      col('report.field.stage_date'),
      count('report.field.score'),
      col('report.field.predicate'),
      col('report.field.lokus_code'),
      col('report.field.adopted_by', { wide: true }),
      col('report.field.adoption_kind'),
      col('report.field.award'),
      col('report.field.inspired_by_lokus_name', { wide: true }),
    ],
    rows: model.projects.map((p, i) => [
      num(i + 1),
      nip(p.nip),
      text(p.name),
      text(p.title),
      text(p.innovation_name),
      text(stageLabel(p.stage)),
      date(p.stage_date),
      num(p.score),
      text(predicateLabel(p.predicate)),
      text(p.inspired_by_lokus),
      list(p.adopted_by),
      list(p.adoption_kinds.map(adoptionKindLabel)),
      text(p.award),
      text(p.inspired_by_lokus_name),
    ]),
    compact: [[0], [2, 1], [3, 4], [5, 6], [7, 8], [13, 9], [10, 11, 12]],
  };

  const adopted: Section = {
    id: 'adopted',
    title: t('report.section.adopted', { project_word: word }),
    layout: 'table',
    columns: [
      col('report.field.nip'),
      col('report.field.name'),
      col('report.field.title', { wide: true }),
      col('report.field.innovation_name'),
      col('report.field.adopted_by', { wide: true }),
      col('report.field.adoption_kind'),
      col('report.field.award'),
      col('report.field.stage_date'),
    ],
    rows: model.adopted.map((p) => [
      nip(p.nip),
      text(p.name),
      text(p.title),
      text(p.innovation_name),
      list(p.adopted_by),
      list(p.adoption_kinds.map(adoptionKindLabel)),
      text(p.award),
      date(p.stage_date),
    ]),
    compact: [[1, 0], [2, 3], [4], [5, 7], [6]],
  };

  const awarded: Section = {
    id: 'awarded',
    title: t('report.section.awarded', { project_word: word }),
    layout: 'table',
    columns: [
      col('report.field.nip'),
      col('report.field.name'),
      col('report.field.title', { wide: true }),
      col('report.field.innovation_name'),
      col('report.field.award', { wide: true }),
      count('report.field.score'),
      col('report.field.predicate'),
    ],
    rows: model.awarded.map((p) => [
      nip(p.nip),
      text(p.name),
      text(p.title),
      text(p.innovation_name),
      text(p.award),
      num(p.score),
      text(predicateLabel(p.predicate)),
    ]),
    compact: [[1, 0], [2, 3], [4], [5, 6]],
  };

  const top: Section = {
    id: 'top',
    title: t('report.section.top', { project_word: word }),
    layout: 'table',
    columns: [
      count('report.field.rank'),
      col('report.field.nip'),
      col('report.field.name'),
      col('report.field.title', { wide: true }),
      col('report.field.innovation_name'),
      count('report.field.score'),
      col('report.field.predicate'),
      col('report.field.stage'),
    ],
    rows: model.top_projects.map((p, i) => [
      num(i + 1),
      nip(p.nip),
      text(p.name),
      text(p.title),
      text(p.innovation_name),
      num(p.score),
      text(predicateLabel(p.predicate)),
      text(stageLabel(p.stage)),
    ]),
    compact: [[0], [2, 1], [3, 4], [5, 6], [7]],
  };

  const warnings: Section = {
    id: 'warnings',
    title: t('report.section.warnings'),
    layout: 'table',
    columns: [
      col('report.field.warning_kind'),
      col('report.field.nip'),
      col('report.field.name'),
      col('report.field.message', { wide: true }),
    ],
    rows: model.warnings.map((w) => [text(warningKindLabel(w.kind)), nip(w.nip), text(w.name ?? null), text(w.message)]),
  };

  return {
    title: t('report.cohort.title'),
    subtitle: t('report.cohort.subtitle', { program, roman: cohort.number_roman, year: cohort.year }),
    lines,
    generatedAt: model.generated_at,
    headline: 'subtitle',
    sections: [identity, overview, byStatus, byGender, byAgency, byGrade, visits, pipelineSection(pipeline, word), milestones,
      projects, adopted, awarded, top, ...cohortFollowupSection(model.followup), warnings],
  };
}

export function lokusDocument(model: LokusReport): ReportDocument {
  const sum = (pick: (row: LokusReport[number]) => number) => model.reduce((s, row) => s + pick(row), 0);
  const inspired = sum((r) => r.projects_inspired);
  const adopted = sum((r) => r.adopted);
  const section: Section = {
    id: 'lokus',
    title: t('report.section.lokus'),
    layout: 'table',
    columns: [
      col('report.field.code'),
      col('report.field.lokus', { wide: true }),
      col('report.field.city'),
      count('report.field.visits'),
      col('report.field.cohorts'),
      count('report.field.groups_sent'),
      count('report.field.participants_sent'),
      count('report.field.projects_inspired'),
      count('report.field.reached_presentation'),
      count('report.field.adopted'),
      count('report.field.adoption_rate'),
    ],
    rows: model.map((r) => [
      text(r.code),
      text(r.name),
      text(r.city),
      num(r.visits),
      list(r.cohorts),
      num(r.groups_sent),
      num(r.participants_sent),
      num(r.projects_inspired),
      num(r.reached_presentation),
      num(r.adopted),
      percent(r.adopted, r.projects_inspired),
    ]),
    footer: [
      text(t('report.total')),
      text(null),
      text(null),
      num(sum((r) => r.visits)),
      text(null),
      num(sum((r) => r.groups_sent)),
      num(sum((r) => r.participants_sent)),
      num(inspired),
      num(sum((r) => r.reached_presentation)),
      num(adopted),
      percent(adopted, inspired),
    ],
    chart: {
      type: 'bars',
      title: t('report.chart.lokus'),
      series: [t('report.field.projects_inspired'), t('report.field.reached_presentation'), t('report.field.adopted')],
      items: model.map((r) => ({ label: r.name, values: [r.projects_inspired, r.reached_presentation, r.adopted] })),
    },
    compact: [[1, 0, 2]],
  };
  const projects: Section = {
    id: 'lokus_projects',
    title: t('report.section.lokus_projects'),
    layout: 'table',
    columns: [
      col('report.field.lokus', { wide: true }),
      count('report.field.project_id'),
      col('report.field.cohort'),
      col('report.field.nip'),
      col('report.field.title', { wide: true }),
      col('report.field.innovation_name'),
      col('report.field.stage'),
    ],
    rows: model.flatMap((r) =>
      r.projects.map((p) => [
        text(r.name),
        num(p.id),
        text(p.cohort),
        nip(p.nip),
        text(p.title),
        text(p.innovation_name),
        text(stageLabel(p.stage)),
      ]),
    ),
    compact: [[0], [1, 2], [3], [4, 5], [6]],
  };
  return {
    title: t('report.lokus.title'),
    subtitle: t('report.lokus.subtitle'),
    lines: [],
    generatedAt: null,
    headline: 'title',
    sections: [section, projects],
  };
}

export function summaryDocument(model: SummaryReport): ReportDocument {
  const sum = (pick: (row: SummaryReport[number]) => number) => model.reduce((s, row) => s + pick(row), 0);
  const section: Section = {
    id: 'summary',
    title: t('report.section.summary'),
    layout: 'table',
    columns: [
      col('report.field.code'),
      col('report.field.program'),
      count('report.field.year'),
      count('report.field.participants'),
      count('report.field.passed'),
      count('report.field.failed'),
      count('report.field.withdrawn'),
      ...PIPELINE_STAGES.map((stage) => ({ label: stageLabel(stage), numeric: true })),
      count('report.field.adopted'),
      count('report.field.mean_score'),
    ],
    rows: model.map((r) => [
      text(r.code),
      text(t(`report.program_short.${r.program}`)),
      text(String(r.year)),
      num(r.participants),
      num(r.by_status.passed),
      num(r.by_status.failed),
      num(r.by_status.withdrawn),
      ...PIPELINE_STAGES.map((stage) => num(r.pipeline[stage])),
      num(r.adopted),
      num(r.mean_score),
    ]),
    footer: [
      text(t('report.total')),
      text(null),
      text(null),
      num(sum((r) => r.participants)),
      num(sum((r) => r.by_status.passed)),
      num(sum((r) => r.by_status.failed)),
      num(sum((r) => r.by_status.withdrawn)),
      ...PIPELINE_STAGES.map((stage) => num(sum((r) => r.pipeline[stage]))),
      num(sum((r) => r.adopted)),
      text(null),
    ],
    chart: {
      type: 'stacked',
      title: t('report.chart.summary'),
      series: PIPELINE_STAGES.map((stage) => stageLabel(stage)),
      items: model.map((r) => ({ label: r.code, values: PIPELINE_STAGES.map((stage) => r.pipeline[stage]) })),
    },
    compact: [[0, 1]],
  };
  return {
    title: t('report.summary.title'),
    subtitle: t('report.summary.subtitle'),
    lines: [],
    generatedAt: null,
    headline: 'title',
    sections: [section],
  };
}

/** A column of the compact layout: the columns of one `compact` group shown in one cell. */
export interface CompactColumn {
  label: string;
  numeric: boolean;
  wide: boolean;
  indexes: number[];
}

/** The section's columns as the narrow layouts show them (see Section.compact). */
export function compactColumns(section: Section): CompactColumn[] {
  const groups = section.compact ?? section.columns.map((_, i) => [i]);
  const grouped = new Set(groups.flat());
  const all = [...groups, ...section.columns.map((_, i) => [i]).filter(([i]) => !grouped.has(i as number))];
  all.sort((a, b) => Math.min(...a) - Math.min(...b));
  return all.map((indexes) => {
    const columns = indexes.map((i) => section.columns[i]).filter((c): c is Column => c !== undefined);
    return {
      label: columns.map((c) => c.label).join(' / '),
      numeric: columns[0]?.numeric ?? false,
      wide: columns.some((c) => c.wide === true),
      indexes,
    };
  });
}
