// Queries of change projects (proyek / aksi perubahan): one per enrolment, in the shape of SPEC §4.
import { ikmGrade } from '../domain/ikm.js';
import type { Program, Project, Stage } from '../domain/types.js';
import { ADOPTION_COLUMNS } from './adoptions.js';
import { idOfCode } from './codes.js';
import type { Db } from './open.js';

/** A project with what its commands need besides the public fields (never printed as it is). */
export interface ProjectRecord extends Project {
  name: string;
  program: Program;
  cohort_id: number;
  enrolment_id: number;
  inspired_by_lokus_id: number | null;
}

interface ProjectRow extends Omit<ProjectRecord, 'adopted_by' | 'ikm_before_grade' | 'ikm_after_grade'> {
  adopted_by: string;
}

const projectSelect = `
  SELECT pr.id, p.nip, c.code AS cohort, pr.title, pr.innovation_name, pr.description, pr.stage, pr.stage_date,
         pr.score, pr.predicate, pr.coach, pr.mentor, pr.examiner, l.code AS inspired_by_lokus,
         ${ADOPTION_COLUMNS},
         pr.ikm_before, pr.ikm_after,
         p.name, c.program, c.id AS cohort_id, e.id AS enrolment_id, pr.inspired_by_lokus_id
  FROM projects pr
  JOIN enrolments e ON e.id = pr.enrolment_id
  JOIN people p ON p.id = e.person_id
  JOIN cohorts c ON c.id = e.cohort_id
  LEFT JOIN lokus l ON l.id = pr.inspired_by_lokus_id`;

function toRecord(row: ProjectRow): ProjectRecord {
  return {
    ...row,
    adopted_by: JSON.parse(row.adopted_by) as string[],
    ikm_before_grade: ikmGrade(row.ikm_before),
    ikm_after_grade: ikmGrade(row.ikm_after),
  };
}

/** The public project of SPEC §4, its fields in the documented order. */
export function publicProject(record: ProjectRecord): Project {
  return {
    id: record.id,
    nip: record.nip,
    cohort: record.cohort,
    title: record.title,
    innovation_name: record.innovation_name,
    description: record.description,
    stage: record.stage,
    stage_date: record.stage_date,
    score: record.score,
    predicate: record.predicate,
    coach: record.coach,
    mentor: record.mentor,
    examiner: record.examiner,
    inspired_by_lokus: record.inspired_by_lokus,
    adopted_by: record.adopted_by,
    adoption_kind: record.adoption_kind,
    award: record.award,
    ikm_before: record.ikm_before,
    ikm_before_grade: record.ikm_before_grade,
    ikm_after: record.ikm_after,
    ikm_after_grade: record.ikm_after_grade,
  };
}

export function findProjectById(db: Db, id: number): ProjectRecord | undefined {
  const row = db.prepare(`${projectSelect} WHERE pr.id = ?`).get(id) as ProjectRow | undefined;
  return row ? toRecord(row) : undefined;
}

export function findProjectOfEnrolment(db: Db, enrolmentId: number): ProjectRecord | undefined {
  const row = db.prepare(`${projectSelect} WHERE pr.enrolment_id = ?`).get(enrolmentId) as ProjectRow | undefined;
  return row ? toRecord(row) : undefined;
}

/** A person's projects (by NIP), oldest cohort first. */
export function findProjectsOfNip(db: Db, nip: string): ProjectRecord[] {
  const rows = db.prepare(`${projectSelect} WHERE p.nip = ? ORDER BY c.year, c.code`).all(nip) as ProjectRow[];
  return rows.map(toRecord);
}

/** A person's projects (by person id), oldest cohort first: `participant show`. */
export function findProjectsOfPerson(db: Db, personId: number): ProjectRecord[] {
  const rows = db.prepare(`${projectSelect} WHERE e.person_id = ? ORDER BY c.year, c.code`).all(personId) as ProjectRow[];
  return rows.map(toRecord);
}

export interface EnrolmentLookup {
  personId: number | null;
  enrolmentId: number | null;
}

