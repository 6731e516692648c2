// The query of `proper report lokus`: per benchmarking lokus, the visits of the cohorts in scope,
// the groups and participants they sent, and the projects that name the lokus as inspiration.
// All aggregated by SQLite; each CTE is one grouped pass. CROSS JOIN fixes the join order so that
// each pass starts from the cohorts in scope and follows indexes (visits_by_cohort, enrolments and
// projects by their UNIQUE keys) instead of scanning every project inspired by a lokus.
import type { Program } from '../../domain/types.js';
import type { Db } from '../open.js';

export interface LokusScope {
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
// per lokus even when their cohort went twice. Without any filter every lokus is listed (one never
// visited is a candidate for the next angkatan); with one, only lokus with something in scope.
const LOKUS_SQL = `
WITH scope AS (
  SELECT id, code FROM cohorts
  WHERE (@cohortId IS NULL OR id = @cohortId) AND (@year IS NULL OR year = @year) AND (@program IS NULL OR program = @program)
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
participant_figures AS (
  SELECT sv.lokus_id, count(DISTINCT e.id) AS participants_sent
  FROM scoped_visits sv CROSS JOIN enrolments e ON e.cohort_id = sv.cohort_id
  WHERE NOT EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = sv.id)
     OR e.group_name IN (SELECT g.group_name FROM visit_groups g WHERE g.visit_id = sv.id)
  GROUP BY sv.lokus_id
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

export function queryLokusReport(db: Db, scope: LokusScope): LokusQueryRow[] {
  const filtered = scope.cohortId !== undefined || scope.year !== undefined || scope.program !== undefined;
  return db.prepare(LOKUS_SQL).all({
    cohortId: scope.cohortId ?? null,
    year: scope.year ?? null,
    program: scope.program ?? null,
    filtered: filtered ? 1 : 0,
  }) as LokusQueryRow[];
}
