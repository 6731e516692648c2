// The queries of the end-of-angkatan report (SPEC §8). Every figure is an aggregate computed by
// SQLite; each query starts from the cohort's enrolments (the UNIQUE(cohort_id, person_id) index)
// and reaches its project through UNIQUE(enrolment_id), so a report costs the same on a database
// of one cohort or of a million participants.
import type { AdoptionKind, Stage } from '../../domain/types.js';
import { ADOPTION_COLUMNS } from '../adoptions.js';
import type { Db } from '../open.js';

export interface GenderCounts {
  total: number;
  male: number;
  female: number;
  unknown: number;
}

export function countParticipantsByGender(db: Db, cohortId: number): GenderCounts {
  return db
    .prepare(
      `SELECT count(*) AS total,
              coalesce(sum(p.gender = 'male'), 0) AS male,
              coalesce(sum(p.gender = 'female'), 0) AS female,
              coalesce(sum(p.gender IS NULL), 0) AS unknown
       FROM enrolments e JOIN people p ON p.id = e.person_id
       WHERE e.cohort_id = ? AND e.status <> 'withdrawn'`,
    )
    .get(cohortId) as GenderCounts;
}

export interface StatusCounts {
  active: number;
  passed: number;
  failed: number;
  withdrawn: number;
}

/** The graduation results (kelulusan): every enrolment of the cohort by its status. */
export function countParticipantsByStatus(db: Db, cohortId: number): StatusCounts {
  return db
    .prepare(
      `SELECT coalesce(sum(status = 'active'), 0) AS active,
              coalesce(sum(status = 'passed'), 0) AS passed,
              coalesce(sum(status = 'failed'), 0) AS failed,
              coalesce(sum(status = 'withdrawn'), 0) AS withdrawn
       FROM enrolments WHERE cohort_id = ?`,
    )
    .get(cohortId) as StatusCounts;
}

/** Participants per agency, the largest first; an unrecorded agency (null) last among equals. */
export function countParticipantsByAgency(db: Db, cohortId: number): { agency: string | null; count: number }[] {
  return db
    .prepare(
      `SELECT p.agency AS agency, count(*) AS count
       FROM enrolments e JOIN people p ON p.id = e.person_id
       WHERE e.cohort_id = ? AND e.status <> 'withdrawn'
       GROUP BY p.agency
       ORDER BY count DESC, p.agency IS NULL, p.agency`,
    )
    .all(cohortId) as { agency: string | null; count: number }[];
}

/** Participants per golongan ruang, lowest first ("I/a" < "II/a" < "III/a" < "IV/a" also as text). */
export function countParticipantsByGrade(db: Db, cohortId: number): { grade: string | null; count: number }[] {
  return db
    .prepare(
      `SELECT p.grade AS grade, count(*) AS count
       FROM enrolments e JOIN people p ON p.id = e.person_id
       WHERE e.cohort_id = ? AND e.status <> 'withdrawn'
       GROUP BY p.grade
       ORDER BY p.grade IS NULL, p.grade`,
    )
    .all(cohortId) as { grade: string | null; count: number }[];
}

export interface VisitRow {
  date: string;
  lokus_code: string;
  lokus_name: string;
  /** JSON array of the group names, in the order recorded. */
  groups: string;
  companion: string | null;
}

export function listCohortVisits(db: Db, cohortId: number): VisitRow[] {
  return db
    .prepare(
      `SELECT v.date, l.code AS lokus_code, l.name AS lokus_name, v.companion,
              (SELECT json_group_array(group_name) FROM
                 (SELECT group_name FROM visit_groups WHERE visit_id = v.id ORDER BY rowid)) AS groups
       FROM visits v JOIN lokus l ON l.id = v.lokus_id
       WHERE v.cohort_id = ?
       ORDER BY v.date, l.code, v.id`,
    )
    .all(cohortId) as VisitRow[];
}

/** How many of the cohort's projects stand at each stage now. */
export function countProjectsByStage(db: Db, cohortId: number): { stage: Stage; count: number }[] {
  return db
    .prepare(
      `SELECT pr.stage AS stage, count(*) AS count
       FROM enrolments e JOIN projects pr ON pr.enrolment_id = e.id
       WHERE e.cohort_id = ?
       GROUP BY pr.stage`,
    )
    .all(cohortId) as { stage: Stage; count: number }[];
}

