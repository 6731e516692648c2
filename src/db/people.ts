// Queries of people and their enrolments in cohorts.
import type { Enrolment, EnrolmentStatus, Person, Project } from '../domain/types.js';
import { NotFoundError } from '../errors.js';
import type { Db } from './open.js';
import { findProjectsOfPerson, publicProject } from './projects.js';

export const personColumns = 'nip, id_type, name, gender, birth_date, rank, grade, position, agency, unit, email, phone';
const personColumnsOf = (alias: string) => personColumns.split(', ').map((c) => `${alias}.${c}`).join(', ');

export type PersonRow = Person & { id: number };

export function findPerson(db: Db, nip: string): PersonRow | undefined {
  return db.prepare(`SELECT id, ${personColumns} FROM people WHERE nip = ?`).get(nip) as PersonRow | undefined;
}

export function requirePerson(db: Db, nip: string): PersonRow {
  const person = findPerson(db, nip);
  if (!person) throw new NotFoundError('participant.notFound', { nip });
  return person;
}

export function insertPerson(db: Db, person: Person): number {
  const result = db
    .prepare(
      `INSERT INTO people (${personColumns})
       VALUES (@nip, @id_type, @name, @gender, @birth_date, @rank, @grade, @position, @agency, @unit, @email, @phone)`,
    )
    .run(person);
  return Number(result.lastInsertRowid);
}

export function updatePerson(db: Db, id: number, person: Person): void {
  db.prepare(
    `UPDATE people SET nip = @nip, id_type = @id_type, name = @name, gender = @gender, birth_date = @birth_date,
       rank = @rank, grade = @grade, position = @position, agency = @agency, unit = @unit, email = @email, phone = @phone
     WHERE id = @id`,
  ).run({ ...person, id });
}

export function deletePerson(db: Db, id: number): void {
  db.prepare('DELETE FROM people WHERE id = ?').run(id);
}

export interface EnrolmentRow {
  id: number;
  cohort_id: number;
  person_id: number;
  group_name: string | null;
  status: EnrolmentStatus;
}

export function findEnrolment(db: Db, cohortId: number, personId: number): EnrolmentRow | undefined {
  return db
    .prepare('SELECT id, cohort_id, person_id, group_name, status FROM enrolments WHERE cohort_id = ? AND person_id = ?')
    .get(cohortId, personId) as EnrolmentRow | undefined;
}

export function requireEnrolment(db: Db, cohortId: number, person: { id: number; nip: string }, cohortCode: string): EnrolmentRow {
  const enrolment = findEnrolment(db, cohortId, person.id);
  if (!enrolment) throw new NotFoundError('participant.notEnrolled', { nip: person.nip, cohort: cohortCode });
  return enrolment;
}

export function insertEnrolment(db: Db, cohortId: number, personId: number, group: string | null, status: EnrolmentStatus): number {
  const result = db
    .prepare('INSERT INTO enrolments (cohort_id, person_id, group_name, status) VALUES (?, ?, ?, ?)')
    .run(cohortId, personId, group, status);
  return Number(result.lastInsertRowid);
}

export function updateEnrolment(db: Db, id: number, fields: { cohortId: number; group: string | null; status: EnrolmentStatus }): void {
  db.prepare('UPDATE enrolments SET cohort_id = ?, group_name = ?, status = ? WHERE id = ?').run(fields.cohortId, fields.group, fields.status, id);
}

export function deleteEnrolment(db: Db, id: number): void {
  db.prepare('DELETE FROM enrolments WHERE id = ?').run(id);
}

export function enrolmentCount(db: Db, personId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM enrolments WHERE person_id = ?').get(personId) as { n: number }).n;
}

export interface PeopleFilter {
  agency?: string | undefined;
  year?: number | undefined;
  program?: string | undefined;
  group?: string | undefined;
}

/** People once each, with the codes of the cohorts they took part in (oldest first). */
export function listPeople(db: Db, { agency, year, program, group }: PeopleFilter = {}): (Person & { cohorts: string[] })[] {
  const rows = db
    .prepare(
      `SELECT ${personColumnsOf('p')},
              (SELECT json_group_array(code) FROM (
                 SELECT c.code FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
                 WHERE e.person_id = p.id ORDER BY c.year, c.code)) AS cohorts
       FROM people p
       WHERE (@agency IS NULL OR p.agency LIKE '%' || @agency || '%')
         AND (@year IS NULL AND @program IS NULL AND @group IS NULL OR EXISTS (
               SELECT 1 FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
               WHERE e.person_id = p.id AND (@year IS NULL OR c.year = @year) AND (@program IS NULL OR c.program = @program)
                 AND (@group IS NULL OR e.group_name = @group)))
       ORDER BY name_key(p.name), p.name, p.nip`,
    )
    .all({ agency: agency ?? null, year: year ?? null, program: program ?? null, group: group ?? null }) as (Person & { cohorts: string })[];
  return rows.map((row) => ({ ...row, cohorts: JSON.parse(row.cohorts) as string[] }));
}

