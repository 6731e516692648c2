// The query of `proper report summary` (SPEC §8): one row per cohort, every figure aggregated by
// SQLite in one pass over enrolments (UNIQUE(cohort_id, person_id)) and their projects
// (UNIQUE(enrolment_id)). The bench runs this very text in the sqlite3 shell, so keep it plain SQL
// with named parameters (unbound ones are NULL there).
import type { Program } from '../../domain/types.js';
import type { Db } from '../open.js';

export const SUMMARY_SQL = `SELECT c.code, c.program, c.year,
       count(e.id) AS participants,
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
GROUP BY c.id
ORDER BY c.year, c.program, c.number, c.code`;

export interface SummaryQueryRow {
  code: string;
  program: Program;
  year: number;
  participants: number;
  idea: number;
  design: number;
  implementation: number;
  presentation: number;
  adoption: number;
  dropped: number;
  adopted: number;
  mean_score: number | null;
}

export function querySummary(db: Db, filter: { year?: number | undefined; program?: Program | undefined }): SummaryQueryRow[] {
  return db.prepare(SUMMARY_SQL).all({ year: filter.year ?? null, program: filter.program ?? null }) as SummaryQueryRow[];
}
