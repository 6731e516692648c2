// The query of `proper report summary` (SPEC §8): one row per cohort, every figure aggregated by
// SQLite in one pass over enrolments (UNIQUE(cohort_id, person_id)) and their projects
// (UNIQUE(enrolment_id)). The bench runs this very text in the sqlite3 shell, so keep it plain SQL
// with named parameters (unbound ones are NULL there).
import type { Program } from '../../domain/types.js';
import type { Db } from '../open.js';

export const SUMMARY_SQL = `SELECT c.code, c.program, c.year,
       coalesce(sum(e.status <> 'withdrawn'), 0) AS participants,
       coalesce(sum(e.status = 'active'), 0) AS active,
       coalesce(sum(e.status = 'passed'), 0) AS passed,
       coalesce(sum(e.status = 'failed'), 0) AS failed,
       coalesce(sum(e.status = 'withdrawn'), 0) AS withdrawn,
       coalesce(sum(pr.stage = 'idea'), 0) AS idea,
       coalesce(sum(pr.stage = 'design'), 0) AS design,
       coalesce(sum(pr.stage = 'implementation'), 0) AS implementation,
       coalesce(sum(pr.stage = 'presentation'), 0) AS presentation,
       coalesce(sum(pr.stage = 'adoption'), 0) AS adoption,
       coalesce(sum(pr.stage = 'dropped'), 0) AS dropped,
       coalesce(sum(pr.id IN (SELECT project_id FROM adoptions)), 0) AS adopted,
       round(avg(pr.score), 1) AS mean_score
FROM cohorts c
LEFT JOIN enrolments e ON e.cohort_id = c.id
LEFT JOIN projects pr ON pr.enrolment_id = e.id
WHERE (@year IS NULL OR c.year = @year) AND (@program IS NULL OR c.program = @program)
  AND (@asOf IS NULL OR coalesce(c.start_date, c.year || '-01-01') <= @asOf)
GROUP BY c.id
ORDER BY c.year, c.program, c.number, c.code`;

export interface SummaryQueryRow {
  code: string;
  program: Program;
  year: number;
  /** Enrolments that did not withdraw. */
  participants: number;
  active: number;
  passed: number;
  failed: number;
  withdrawn: number;
  idea: number;
  design: number;
  implementation: number;
  presentation: number;
  adoption: number;
  dropped: number;
  adopted: number;
  mean_score: number | null;
}

export interface SummaryFilter {
  year?: number | undefined;
  program?: Program | undefined;
  /** Only cohorts that had started by this day (YYYY-MM-DD). */
  asOf?: string | undefined;
}

export function querySummary(db: Db, filter: SummaryFilter): SummaryQueryRow[] {
  return db
    .prepare(SUMMARY_SQL)
    .all({ year: filter.year ?? null, program: filter.program ?? null, asOf: filter.asOf ?? null }) as SummaryQueryRow[];
}