export interface EnrolmentFilter {
  agency?: string | undefined;
  group?: string | undefined;
}

/** A cohort's enrolments, each with its person's fields, in name order. */
export function listEnrolments(db: Db, cohortId: number, cohortCode: string, { agency, group }: EnrolmentFilter = {}): Enrolment[] {
  const rows = db
    .prepare(
      `SELECT ${personColumnsOf('p')}, e.group_name AS "group", e.status
       FROM enrolments e JOIN people p ON p.id = e.person_id
       WHERE e.cohort_id = @cohortId
         AND (@agency IS NULL OR p.agency LIKE '%' || @agency || '%')
         AND (@group IS NULL OR e.group_name = @group)
       ORDER BY name_key(p.name), p.name, p.nip`,
    )
    .all({ cohortId, agency: agency ?? null, group: group ?? null }) as Omit<Enrolment, 'cohort'>[];
  return rows.map(({ group, status, ...person }) => ({ ...person, cohort: cohortCode, group, status }));
}

/** One enrolment of a person with its person's fields, as shown within that cohort. */
export function getEnrolment(db: Db, enrolmentId: number): Enrolment {
  return db
    .prepare(
      `SELECT ${personColumnsOf('p')}, c.code AS cohort, e.group_name AS "group", e.status
       FROM enrolments e JOIN people p ON p.id = e.person_id JOIN cohorts c ON c.id = e.cohort_id
       WHERE e.id = ?`,
    )
    .get(enrolmentId) as Enrolment;
}

export interface PersonCohort {
  cohort: string;
  program: string;
  number: number;
  year: number;
  group: string | null;
  status: EnrolmentStatus;
}

/** The cohorts a person took part in, oldest first. */
export function cohortsOfPerson(db: Db, personId: number): PersonCohort[] {
  return db
    .prepare(
      `SELECT c.code AS cohort, c.program, c.number, c.year, e.group_name AS "group", e.status
       FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
       WHERE e.person_id = ? ORDER BY c.year, c.code`,
    )
    .all(personId) as PersonCohort[];
}

/** A person's change projects, one per enrolment that has one, in the shape of SPEC §4. */
export function projectsOfPerson(db: Db, personId: number): Project[] {
  return findProjectsOfPerson(db, personId).map(publicProject);
}

/** How many projects hang on these enrolments (a person's, or one enrolment's). */
export function countProjects(db: Db, { personId, enrolmentId }: { personId?: number; enrolmentId?: number }): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM projects pr JOIN enrolments e ON e.id = pr.enrolment_id
       WHERE (@personId IS NULL OR e.person_id = @personId) AND (@enrolmentId IS NULL OR e.id = @enrolmentId)`,
    )
    .get({ personId: personId ?? null, enrolmentId: enrolmentId ?? null }) as { n: number };
  return row.n;
}

/** Removes the projects of these enrolments; their events, milestones and adoptions go with them (ON DELETE CASCADE). */
export function deleteProjectsOf(db: Db, { personId, enrolmentId }: { personId?: number; enrolmentId?: number }): void {
  db.prepare(
    `DELETE FROM projects WHERE enrolment_id IN (
       SELECT id FROM enrolments WHERE (@personId IS NULL OR person_id = @personId) AND (@enrolmentId IS NULL OR id = @enrolmentId))`,
  ).run({ personId: personId ?? null, enrolmentId: enrolmentId ?? null });
}

export function deleteEnrolmentsOfPerson(db: Db, personId: number): void {
  db.prepare('DELETE FROM enrolments WHERE person_id = ?').run(personId);
}

/** The only enrolment of a person, or undefined when they have none or several. */
export function soleEnrolment(db: Db, personId: number): EnrolmentRow | undefined {
  const rows = db
    .prepare('SELECT id, cohort_id, person_id, group_name, status FROM enrolments WHERE person_id = ? LIMIT 2')
    .all(personId) as EnrolmentRow[];
  return rows.length === 1 ? rows[0] : undefined;
}
