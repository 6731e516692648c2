// Queries of cohorts (angkatan).
import type { Cohort, Program } from '../domain/types.js';
import { toRoman } from '../domain/roman.js';
import { nearestCodes } from '../domain/nearest.js';
import { NotFoundError } from '../errors.js';
import { allCodes, idOfCode } from './codes.js';
import type { Db } from './open.js';

interface CohortRow {
  id: number;
  code: string;
  program: Program;
  number: number;
  year: number;
  organizer: string | null;
  start_date: string | null;
  end_date: string | null;
  place: string | null;
}

export type CohortFields = Omit<Cohort, 'number_roman'>;

const columns = 'id, code, program, number, year, organizer, start_date, end_date, place';

function toCohort(row: CohortRow): Cohort {
  return {
    code: row.code,
    program: row.program,
    number: row.number,
    number_roman: toRoman(row.number),
    year: row.year,
    organizer: row.organizer,
    start_date: row.start_date,
    end_date: row.end_date,
    place: row.place,
  };
}

/** The cohort whose code is `code` in any case (SPEC §4); undefined when there is none. */
export function findCohort(db: Db, code: string): (Cohort & { id: number }) | undefined {
  const id = idOfCode(db, 'cohorts', code);
  if (id === undefined) return undefined;
  const row = db.prepare(`SELECT ${columns} FROM cohorts WHERE id = ?`).get(id) as CohortRow;
  return { ...toCohort(row), id: row.id };
}

/** Like findCohort; throws NotFoundError (4) naming the nearest existing codes ("did you mean"). */
export function requireCohort(db: Db, code: string): Cohort & { id: number } {
  const cohort = findCohort(db, code);
  if (cohort) return cohort;
  const near = nearestCodes(code, allCodes(db, 'cohorts'));
  if (near.length > 0) throw new NotFoundError('cohort.notFoundNear', { code, near: near.join(', ') });
  throw new NotFoundError('cohort.notFound', { code });
}

export function insertCohort(db: Db, cohort: CohortFields): void {
  db.prepare(
    `INSERT INTO cohorts (code, program, number, year, organizer, start_date, end_date, place)
     VALUES (@code, @program, @number, @year, @organizer, @start_date, @end_date, @place)`,
  ).run(cohort);
}

export function updateCohort(db: Db, id: number, cohort: CohortFields): void {
  db.prepare(
    `UPDATE cohorts SET code = @code, program = @program, number = @number, year = @year, organizer = @organizer,
       start_date = @start_date, end_date = @end_date, place = @place WHERE id = @id`,
  ).run({ ...cohort, id });
}

export interface CohortFilter {
  year?: number | undefined;
  program?: Program | undefined;
}

export function listCohorts(db: Db, { year, program }: CohortFilter = {}): Cohort[] {
  const rows = db
    .prepare(
      `SELECT ${columns} FROM cohorts
       WHERE (@year IS NULL OR year = @year) AND (@program IS NULL OR program = @program)
       ORDER BY year, program, number, code`,
    )
    .all({ year: year ?? null, program: program ?? null }) as CohortRow[];
  return rows.map(toCohort);
}

export interface CohortCounts {
  participants: number;
  projects: number;
  visits: number;
}

export function countCohortRecords(db: Db, id: number): CohortCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM enrolments WHERE cohort_id = @id) AS participants,
              (SELECT count(*) FROM projects p JOIN enrolments e ON e.id = p.enrolment_id WHERE e.cohort_id = @id) AS projects,
              (SELECT count(*) FROM visits WHERE cohort_id = @id) AS visits`,
    )
    .get({ id }) as CohortCounts;
}

/** Removes a cohort and everything recorded within it; the people themselves stay. */
export function deleteCohortWithRecords(db: Db, id: number): void {
  db.prepare('DELETE FROM projects WHERE enrolment_id IN (SELECT id FROM enrolments WHERE cohort_id = ?)').run(id);
  db.prepare('DELETE FROM enrolments WHERE cohort_id = ?').run(id);
  db.prepare('DELETE FROM visits WHERE cohort_id = ?').run(id);
  db.prepare('DELETE FROM cohorts WHERE id = ?').run(id);
}
