// The end-of-angkatan report laid out as a ReportDocument (SPEC §8): identity, overview, graduation
// results, participants, visits, pipeline, milestones, projects, adopted, awarded, top, warnings.
import { t } from '../i18n/index.js';
import { ADOPTION_KINDS, ENROLMENT_STATUSES } from '../domain/types.js';
import type { CohortReport } from './cohort-model.js';
import { cohortFollowupSection } from './followup-document.js';
import { col, count, date, fact, factsSection, list, nip, num, percent, pipelineSection, reachedPresentation, text } from './document.js';
import type { ReportDocument, Section } from './document.js';
import { adoptionKindLabel, predicateLabel, programLabel, projectWord, stageLabel, warningKindLabel } from './labels.js';

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
      text(v.planned ? `${v.lokus.name} ${t('visit.plannedMark')}` : v.lokus.name),
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
      ...projectColumns(),
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
      ...projectCells(p),
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
      ...projectColumns(),
      col('report.field.adopted_by', { wide: true }),
      col('report.field.adoption_kind'),
      col('report.field.award'),
      col('report.field.stage_date'),
    ],
    rows: model.adopted.map((p) => [
      ...projectCells(p),
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
      ...projectColumns(),
      col('report.field.award', { wide: true }),
      count('report.field.score'),
      col('report.field.predicate'),
    ],
    rows: model.awarded.map((p) => [
      ...projectCells(p),
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
      ...projectColumns(),
      count('report.field.score'),
      col('report.field.predicate'),
      col('report.field.stage'),
    ],
    rows: model.top_projects.map((p, i) => [
      num(i + 1),
      ...projectCells(p),
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

/** The columns that name a project in each project table of the report: NIP, name, title, innovation. */
function projectColumns() {
  return [col('report.field.nip'), col('report.field.name'), col('report.field.title', { wide: true }), col('report.field.innovation_name')];
}

/** The cells under {@link projectColumns}. */
function projectCells(p: { nip: string; name: string | null; title: string; innovation_name: string | null }) {
  return [nip(p.nip), text(p.name), text(p.title), text(p.innovation_name)];
}
