// The originality report (SPEC §12 `report originality CODE`): each project of a cohort with the
// three earlier projects most like it, for the examiners. JSON prints the rows as they are.
import type { Cohort, Stage } from '../domain/types.js';

export interface OriginalityMatch {
  project_id: number;
  cohort: string;
  title: string;
  stage: Stage;
  /** 0..1, above 0 (a project with nothing in common is left out). */
  similarity: number;
}

export interface OriginalityRow {
  project_id: number;
  nip: string;
  name: string;
  title: string;
  /** At most three, highest first, of cohorts that started before this one. */
  similar: OriginalityMatch[];
}

/** The rows, and the cohort they belong to for the headings of the human formats. */
export interface OriginalityReport {
  cohort: Cohort;
  rows: OriginalityRow[];
  /** JSON is the rows alone: `[{project_id, nip, name, title, similar}]`. */
  toJSON(): OriginalityRow[];
}

export function originalityReport(cohort: Cohort, rows: OriginalityRow[]): OriginalityReport {
  return { cohort, rows, toJSON: () => rows };
}
