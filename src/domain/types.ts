// The records proper keeps, as the rest of the program sees them. JSON output (SPEC §4) uses
// the same field names, so these types stay snake_case where they are serialised as they are.

export const PROGRAMS = ['pim2', 'pim3', 'pim4', 'pkn2', 'pka', 'pkp', 'latsar', 'other'] as const;
export type Program = (typeof PROGRAMS)[number];

export const STAGES = ['idea', 'design', 'implementation', 'presentation', 'adoption'] as const;
export type ForwardStage = (typeof STAGES)[number];
export type Stage = ForwardStage | 'dropped';
export const ALL_STAGES: readonly Stage[] = [...STAGES, 'dropped'];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const ID_TYPES = ['nip', 'nrp', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ENROLMENT_STATUSES = ['active', 'passed', 'failed', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const ADOPTION_KINDS = ['sustained', 'institutionalized', 'replicated', 'adopted_elsewhere'] as const;
export type AdoptionKind = (typeof ADOPTION_KINDS)[number];

export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const RATINGS = ['pending', 'below', 'met', 'exceeded'] as const;
export type Rating = (typeof RATINGS)[number];

export const EVENT_KINDS = ['created', 'advanced', 'skipped', 'moved_back', 'dropped', 'reopened', 'adopted'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** A problem found by a rule: a message key of the catalogue and the values it names. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export interface Cohort {
  code: string;
  program: Program;
  number: number;
  number_roman: string;
  year: number;
  organizer: string | null;
  start_date: IsoDate | null;
  end_date: IsoDate | null;
  place: string | null;
}

export interface Person {
  nip: string;
  id_type: IdType;
  name: string;
  gender: Gender | null;
  birth_date: IsoDate | null;
  rank: string | null;
  grade: string | null;
  position: string | null;
  agency: string | null;
  unit: string | null;
  email: string | null;
  phone: string | null;
}

/** A person as listed within one cohort. */
export interface Enrolment extends Person {
  cohort: string;
  group: string | null;
  status: EnrolmentStatus;
}

export interface Lokus {
  id: number;
  code: string;
  name: string;
  agency: string | null;
  city: string | null;
  province: string | null;
  innovations: string[];
}

export interface Visit {
  id: number;
  cohort: string;
  lokus: string;
  date: IsoDate;
  groups: string[];
  companion: string | null;
}

export interface Project {
  id: number;
  nip: string;
  cohort: string;
  title: string;
  innovation_name: string | null;
  description: string | null;
  stage: Stage;
  stage_date: IsoDate;
  score: number | null;
  predicate: string | null;
  coach: string | null;
  mentor: string | null;
  examiner: string | null;
  inspired_by_lokus: string | null;
  adopted_by: string[];
  adoption_kind: AdoptionKind | null;
  award: string | null;
  /** The unit's IKM before and after the project (25–100) and their grades A–D (SPEC §11). */
  ikm_before: number | null;
  ikm_before_grade: IkmGrade | null;
  ikm_after: number | null;
  ikm_after_grade: IkmGrade | null;
}

export interface ProjectEvent {
  id: number;
  project_id: number;
  kind: EventKind;
  from_stage: Stage | null;
  to_stage: Stage;
  date: IsoDate;
  note: string | null;
  score: number | null;
  predicate: string | null;
  recorded_at: string;
}

export interface Milestone {
  id: number;
  project_id: number;
  horizon: Horizon;
  description: string;
  target_date: IsoDate | null;
  rating: Rating;
  evidence: string | null;
}

export interface Setting {
  key: string;
  value: string;
}

export const FOLLOWUP_STATUSES = ['running', 'stopped'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

export const STOP_REASONS = ['transfer', 'budget', 'reorganization', 'retirement', 'no_support', 'other'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** A follow-up check after the training (SPEC §11), as `followup list --json` prints it. */
export interface FollowupCheck {
  id: number;
  project_id: number;
  months: number;
  date: IsoDate;
  status: FollowupStatus;
  reason: StopReason | null;
  note: string | null;
  evidence: string | null;
  ikm: number | null;
}

export const IKM_GRADES = ['A', 'B', 'C', 'D'] as const;
export type IkmGrade = (typeof IKM_GRADES)[number];
