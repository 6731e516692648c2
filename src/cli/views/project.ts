// How a change project, its history and its adoptions look to a person at the terminal.
import type { Adoption } from '../../db/adoptions.js';
import type { AdoptionKind, EventKind, Project, ProjectEvent } from '../../domain/types.js';
import { decimalText, t } from '../../i18n/index.js';
import type { Cell, Output } from '../output.js';
import { stageCell, stageLabel } from '../stage-colors.js';
import { formatHumanDate } from './dates.js';
import { ikmText } from './followup.js';

// The record views take them from here; they live beside the stage colours.
export { stageCell, stageLabel };

export function eventLabel(kind: EventKind): string {
  return t(`project.event.${kind}`);
}

export function kindLabel(kind: AdoptionKind | null): string | null {
  return kind === null ? null : t(`project.kind.${kind}`);
}

export function scoreText(score: number | null, predicate: string | null): string | null {
  if (score === null) return null;
  const number = decimalText(score);
  return predicate ? `${number} (${predicate})` : number;
}

export function projectPairs(out: Output, project: Project, name?: string): [string, Cell][] {
  return [
    [t('project.field.id'), project.id],
    [t('project.field.nip'), name ? `${project.nip} (${name})` : project.nip],
    [t('project.field.cohort'), project.cohort],
    [t('project.field.title'), project.title],
    [t('project.field.innovationName'), project.innovation_name],
    [t('project.field.description'), project.description],
    [t('project.field.stage'), stageCell(out, project.stage)],
    [t('project.field.stageDate'), formatHumanDate(project.stage_date)],
    [t('project.field.score'), scoreText(project.score, project.predicate)],
    [t('project.field.coach'), project.coach],
    [t('project.field.mentor'), project.mentor],
    [t('project.field.examiner'), project.examiner],
    [t('project.field.lokus'), project.inspired_by_lokus],
    [t('project.field.adoptedBy'), project.adopted_by.length > 0 ? project.adopted_by.join(', ') : null],
    [t('project.field.adoptionKind'), kindLabel(project.adoption_kind)],
    [t('project.field.award'), project.award],
    [t('followup.field.ikmBefore'), ikmText(project.ikm_before)],
    [t('followup.field.ikmAfter'), ikmText(project.ikm_after)],
  ];
}

export function printProjectTable(out: Output, projects: (Project & { name: string })[]): void {
  out.table(
    [t('project.field.id'), t('project.field.nip'), t('project.field.name'), t('project.field.cohort'), t('project.field.title'), t('project.field.stage'), t('project.field.stageDate'), t('project.field.score')],
    projects.map((p) => [p.id, p.nip, p.name, p.cohort, p.title, stageCell(out, p.stage), p.stage_date, scoreText(p.score, p.predicate)]),
  );
}

export function printEventTable(out: Output, events: ProjectEvent[]): void {
  out.table(
    [t('project.field.date'), t('project.field.event'), t('project.field.change'), t('project.field.note'), t('project.field.score')],
    events.map((e) => [
      e.date,
      eventLabel(e.kind),
      e.from_stage === null ? stageCell(out, e.to_stage) : `${stageCell(out, e.from_stage)} → ${stageCell(out, e.to_stage)}`,
      e.note,
      scoreText(e.score, e.predicate),
    ]),
  );
}

export function printAdoptionTable(out: Output, adoptions: Adoption[]): void {
  out.table(
    [t('project.field.date'), t('project.field.adoptionKind'), t('project.field.adoptedBy'), t('project.field.award')],
    adoptions.map((a) => [a.date, kindLabel(a.kind), a.adopted_by.join(', '), a.award]),
  );
}
