// The end-of-angkatan report as data (SPEC §8). `proper report cohort --format json` prints this
// object as it is; every other format renders from it, so a fact missing here is missing everywhere.
import type { FollowupReport } from './followup-model.js';
import type { AdoptionKind, Cohort, EnrolmentStatus, IsoDate, Stage } from '../domain/types.js';

/** How many projects stand at each stage now; each project is counted once. */
export interface Pipeline {
  idea: number;
  design: number;
  implementation: number;
  presentation: number;
  adoption: number;
  dropped: number;
}

/** The cohort as every command shows it. */
export type CohortIdentity = Cohort;

export interface CountByAgency {
  /** null when the participant's agency is not recorded. */
  agency: string | null;
  count: number;
}

export interface CountByGrade {
  /** Golongan ruang ("III/c"); null when not recorded. */
  grade: string | null;
  count: number;
}

/** The graduation results (kelulusan): enrolments by status, the withdrawn included. */
export type StatusCounts = Record<EnrolmentStatus, number>;

export interface ParticipantFigures {
  /** Participants who did not withdraw; by_gender, by_agency and by_grade count the same people. */
  total: number;
  by_gender: { male: number; female: number; unknown: number };
  /** Sorted by count, highest first, then by name. */
  by_agency: CountByAgency[];
  /** Sorted by grade, lowest first. */
  by_grade: CountByGrade[];
  by_status: StatusCounts;
}

export interface ReportVisit {
  date: IsoDate;
  lokus: { code: string; name: string };
  groups: string[];
  companion: string | null;
  /** Dated after the report's day (--as-of, else today): a visit still planned (src/domain/visit.ts). */
  planned: boolean;
}

export interface ReportProject {
  id: number;
  nip: string;
  name: string;
  title: string;
  innovation_name: string | null;
  stage: Stage;
  /** Date of the event that brought the project to its current stage. */
  stage_date: IsoDate;
  score: number | null;
  predicate: string | null;
  /** Every adopter over all adoption records, in order of recording. */
  adopted_by: string[];
  /** Kind of the latest adoption record; null when never adopted. */
  adoption_kind: AdoptionKind | null;
  /** Every kind the project gathered over its adoption records, first recorded first. */
  adoption_kinds: AdoptionKind[];
  /** Award of the latest adoption record that has one. */
  award: string | null;
  /** Code of the lokus that inspired the project. */
  inspired_by_lokus: string | null;
  /** Its name. */
  inspired_by_lokus_name: string | null;
}

export interface MilestoneFigures {
  total: number;
  pending: number;
  below: number;
  met: number;
  exceeded: number;
}

export const WARNING_KINDS = ['no_project', 'stalled', 'missing_score'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface ReportWarning {
  kind: WarningKind;
  nip: string;
  /** Participant's name, when known. */
  name?: string | null;
  /** Already in the report's language (built with t()). */
  message: string;
}

/** Who signs the report (settings report.signatory.*); null until a name is set. */
export interface Signatory {
  place: string | null;
  position: string | null;
  name: string;
  nip: string | null;
}

export interface CohortReport {
  cohort: CohortIdentity;
  participants: ParticipantFigures;
  /** In date order. */
  visits: ReportVisit[];
  pipeline: Pipeline;
  /** Every project of the cohort, ordered by participant name. */
  projects: ReportProject[];
  milestones: MilestoneFigures;
  /** Projects with at least one adoption record (adopted_by not empty), each once. */
  adopted: ReportProject[];
  /** Projects with an award. */
  awarded: ReportProject[];
  /** Scored projects at presentation or adoption, highest score first, at most --top N (10). */
  top_projects: ReportProject[];
  warnings: ReportWarning[];
  /** The checks after the training of the cohort's projects (SPEC §11), as `report followup --cohort` gives them. */
  followup?: FollowupReport;
  /** The day the report is drawn up for (--as-of, today by default). */
  as_of: IsoDate;
  signatory: Signatory | null;
  /** ISO 8601 timestamp, UTC (2024-05-01T08:30:00Z). */
  generated_at: string;
}
