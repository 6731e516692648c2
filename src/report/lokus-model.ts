// The lokus report (SPEC §3 `report lokus`): which benchmarking sites inspired which projects, and
// how many of those were adopted. JSON prints the array as it is.
import type { Stage } from '../domain/types.js';

/** A project a lokus inspired (SPEC §8). */
export interface LokusProject {
  id: number;
  cohort: string;
  nip: string;
  title: string;
  innovation_name: string | null;
  stage: Stage;
}

export interface LokusReportRow {
  code: string;
  name: string;
  city: string | null;
  /** Number of cohort visits to this lokus. */
  visits: number;
  /** Codes of the cohorts that visited, oldest visit first. */
  cohorts: string[];
  /** Groups (kelompok) sent, over all visits. */
  groups_sent: number;
  /** Participants enrolled in the groups sent. */
  participants_sent: number;
  /** Projects whose inspired_by_lokus is this lokus. */
  projects_inspired: number;
  /** Of those, how many reached presentation (presented now, or adopted since). */
  reached_presentation: number;
  /** Of those, how many were adopted. */
  adopted: number;
  /** The projects it inspired, in order of recording; at most --projects-per-lokus (20) of them. */
  projects: LokusProject[];
}

/** One row per lokus, ordered by projects adopted, then inspired, then code. */
export type LokusReport = LokusReportRow[];