export interface CohortProjectRow {
  id: number;
  nip: string;
  name: string;
  title: string;
  innovation_name: string | null;
  stage: Stage;
  stage_date: string;
  score: number | null;
  predicate: string | null;
  /** JSON array: every adopter over the adoption records, first adopted first. */
  adopted_by: string;
  adoption_kind: AdoptionKind | null;
  /** JSON array: every kind over the adoption records, each once, first recorded first. */
  adoption_kinds: string;
  award: string | null;
  inspired_by_lokus: string | null;
  inspired_by_lokus_name: string | null;
}

// adopted_by, adoption_kind and award: src/db/adoptions.ts ADOPTION_COLUMNS, as every project query.
export function listCohortProjects(db: Db, cohortId: number): CohortProjectRow[] {
  return db
    .prepare(
      `SELECT pr.id, p.nip, p.name, pr.title, pr.innovation_name, pr.stage, pr.stage_date, pr.score, pr.predicate,
              ${ADOPTION_COLUMNS},
              (SELECT json_group_array(kind) FROM (
                 SELECT a.kind FROM adoptions a WHERE a.project_id = pr.id
                 GROUP BY a.kind ORDER BY min(a.date), min(a.id))) AS adoption_kinds,
              l.code AS inspired_by_lokus, l.name AS inspired_by_lokus_name
       FROM enrolments e
       JOIN projects pr ON pr.enrolment_id = e.id
       JOIN people p ON p.id = e.person_id
       LEFT JOIN lokus l ON l.id = pr.inspired_by_lokus_id
       WHERE e.cohort_id = ?
       ORDER BY name_key(p.name), p.name, p.nip`,
    )
    .all(cohortId) as CohortProjectRow[];
}

export interface RatingCounts {
  total: number;
  pending: number;
  below: number;
  met: number;
  exceeded: number;
}

export function countMilestonesByRating(db: Db, cohortId: number): RatingCounts {
  return db
    .prepare(
      `SELECT count(m.id) AS total,
              coalesce(sum(m.rating = 'pending'), 0) AS pending,
              coalesce(sum(m.rating = 'below'), 0) AS below,
              coalesce(sum(m.rating = 'met'), 0) AS met,
              coalesce(sum(m.rating = 'exceeded'), 0) AS exceeded
       FROM enrolments e
       JOIN projects pr ON pr.enrolment_id = e.id
       JOIN milestones m ON m.project_id = pr.id
       WHERE e.cohort_id = ?`,
    )
    .get(cohortId) as RatingCounts;
}

export interface PersonRef {
  nip: string;
  name: string;
}

/** Enrolled participants (not withdrawn) who have no project in this cohort. */
export function listParticipantsWithoutProject(db: Db, cohortId: number): PersonRef[] {
  return db
    .prepare(
      `SELECT p.nip, p.name
       FROM enrolments e
       JOIN people p ON p.id = e.person_id
       LEFT JOIN projects pr ON pr.enrolment_id = e.id
       WHERE e.cohort_id = ? AND e.status <> 'withdrawn' AND pr.id IS NULL
       ORDER BY name_key(p.name), p.name, p.nip`,
    )
    .all(cohortId) as PersonRef[];
}

export interface StalledRow extends PersonRef {
  stage: Stage;
  stage_date: string;
  days: number;
}

/** Projects still before the presentation that have stood in their stage more than `stallDays` days by `today`. */
export function listStalledProjects(db: Db, cohortId: number, today: string, stallDays: number): StalledRow[] {
  return db
    .prepare(
      `SELECT p.nip, p.name, pr.stage, pr.stage_date,
              CAST(julianday(@today) - julianday(pr.stage_date) AS INTEGER) AS days
       FROM enrolments e
       JOIN projects pr ON pr.enrolment_id = e.id
       JOIN people p ON p.id = e.person_id
       WHERE e.cohort_id = @cohortId AND pr.stage IN ('idea', 'design', 'implementation')
         AND julianday(@today) - julianday(pr.stage_date) > @stallDays
       ORDER BY days DESC, name_key(p.name), p.name, p.nip`,
    )
    .all({ cohortId, today, stallDays }) as StalledRow[];
}

/** Projects presented (or adopted since) whose score was never recorded. */
export function listProjectsMissingScore(db: Db, cohortId: number): (PersonRef & { stage: Stage })[] {
  return db
    .prepare(
      `SELECT p.nip, p.name, pr.stage
       FROM enrolments e
       JOIN projects pr ON pr.enrolment_id = e.id
       JOIN people p ON p.id = e.person_id
       WHERE e.cohort_id = ? AND pr.stage IN ('presentation', 'adoption') AND pr.score IS NULL
       ORDER BY name_key(p.name), p.name, p.nip`,
    )
    .all(cohortId) as (PersonRef & { stage: Stage })[];
}
