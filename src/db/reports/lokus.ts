// The queries of `proper report lokus`: its figures per lokus (SQL in lokus-sql.ts) and the
// projects each lokus inspired.
import type { Program, Stage } from '../../domain/types.js';
import type { Db } from '../open.js';
import { LOKUS_ALL_SQL, LOKUS_SCOPED_SQL } from './lokus-sql.js';

export interface LokusScope {
  /** Only cohorts that had started by this day (YYYY-MM-DD). */
  asOf?: string | undefined;
  cohortId?: number | undefined;
  year?: number | undefined;
  program?: Program | undefined;
}

export interface LokusQueryRow {
  code: string;
  name: string;
  city: string | null;
  visits: number;
  /** JSON array of cohort codes, oldest visit first. */
  cohorts: string;
  groups_sent: number;
  participants_sent: number;
  projects_inspired: number;
  reached_presentation: number;
  adopted: number;
}

function isFiltered(scope: LokusScope): boolean {
  return scope.cohortId !== undefined || scope.year !== undefined || scope.program !== undefined || scope.asOf !== undefined;
}

function parameters(scope: LokusScope) {
  return {
    cohortId: scope.cohortId ?? null,
    year: scope.year ?? null,
    program: scope.program ?? null,
    asOf: scope.asOf ?? null,
  };
}

/** One row per lokus: every lokus without a filter, else those with a visit or a project in scope. */
export function queryLokusReport(db: Db, scope: LokusScope): LokusQueryRow[] {
  if (!isFiltered(scope)) return db.prepare(LOKUS_ALL_SQL).all() as LokusQueryRow[];
  return db.prepare(LOKUS_SCOPED_SQL).all(parameters(scope)) as LokusQueryRow[];
}

/** A project a lokus inspired, as the report names it. */
export interface LokusProjectRow {
  id: number;
  cohort: string;
  nip: string;
  title: string;
  innovation_name: string | null;
  stage: Stage;
}

// In scope: start from the cohorts in scope and follow the enrolments' and projects' unique keys.
const SCOPED_PROJECTS_SQL = `
SELECT l.code AS lokus, pr.id, c.code AS cohort, p.nip, pr.title, pr.innovation_name, pr.stage
FROM cohorts c
CROSS JOIN enrolments e ON e.cohort_id = c.id
CROSS JOIN projects pr ON pr.enrolment_id = e.id
JOIN people p ON p.id = e.person_id
JOIN lokus l ON l.id = pr.inspired_by_lokus_id
WHERE (@cohortId IS NULL OR c.id = @cohortId) AND (@year IS NULL OR c.year = @year) AND (@program IS NULL OR c.program = @program)
  AND (@asOf IS NULL OR coalesce(c.start_date, c.year || '-01-01') <= @asOf)
ORDER BY l.code, pr.id`;

// Everything: per lokus, its first @perLokus projects straight from projects_by_lokus (ordered by
// id within a lokus), so the cost is lokus × @perLokus rows, not every inspired project.
const FIRST_PROJECTS_SQL = `
SELECT l.code AS lokus, pr.id, c.code AS cohort, p.nip, pr.title, pr.innovation_name, pr.stage
FROM lokus l
CROSS JOIN projects pr ON pr.id IN
  (SELECT x.id FROM projects x WHERE x.inspired_by_lokus_id = l.id ORDER BY x.id LIMIT @perLokus)
JOIN enrolments e ON e.id = pr.enrolment_id
JOIN cohorts c ON c.id = e.cohort_id
JOIN people p ON p.id = e.person_id
ORDER BY l.code, pr.id`;

/**
 * The projects each lokus inspired, by lokus code, in order of recording, at most `perLokus` per
 * lokus (the report's counts cover them all).
 */
export function queryLokusProjects(db: Db, scope: LokusScope, perLokus: number): Map<string, LokusProjectRow[]> {
  // Rows come as arrays and become the report's objects here, one allocation each: better-sqlite3's
  // own row objects cost a quarter of the query's time at 4,000 rows (bench/README.md, "report lokus").
  const filtered = isFiltered(scope);
  const rows = filtered
    ? (db.prepare(SCOPED_PROJECTS_SQL).raw().iterate(parameters(scope)) as Iterable<ProjectTuple>)
    : (db.prepare(FIRST_PROJECTS_SQL).raw().all({ perLokus }) as ProjectTuple[]);
  const byLokus = new Map<string, LokusProjectRow[]>();
  for (const [lokus, id, cohort, nip, title, innovationName, stage] of rows) {
    let list = byLokus.get(lokus);
    if (list === undefined) byLokus.set(lokus, (list = []));
    // In scope the SELECT gives every project of the scope; without a filter, already the first ones.
    if (filtered && list.length >= perLokus) continue;
    list.push({ id, cohort, nip, title, innovation_name: innovationName, stage: stage as Stage });
  }
  return byLokus;
}

/** A row of the two SELECTs above, in their column order. */
type ProjectTuple = [lokus: string, id: number, cohort: string, nip: string, title: string, innovationName: string | null, stage: string];
