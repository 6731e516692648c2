// The query of `proper report lokus`: per benchmarking lokus, the visits of the cohorts in scope,
// the groups and participants they sent, and the projects that name the lokus as inspiration.
// All aggregated by SQLite; each CTE is one grouped pass. CROSS JOIN fixes the join order so that
// each pass starts from the cohorts in scope and follows indexes (visits_by_cohort, enrolments and
// projects by their UNIQUE keys) instead of scanning every project inspired by a lokus.
import type { Program } from '../../domain/types.js';
import type { Db } from '../open.js';

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

// A visit that names no group is taken as the whole cohort going. A participant is counted once
// per lokus even when their cohort went twice: per lokus and cohort, either the whole cohort (some
// visit named no group) or each group named once, sized from one grouped pass over the enrolments
// of the cohorts that visited (joining each visit to its cohort's enrolments cost 3.4 s at 1M).
// Without any filter every lokus is listed (one never visited is a candidate for the next
// angkatan); with one, only lokus with something in scope.
const LOKUS_SQL = `
WITH scope AS (
  SELECT id, code FROM cohorts
  WHERE (@cohortId IS NULL OR id = @cohortId) AND (@year IS NULL OR year = @year) AND (@program IS NULL OR program = @program)
    AND (@asOf IS NULL OR coalesce(start_date, year || '-01-01') <= @asOf)
),
scoped_visits AS (
  SELECT v.id, v.lokus_id, v.cohort_id, v.date, s.code FROM scope s CROSS JOIN visits v ON v.cohort_id = s.id
),
visit_figures AS (
  SELECT lokus_id, count(*) AS visits FROM scoped_visits GROUP BY lokus_id
),
group_figures AS (
  SELECT sv.lokus_id, count(*) AS groups_sent
  FROM scoped_visits sv JOIN visit_groups g ON g.visit_id = sv.id GROUP BY sv.lokus_id
),
visit_pairs AS (
  SELECT sv.lokus_id, sv.cohort_id, max(NOT EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = sv.id)) AS whole
  FROM scoped_visits sv GROUP BY sv.lokus_id, sv.cohort_id
),
group_pairs AS (
  SELECT DISTINCT sv.lokus_id, sv.cohort_id, g.group_name
  FROM scoped_visits sv JOIN visit_groups g ON g.visit_id = sv.id
),
group_sizes AS (
  SELECT e.cohort_id, e.group_name, count(*) AS n
  FROM (SELECT DISTINCT cohort_id FROM scoped_visits) sc CROSS JOIN enrolments e ON e.cohort_id = sc.cohort_id
  GROUP BY e.cohort_id, e.group_name
),
participant_figures AS (
  SELECT lokus_id, sum(n) AS participants_sent FROM (
    SELECT vp.lokus_id, gs.n FROM visit_pairs vp JOIN group_sizes gs ON gs.cohort_id = vp.cohort_id WHERE vp.whole
    UNION ALL
    SELECT gp.lokus_id, gs.n
    FROM group_pairs gp
    JOIN visit_pairs vp ON vp.lokus_id = gp.lokus_id AND vp.cohort_id = gp.cohort_id AND NOT vp.whole
    JOIN group_sizes gs ON gs.cohort_id = gp.cohort_id AND gs.group_name = gp.group_name
  ) GROUP BY lokus_id
),
cohort_lists AS (
  SELECT lokus_id, json_group_array(code) AS cohorts FROM (
    SELECT lokus_id, code FROM scoped_visits GROUP BY lokus_id, cohort_id ORDER BY lokus_id, min(date), code
  ) GROUP BY lokus_id
),
project_figures AS (
  SELECT pr.inspired_by_lokus_id AS lokus_id, count(*) AS projects_inspired,
         sum(pr.stage IN ('presentation', 'adoption')) AS reached_presentation,
         sum(pr.id IN (SELECT project_id FROM adoptions)) AS adopted
  FROM scope s
  CROSS JOIN enrolments e ON e.cohort_id = s.id
  CROSS JOIN projects pr ON pr.enrolment_id = e.id
  WHERE pr.inspired_by_lokus_id IS NOT NULL
  GROUP BY pr.inspired_by_lokus_id
)
SELECT l.code, l.name, l.city,
       coalesce(vf.visits, 0) AS visits,
       coalesce(cl.cohorts, '[]') AS cohorts,
       coalesce(gf.groups_sent, 0) AS groups_sent,
       coalesce(pf.participants_sent, 0) AS participants_sent,
       coalesce(prf.projects_inspired, 0) AS projects_inspired,
       coalesce(prf.reached_presentation, 0) AS reached_presentation,
       coalesce(prf.adopted, 0) AS adopted
FROM lokus l
LEFT JOIN visit_figures vf ON vf.lokus_id = l.id
LEFT JOIN cohort_lists cl ON cl.lokus_id = l.id
LEFT JOIN group_figures gf ON gf.lokus_id = l.id
LEFT JOIN participant_figures pf ON pf.lokus_id = l.id
LEFT JOIN project_figures prf ON prf.lokus_id = l.id
WHERE @filtered = 0 OR vf.visits IS NOT NULL OR prf.projects_inspired IS NOT NULL
ORDER BY adopted DESC, projects_inspired DESC, l.code`;

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

export function queryLokusReport(db: Db, scope: LokusScope): LokusQueryRow[] {
  return db.prepare(LOKUS_SQL).all({ ...parameters(scope), filtered: isFiltered(scope) ? 1 : 0 }) as LokusQueryRow[];
}

export interface LokusProjectRow {
  lokus: string;
  id: number;
  cohort: string;
  nip: string;
  title: string;
  innovation_name: string | null;
  stage: string;
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
 * The projects each lokus inspired, in order of recording, at most `perLokus` per lokus (the
 * report's counts cover them all).
 */
export function queryLokusProjects(db: Db, scope: LokusScope, perLokus: number): LokusProjectRow[] {
  if (!isFiltered(scope)) return db.prepare(FIRST_PROJECTS_SQL).all({ perLokus }) as LokusProjectRow[];
  const rows: LokusProjectRow[] = [];
  const seen = new Map<string, number>();
  for (const row of db.prepare(SCOPED_PROJECTS_SQL).iterate(parameters(scope)) as Iterable<LokusProjectRow>) {
    const n = seen.get(row.lokus) ?? 0;
    if (n >= perLokus) continue;
    seen.set(row.lokus, n + 1);
    rows.push(row);
  }
  return rows;
}
