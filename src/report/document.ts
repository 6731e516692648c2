// Every report, whatever its format, is first laid out as one ReportDocument: the same titled
// sections, columns and cells. Renderers differ only in how they draw a cell, so each format
// carries the same facts. This file: the shapes and the cell and section builders; the cohort
// report's layout is in document-cohort.ts, the lokus and summary reports' in document-lists.ts.
import { t } from '../i18n/index.js';
import { STAGES } from '../domain/types.js';
import type { Stage } from '../domain/types.js';
import type { Pipeline } from './cohort-model.js';
import { stageLabel } from './labels.js';

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
export const date = (value: string | null, style: 'long' | 'short' = 'short'): Cell => ({ kind: 'date', value, style });
export const nip = (value: string): Cell => ({ kind: 'nip', value });
export const percent = (part: number, whole: number): Cell => ({ kind: 'percent', part, whole });
export const list = (value: string[]): Cell => ({ kind: 'list', value });

export const col = (key: string, extra: Omit<Column, 'label'> = {}): Column => ({ label: t(key), ...extra });
export const count = (key: string): Column => col(key, { numeric: true });

export function fact(label: string, value: Cell): Cell[] {
  return [text(label), value];
}

export function factsSection(id: string, title: string, rows: Cell[][], chart?: Chart): Section {
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

export const PIPELINE_STAGES: readonly Stage[] = [...STAGES, 'dropped'];

function pipelineTotal(pipeline: Pipeline): number {
  return PIPELINE_STAGES.reduce((sum, stage) => sum + pipeline[stage], 0);
}

/** Projects presented and scored, or adopted since (the stages after the seminar). */
export function reachedPresentation(pipeline: Pipeline): number {
  return pipeline.presentation + pipeline.adoption;
}

export function pipelineSection(pipeline: Pipeline, word: string): Section {
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
