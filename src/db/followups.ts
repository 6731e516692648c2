// Queries of the follow-up checks after the training (followup_checks, migration 003) and of the
// presented projects they follow: one row per project with its latest presentation date and its
// checks, so that the schedule (src/domain/followup.ts) is worked out once, in code.
import type { FollowupCheck, FollowupStatus, IsoDate, Program, Stage, StopReason } from '../domain/types.js';
import type { Db } from './open.js';

/** A check's stored fields: the check without its id. */
export type CheckFields = Omit<FollowupCheck, 'id'>;

/** Records a check, or replaces the one of the same month (the UNIQUE pair project_id, months). */
export function upsertCheck(db: Db, fields: CheckFields): number {
  const row = db
    .prepare(
      `INSERT INTO followup_checks (project_id, months, date, status, reason, note, evidence, ikm)
       VALUES (@project_id, @months, @date, @status, @reason, @note, @evidence, @ikm)
       ON CONFLICT (project_id, months) DO UPDATE SET date = excluded.date, status = excluded.status,
         reason = excluded.reason, note = excluded.note, evidence = excluded.evidence, ikm = excluded.ikm
       RETURNING id`,
    )
    .get(fields) as { id: number };
  return row.id;
}

/**
 * Writes a check (replacing the one of its month) and keeps the project's IKM after in step: a
 * check that measured the IKM and is the latest such check sets it (SPEC §11 "whichever came
 * last"). Call inside a transaction; returns the check's id.
 */
export function writeCheck(db: Db, fields: CheckFields): number {
  const id = upsertCheck(db, fields);
  if (fields.ikm !== null && latestIkmCheck(db, fields.project_id)?.id === id) setIkmAfter(db, fields.project_id, fields.ikm);
  return id;
}

export function findCheck(db: Db, id: number): FollowupCheck | undefined {
  return db.prepare('SELECT id, project_id, months, date, status, reason, note, evidence, ikm FROM followup_checks WHERE id = ?').get(id) as FollowupCheck | undefined;
}

export function findCheckOfMonth(db: Db, projectId: number, months: number): FollowupCheck | undefined {
  return db
    .prepare('SELECT id, project_id, months, date, status, reason, note, evidence, ikm FROM followup_checks WHERE project_id = ? AND months = ?')
    .get(projectId, months) as
    | FollowupCheck
    | undefined;
}

/** A project's checks in the order of their months. */
export function listChecks(db: Db, projectId: number): FollowupCheck[] {
  return db
    .prepare('SELECT id, project_id, months, date, status, reason, note, evidence, ikm FROM followup_checks WHERE project_id = ? ORDER BY months')
    .all(projectId) as FollowupCheck[];
}

/** The date of the project's latest presentation event (served by project_events_presented), or null. */
export function presentationDate(db: Db, projectId: number): IsoDate | null {
  const row = db.prepare("SELECT max(date) AS date FROM project_events WHERE project_id = ? AND to_stage = 'presentation'").get(projectId) as {
    date: IsoDate | null;
  };
  return row.date;
}

export interface Ikm {
  ikm_before: number | null;
  ikm_after: number | null;
}

export function projectIkm(db: Db, projectId: number): Ikm {
  return (db.prepare('SELECT ikm_before, ikm_after FROM projects WHERE id = ?').get(projectId) as Ikm | undefined) ?? { ikm_before: null, ikm_after: null };
}

export function setIkmBefore(db: Db, projectId: number, ikm: number | null): void {
  db.prepare('UPDATE projects SET ikm_before = ? WHERE id = ?').run(ikm, projectId);
}

export function setIkmAfter(db: Db, projectId: number, ikm: number | null): void {
  db.prepare('UPDATE projects SET ikm_after = ? WHERE id = ?').run(ikm, projectId);
}

/** The latest-dated check of a project that measured the IKM, or undefined. */
export function latestIkmCheck(db: Db, projectId: number): { id: number; ikm: number } | undefined {
  return db
    .prepare('SELECT id, ikm FROM followup_checks WHERE project_id = ? AND ikm IS NOT NULL ORDER BY date DESC, months DESC LIMIT 1')
    .get(projectId) as { id: number; ikm: number } | undefined;
}

export interface FollowupScope {
  cohortId?: number | undefined;
  year?: number | undefined;
  program?: Program | undefined;
  /** Only checks dated on or before this day count. */
  asOf: IsoDate;
}

