// The originality report laid out as a ReportDocument: one row per project of the cohort, its
// closest earlier projects one per line, so that every format shows the same facts.
import { t } from '../i18n/index.js';
import type { Cell, ReportDocument, Section } from './document.js';
import { text } from './document.js';
import { humanPercent, programLabel, stageLabel } from './labels.js';
import type { OriginalityMatch, OriginalityReport } from './originality-model.js';

/** "89% · pim4-medan-2019 · Sistem pelayanan … (Adopsi · ID 20)": a percentage reads best in a table; JSON keeps 0..1. */
function matchLine(match: OriginalityMatch): string {
  return t('report.originality.match', {
    similarity: humanPercent(match.similarity, 1),
    cohort: match.cohort,
    title: match.title,
    stage: stageLabel(match.stage),
    id: match.project_id,
  });
}

export function originalityDocument(model: OriginalityReport): ReportDocument {
  const { cohort, rows } = model;
  const column = (key: string, extra: Partial<Section['columns'][number]> = {}) => ({ label: t(key), ...extra });
  const section: Section = {
    id: 'originality',
    title: t('report.section.originality'),
    layout: 'table',
    columns: [
      column('report.field.nip'),
      column('report.field.name'),
      column('report.field.title', { wide: true }),
      column('report.field.highest_similarity', { numeric: true }),
      column('report.field.similar_earlier', { wide: true }),
    ],
    rows: rows.map((row): Cell[] => [
      { kind: 'nip', value: row.nip },
      text(row.name),
      text(row.title),
      { kind: 'percent', part: row.similar[0]?.similarity ?? 0, whole: 1 },
      row.similar.length > 0 ? { kind: 'list', value: row.similar.map(matchLine) } : text(t('report.originality.none')),
    ]),
    compact: [[1, 0]],
  };
  return {
    title: t('report.originality.title'),
    subtitle: t('report.cohort.subtitle', { program: programLabel(cohort.program), roman: cohort.number_roman, year: cohort.year }),
    lines: [t('report.originality.explain')],
    generatedAt: null,
    headline: 'subtitle',
    sections: [section],
  };
}
