// The lokus and summary reports laid out as ReportDocuments (SPEC §3, §8).
import { t } from '../i18n/index.js';
import type { LokusReport } from './lokus-model.js';
import type { SummaryReport } from './summary-model.js';
import { col, count, list, nip, num, percent, PIPELINE_STAGES, text } from './document.js';
import type { ReportDocument, Section } from './document.js';
import { stageLabel } from './labels.js';

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
