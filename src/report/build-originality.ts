// Fills the originality report: every project of the cohort against the projects of the cohorts
// that started before it (by start date when both have one, else by year), three closest each.
import { requireCohort } from '../db/cohorts.js';
import type { Db } from '../db/open.js';
import { cohortCandidates } from '../db/search.js';
import { findSimilar } from '../usecases/similarity.js';
import type { OriginalityReport } from './originality-model.js';
import { originalityReport } from './originality-model.js';

/** How many earlier projects each row names. */
export const ORIGINALITY_MATCHES = 3;

/** Unknown cohort: not found (4). */
export function buildOriginalityReport(db: Db, code: string): OriginalityReport {
  const cohort = requireCohort(db, code);
  const earlier = { year: cohort.year, start: cohort.start_date };
  const rows = cohortCandidates(db, cohort.id).map((project) => ({
    project_id: project.project_id,
    nip: project.nip,
    name: project.name,
    title: project.title,
    similar: findSimilar(db, project, { otherThanCohort: cohort.id, startedBefore: earlier, limit: ORIGINALITY_MATCHES }).map((s) => ({
      project_id: s.project_id,
      cohort: s.cohort,
      title: s.title,
      stage: s.stage,
      similarity: s.similarity,
    })),
  }));
  const { id: _, ...identity } = cohort;
  return originalityReport(identity, rows);
}
