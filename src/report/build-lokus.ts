// Fills the lokus report model: which benchmarking sites inspired which projects, and how many
// of those were presented and adopted. Aggregated by SQL (src/db/reports/lokus.ts).
import { requireCohort } from '../db/cohorts.js';
import type { Db } from '../db/open.js';
import { queryLokusProjects, queryLokusReport } from '../db/reports/lokus.js';
import type { IsoDate, Program } from '../domain/types.js';
import type { LokusReport } from './lokus-model.js';

/** How many inspired projects each lokus names by default. */
export const DEFAULT_PROJECTS_PER_LOKUS = 20;

export interface LokusReportOptions {
  /** Only this cohort's visits and projects (its code); an unknown code is not found (4). */
  cohort?: string | undefined;
  year?: number | undefined;
  program?: Program | undefined;
  /** Only cohorts that had started by this day. */
  asOf?: IsoDate | undefined;
  /** At most this many projects named per lokus (20). */
  projectsPerLokus?: number | undefined;
}

export function buildLokusReport(db: Db, options: LokusReportOptions = {}): LokusReport {
  const cohortId = options.cohort !== undefined ? requireCohort(db, options.cohort).id : undefined;
  const scope = { cohortId, year: options.year, program: options.program, asOf: options.asOf };
  const projects = queryLokusProjects(db, scope, options.projectsPerLokus ?? DEFAULT_PROJECTS_PER_LOKUS);
  return queryLokusReport(db, scope).map((row) => ({
    code: row.code,
    name: row.name,
    city: row.city,
    visits: row.visits,
    cohorts: JSON.parse(row.cohorts) as string[],
    groups_sent: row.groups_sent,
    participants_sent: row.participants_sent,
    projects_inspired: row.projects_inspired,
    reached_presentation: row.reached_presentation,
    adopted: row.adopted,
    projects: projects.get(row.code) ?? [],
  }));
}
