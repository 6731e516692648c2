// Fills the summary report model (SPEC §8 `report summary`): one row per cohort, aggregated by SQL.
import type { Db } from '../db/open.js';
import { querySummary } from '../db/reports/summary.js';
import type { Program } from '../domain/types.js';
import type { SummaryReport } from './summary-model.js';

export interface SummaryReportOptions {
  year?: number | undefined;
  program?: Program | undefined;
  /** Only cohorts that had started by this day. */
  asOf?: string | undefined;
}

export function buildSummaryReport(db: Db, options: SummaryReportOptions = {}): SummaryReport {
  return querySummary(db, options).map((row) => ({
    code: row.code,
    program: row.program,
    year: row.year,
    participants: row.participants,
    by_status: { active: row.active, passed: row.passed, failed: row.failed, withdrawn: row.withdrawn },
    pipeline: {
      idea: row.idea,
      design: row.design,
      implementation: row.implementation,
      presentation: row.presentation,
      adoption: row.adoption,
      dropped: row.dropped,
    },
    adopted: row.adopted,
    mean_score: row.mean_score,
  }));
}