/** Whether the person exists, and their enrolment in the cohort if any. */
export function lookupEnrolment(db: Db, nip: string, cohortId: number): EnrolmentLookup {
  const person = db.prepare('SELECT id FROM people WHERE nip = ?').get(nip) as { id: number } | undefined;
  if (!person) return { personId: null, enrolmentId: null };
  const enrolment = db.prepare('SELECT id FROM enrolments WHERE person_id = ? AND cohort_id = ?').get(person.id, cohortId) as
    | { id: number }
    | undefined;
  return { personId: person.id, enrolmentId: enrolment?.id ?? null };
}

export interface LokusRef {
  id: number;
  code: string;
}

/** A lokus by its code, or by its id when the text is a number and no code matches. */
export function findLokusRef(db: Db, codeOrId: string): LokusRef | undefined {
  const id = idOfCode(db, 'lokus', codeOrId) ?? (/^\d+$/.test(codeOrId) ? Number(codeOrId) : undefined);
  if (id === undefined) return undefined;
  return db.prepare('SELECT id, code FROM lokus WHERE id = ?').get(id) as LokusRef | undefined;
}

export interface ProjectFields {
  title: string;
  innovation_name: string | null;
  description: string | null;
  coach: string | null;
  mentor: string | null;
  examiner: string | null;
  inspired_by_lokus_id: number | null;
}

export function insertProject(db: Db, enrolmentId: number, fields: ProjectFields, stage: Stage, stageDate: string): number {
  const result = db
    .prepare(
      `INSERT INTO projects (enrolment_id, title, innovation_name, description, stage, stage_date, coach, mentor, examiner, inspired_by_lokus_id)
       VALUES (@enrolment_id, @title, @innovation_name, @description, @stage, @stage_date, @coach, @mentor, @examiner, @inspired_by_lokus_id)`,
    )
    .run({ ...fields, enrolment_id: enrolmentId, stage, stage_date: stageDate });
  return Number(result.lastInsertRowid);
}

export function updateProjectFields(db: Db, id: number, fields: ProjectFields): void {
  db.prepare(
    `UPDATE projects SET title = @title, innovation_name = @innovation_name, description = @description, coach = @coach,
       mentor = @mentor, examiner = @examiner, inspired_by_lokus_id = @inspired_by_lokus_id WHERE id = @id`,
  ).run({ ...fields, id });
}

export function updateProjectStage(db: Db, id: number, stage: Stage, stageDate: string): void {
  db.prepare('UPDATE projects SET stage = ?, stage_date = ? WHERE id = ?').run(stage, stageDate, id);
}

export function updateProjectScore(db: Db, id: number, score: number, predicate: string): void {
  db.prepare('UPDATE projects SET score = ?, predicate = ? WHERE id = ?').run(score, predicate, id);
}

export interface ProjectFilter {
  cohortId?: number | undefined;
  stage?: Stage | undefined;
  agency?: string | undefined;
  lokusId?: number | undefined;
  year?: number | undefined;
  program?: Program | undefined;
}

export function listProjects(db: Db, filter: ProjectFilter = {}): ProjectRecord[] {
  const rows = db
    .prepare(
      `${projectSelect}
       WHERE (@cohortId IS NULL OR c.id = @cohortId)
         AND (@stage IS NULL OR pr.stage = @stage)
         AND (@agency IS NULL OR p.agency LIKE '%' || @agency || '%')
         AND (@lokusId IS NULL OR pr.inspired_by_lokus_id = @lokusId)
         AND (@year IS NULL OR c.year = @year)
         AND (@program IS NULL OR c.program = @program)
       ORDER BY c.year, c.code, name_key(p.name), p.name, pr.id`,
    )
    .all({
      cohortId: filter.cohortId ?? null,
      stage: filter.stage ?? null,
      agency: filter.agency ?? null,
      lokusId: filter.lokusId ?? null,
      year: filter.year ?? null,
      program: filter.program ?? null,
    }) as ProjectRow[];
  return rows.map(toRecord);
}
