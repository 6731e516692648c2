// The sustainability report (SPEC §11 `report followup`) as data: `--format json` prints it as it
// is, and every other format renders from it.
import type { IsoDate, Program, StopReason } from '../domain/types.js';

export interface SurvivalRow {
  /** Months after the presentation. */
  months: number;
  /** Checks recorded at this month (dated on or before as_of). */
  checked: number;
  running: number;
  stopped: number;
}

export interface LokusSurvival {
  code: string;
  name: string;
  /** Projects in scope inspired by this lokus. */
  projects: number;
  /** Of those, the ones whose latest check says running, and stopped. */
  running: number;
  stopped: number;
}

export interface KippCandidate {
  project_id: number;
  nip: string;
  name: string;
  title: string;
  innovation_name: string | null;
  /** Whole months from the presentation to the latest check, which says running (at least 12). */
  months_running: number;
}

export interface StoppedProject {
  project_id: number;
  nip: string;
  name: string;
  cohort: string;
  title: string;
  months: number;
  date: IsoDate;
  reason: StopReason;
}

export interface FollowupReport {
  as_of: IsoDate;
  scope: { cohort: string | null; program: Program | null; year: number | null };
  /** Projects at presentation or adoption in scope. */
  projects: number;
  checks: {
    /** Scheduled checks whose date has come, recorded or not. */
    due: number;
    /** Checks recorded. */
    done: number;
    /** Due and not recorded: what `followup due` lists for the same date. */
    overdue: number;
  };
  /** One row per month of the schedules in scope (and any other month a check was recorded at). */
  survival: SurvivalRow[];
  /** Projects whose latest check says stopped, by reason; every reason listed, in the order of SPEC §11. */
  stop_reasons: { reason: StopReason; count: number }[];
  /** Over the projects having both values; means rounded to two decimals, null when none has both. */
  ikm: { projects: number; mean_before: number | null; mean_after: number | null; mean_change: number | null };
  /** Lokus that inspired projects in scope: most running first. */
  by_lokus: LokusSurvival[];
  /** Latest check running at least 12 months after the presentation (KIPP takes innovations a year old). */
  kipp_candidates: KippCandidate[];
  /** The projects whose latest check says stopped, with when and why. */
  stopped: StoppedProject[];
}