/** A presented project as the schedule and the report see it. */
export interface FollowedProject {
  project_id: number;
  nip: string;
  name: string;
  cohort: string;
  program: Program;
  title: string;
  innovation_name: string | null;
  stage: Stage;
  presented_on: IsoDate | null;
  lokus_code: string | null;
  lokus_name: string | null;
  ikm_before: number | null;
  ikm_after: number | null;
  checks: { months: number; date: IsoDate; status: FollowupStatus; reason: StopReason | null; ikm: number | null }[];
}

interface FollowedRow extends Omit<FollowedProject, 'checks'> {
  checks: string;
}

// One row per presented project: its latest presentation date and its checks are one index probe
// each (project_events_presented, followup_checks' UNIQUE (project_id, months)).
const followedSelect = `
  SELECT pr.id AS project_id, p.nip, p.name, c.code AS cohort, c.program, pr.title, pr.innovation_name, pr.stage,
         (SELECT max(ev.date) FROM project_events ev WHERE ev.project_id = pr.id AND ev.to_stage = 'presentation') AS presented_on,
         l.code AS lokus_code, l.name AS lokus_name, pr.ikm_before, pr.ikm_after,
         (SELECT json_group_array(json_object('months', f.months, 'date', f.date, 'status', f.status, 'reason', f.reason, 'ikm', f.ikm))
            FROM followup_checks f WHERE f.project_id = pr.id AND f.date <= @asOf) AS checks
  FROM cohorts c
  CROSS JOIN enrolments e ON e.cohort_id = c.id
  CROSS JOIN projects pr ON pr.enrolment_id = e.id
  JOIN people p ON p.id = e.person_id
  LEFT JOIN lokus l ON l.id = pr.inspired_by_lokus_id`;

// CROSS JOIN keeps SQLite's join order: cohorts first (by id, or the ~25,000 rows filtered by year
// and program), then their enrolments through the UNIQUE (cohort_id, person_id) index, then each
// one's project. Driven from projects_by_stage instead, a --year report probed every presented
// project of the file (measured: 4.5 s for one year of the 1M bench database under load).
const followedOfCohort = `${followedSelect}
  WHERE c.id = @cohortId AND pr.stage IN ('presentation', 'adoption')
    AND (@year IS NULL OR c.year = @year) AND (@program IS NULL OR c.program = @program)
  ORDER BY pr.id`;

const followedOfAll = `${followedSelect}
  WHERE pr.stage IN ('presentation', 'adoption')
    AND (@year IS NULL OR c.year = @year) AND (@program IS NULL OR c.program = @program)
  ORDER BY pr.id`;

/** The projects at presentation or adoption in scope, with their checks dated on or before `asOf`. */
export function followedProjects(db: Db, scope: FollowupScope): FollowedProject[] {
  const params = { year: scope.year ?? null, program: scope.program ?? null, asOf: scope.asOf };
  const rows = (
    scope.cohortId === undefined ? db.prepare(followedOfAll).all(params) : db.prepare(followedOfCohort).all({ ...params, cohortId: scope.cohortId })
  ) as FollowedRow[];
  return rows.map((row) => ({ ...row, checks: JSON.parse(row.checks) as FollowedProject['checks'] }));
}

/** A presented project of a person, as an imported check is matched to it. */
export interface PresentedProject {
  project_id: number;
  cohort_id: number;
  cohort: string;
  program: Program;
  stage: Stage;
  presented_on: IsoDate;
}

/** The person's projects that reached presentation, the one presented last first (none for an unknown NIP). */
export function presentedProjectsOfNip(db: Db, nip: string): PresentedProject[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT pr.id AS project_id, c.id AS cohort_id, c.code AS cohort, c.program, pr.stage,
                (SELECT max(ev.date) FROM project_events ev WHERE ev.project_id = pr.id AND ev.to_stage = 'presentation') AS presented_on
         FROM people p
         JOIN enrolments e ON e.person_id = p.id
         JOIN cohorts c ON c.id = e.cohort_id
         JOIN projects pr ON pr.enrolment_id = e.id
         WHERE p.nip = ?)
       WHERE presented_on IS NOT NULL
       ORDER BY presented_on DESC, project_id DESC`,
    )
    .all(nip) as PresentedProject[];
}

/** Whether a person with this NIP exists. */
export function personExists(db: Db, nip: string): boolean {
  return db.prepare('SELECT 1 FROM people WHERE nip = ?').get(nip) !== undefined;
}
