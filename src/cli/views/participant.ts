// How participants look to a person at the terminal. NIPs are written the way officers read them.
import { formatNip } from '../../domain/nip.js';
import type { Enrolment, Person, Project } from '../../domain/types.js';
import type { PersonCohort } from '../../db/people.js';
import { t } from '../../i18n/index.js';
import type { Cell, Output } from '../output.js';
import { paintStage } from '../stage-colors.js';
import { formatHumanDate } from './dates.js';

/** An NIP as `19780512 200501 1 002`; an NRP or other identifier as written. */
export function displayId(person: Pick<Person, 'nip' | 'id_type'>): string {
  return person.id_type === 'nip' ? formatNip(person.nip) : person.nip;
}

function genderLabel(gender: Person['gender']): string | null {
  return gender ? t(`report.gender.${gender}`) : null;
}

function rankGrade(person: Person): string | null {
  if (person.rank && person.grade) return `${person.rank} (${person.grade})`;
  return person.rank ?? person.grade;
}

export function personPairs(person: Person): [string, Cell][] {
  const pairs: [string, Cell][] = [[t('participant.field.nip'), displayId(person)]];
  if (person.id_type !== 'nip') pairs.push([t('participant.field.idType'), t(`participant.idType.${person.id_type}`)]);
  pairs.push(
    [t('participant.field.name'), person.name],
    [t('participant.field.gender'), genderLabel(person.gender)],
    [t('participant.field.birthDate'), formatHumanDate(person.birth_date)],
    [t('participant.field.rank'), rankGrade(person)],
    [t('participant.field.position'), person.position],
    [t('participant.field.agency'), person.agency],
    [t('participant.field.unit'), person.unit],
    [t('participant.field.email'), person.email],
    [t('participant.field.phone'), person.phone],
  );
  return pairs;
}

export function enrolmentPairs(enrolment: Enrolment): [string, Cell][] {
  return [
    ...personPairs(enrolment),
    [t('participant.field.cohort'), enrolment.cohort],
    [t('participant.field.group'), enrolment.group],
    [t('participant.field.status'), t(`participant.status.${enrolment.status}`)],
  ];
}

export function printPeopleTable(out: Output, people: (Person & { cohorts: string[] })[]): void {
  out.table(
    [t('participant.field.nip'), t('participant.field.name'), t('participant.field.grade'), t('participant.field.agency'), t('participant.field.cohorts')],
    people.map((p) => [displayId(p), p.name, p.grade, p.agency, p.cohorts.join(', ')]),
  );
}

export function printEnrolmentTable(out: Output, enrolments: Enrolment[]): void {
  out.table(
    [
      t('participant.field.nip'),
      t('participant.field.name'),
      t('participant.field.grade'),
      t('participant.field.agency'),
      t('participant.field.group'),
      t('participant.field.status'),
    ],
    enrolments.map((e) => [displayId(e), e.name, e.grade, e.agency, e.group, t(`participant.status.${e.status}`)]),
  );
}

export function printPersonCohorts(out: Output, cohorts: PersonCohort[]): void {
  out.table(
    [t('participant.field.cohort'), t('participant.field.program'), t('participant.field.year'), t('participant.field.group'), t('participant.field.status')],
    cohorts.map((c) => [c.cohort, t(`report.program_short.${c.program}`), c.year, c.group, t(`participant.status.${c.status}`)]),
  );
}

export function printPersonProjects(out: Output, projects: Project[]): void {
  out.table(
    [t('participant.field.projectId'), t('participant.field.cohort'), t('participant.field.title'), t('participant.field.stage'), t('participant.field.score')],
    projects.map((p) => [p.id, p.cohort, p.title, paintStage(out.paint, p.stage), p.score]),
  );
}
