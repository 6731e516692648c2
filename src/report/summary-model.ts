// The summary report (SPEC §8 `report summary`): one row per cohort across years and programs.
import type { Program } from '../domain/types.js';
import type { Pipeline, StatusCounts } from './cohort-model.js';

export interface SummaryRow {
  code: string;
  program: Program;
  year: number;
  /** Participants who did not withdraw. */
  participants: number;
  /** The graduation results: enrolments by status, the withdrawn included. */
  by_status: StatusCounts;
  pipeline: Pipeline;
  /** Projects with at least one adoption record. */
  adopted: number;
  /** Mean over scored projects only, rounded to one decimal; null when none is scored. */
  mean_score: number | null;
}

/** Ordered by year, then program, then cohort number. */
export type SummaryReport = SummaryRow[];
