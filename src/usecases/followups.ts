// Checks after the training (SPEC §11): which are due, recording one, a project's checks, its IKM.
import { addDays } from '../domain/followup-dates.js';
import { checkReason, dueChecks, latestCheck, nextCheckMonth, parseCheckMonth, parseFollowupStatus, parseStopReason } from '../domain/followup.js';
import { daysBetween, parseDate, parsePastDate, todayIso } from '../domain/dates.js';
import { parseIkm } from '../domain/ikm.js';
import { parseProgram } from '../domain/program.js';
import type { FollowupCheck, FollowupStatus, IsoDate, Program, StopReason } from '../domain/types.js';
import { requireCohort } from '../db/cohorts.js';
import type { CheckFields, FollowedProject } from '../db/followups.js';
import { findCheck, followedProjects, listChecks, presentationDate, writeCheck } from '../db/followups.js';
import type { Db } from '../db/open.js';
import type { ProjectRecord } from '../db/projects.js';
import { followupSchedules } from '../db/followup-settings.js';
import { InvalidDataError, UsageError } from '../errors.js';
import { parseYear } from './cohorts.js';
import type { ProjectRef } from './project-ref.js';
import { resolveProject } from './project-ref.js';
import { publicProject } from './projects.js';
import { stageName } from './stage-names.js';
import { optional, text, valueOf } from './validate.js';

export { followupSchedules };

export interface FollowupScopeInput {
  cohort?: string | undefined;
  program?: string | undefined;
  year?: string | undefined;
  asOf?: string | undefined;
}

export interface ResolvedScope {
  cohortId?: number | undefined;
  cohort?: string | undefined;
  program?: Program | undefined;
  year?: number | undefined;
  asOf: IsoDate;
}

/** --cohort, --program, --year and --as-of (default today); a bad value is invalid data (3), an unknown cohort not found (4). */
export function followupScope(db: Db, input: FollowupScopeInput, today: Date): ResolvedScope {
  const cohort = input.cohort !== undefined ? requireCohort(db, input.cohort.trim()) : undefined;
  return {
    cohortId: cohort?.id,
    cohort: cohort?.code,
    program: input.program !== undefined ? valueOf(parseProgram(input.program), '--program') : undefined,
    year: input.year !== undefined ? parseYear(input.year) : undefined,
    asOf: input.asOf !== undefined ? valueOf(parseDate(input.asOf), '--as-of') : todayIso(today),
  };
}

/** A check due and not recorded, as `followup due --json` prints it (SPEC §11). */
export interface DueCheck {
  project_id: number;
  nip: string;
  name: string;
  cohort: string;
  title: string;
  months: number;
  due_date: IsoDate;
  /** As-of date minus due date, in days: negative for a check listed through --within. */
  overdue_days: number;
  last_status: FollowupStatus | null;
}

/** The projects in scope with their program's schedule. */
export function followedInScope(db: Db, scope: ResolvedScope): { projects: FollowedProject[]; schedules: Record<Program, number[]> } {
  return { projects: followedProjects(db, scope), schedules: followupSchedules(db) };
}

/** Checks due by the as-of date (and the next `within` days) and not yet recorded, oldest first. */
export function dueFollowups(db: Db, input: FollowupScopeInput & { within?: string | undefined }, today: Date): DueCheck[] {
  const scope = followupScope(db, input, today);
  const within = input.within === undefined ? 0 : parseWithin(input.within);
  const until = addDays(scope.asOf, within);
  const { projects, schedules } = followedInScope(db, scope);
  const due: DueCheck[] = [];
  for (const project of projects) {
    const subject = { stage: project.stage, presentedOn: project.presented_on, checks: project.checks };
    for (const check of dueChecks(subject, schedules[project.program], until)) {
      due.push({
        project_id: project.project_id,
        nip: project.nip,
        name: project.name,
        cohort: project.cohort,
        title: project.title,
        months: check.months,
        due_date: check.due_date,
        overdue_days: daysBetween(check.due_date, scope.asOf),
        last_status: latestCheck(project.checks)?.status ?? null,
      });
    }
  }
  return due.sort((a, b) => (a.due_date < b.due_date ? -1 : a.due_date > b.due_date ? 1 : a.project_id - b.project_id || a.months - b.months));
}

function parseWithin(input: string): number {
  const value = input.trim();
  if (!/^\d{1,5}$/.test(value)) throw new UsageError('followup.error.within', { value: input, field: '--within' });
  return Number(value);
}

export interface RecordInput {
  status?: string | undefined;
  months?: string | undefined;
  date?: string | undefined;
  reason?: string | undefined;
  note?: string | undefined;
  evidence?: string | undefined;
  ikm?: string | undefined;
}

/** A check read and checked, before it is matched to a project. */
export interface CheckValues {
  status: FollowupStatus;
  months: number | undefined;
  date: IsoDate;
  reason: StopReason | null;
  note: string | null;
  evidence: string | null;
  ikm: number | null;
}

/** Reads a check's values; a problem is invalid data (3) naming the option. */
export function checkValues(input: RecordInput, today: Date): CheckValues {
  const status = valueOf(parseFollowupStatus(input.status ?? ''), '--status');
  const reason = optional(input.reason, '--reason', parseStopReason) ?? null;
  valueOf(checkReason(status, reason), '--reason');
  return {
    status,
    months: optional(input.months, '--months', parseCheckMonth) ?? undefined,
    date: input.date === undefined ? todayIso(today) : valueOf(parsePastDate(input.date, today), '--date'),
    reason,
    note: text(input.note, '--note', 'free') ?? null,
    evidence: text(input.evidence, '--evidence', 'free') ?? null,
    ikm: optional(input.ikm, '--ikm', parseIkm) ?? null,
  };
}

/**
 * The check's fields for a project: the month defaults to the earliest scheduled one not yet
 * recorded. Refuses (3) a project never presented, and a date before its presentation.
 */
export function checkFor(db: Db, project: ProjectRecord, values: CheckValues, schedules: Record<Program, number[]>): CheckFields {
  const presentedOn = presentationDate(db, project.id);
  if (presentedOn === null || (project.stage !== 'presentation' && project.stage !== 'adoption' && project.stage !== 'dropped')) {
    throw new InvalidDataError('followup.error.notPresented', { id: project.id, stage: stageName(project.stage), field: 'project' });
  }
  if (values.date < presentedOn) {
    throw new InvalidDataError('followup.error.beforePresentation', { date: values.date, presented: presentedOn, field: '--date' });
  }
  const months = values.months ?? nextCheckMonth({ stage: project.stage, presentedOn, checks: listChecks(db, project.id) }, schedules[project.program]);
  if (months === undefined) throw new InvalidDataError('followup.error.allRecorded', { id: project.id, months: schedules[project.program].join(', '), field: '--months' });
  const { status, date, reason, note, evidence, ikm } = values;
  return { project_id: project.id, months, date, status, reason, note, evidence, ikm };
}

/** `followup record PROJECT`: one check, audited like every write. */
export function recordFollowup(db: Db, ref: ProjectRef, input: RecordInput, today: Date): FollowupCheck {
  const values = checkValues(input, today);
  return db.transaction(() => {
    const project = resolveProject(db, ref);
    const id = writeCheck(db, checkFor(db, project, values, followupSchedules(db)));
    return findCheck(db, id)!;
  }).immediate();
}

/** `followup list PROJECT`: its checks by month. */
export function listFollowups(db: Db, ref: ProjectRef): { project: ReturnType<typeof publicProject>; name: string; checks: FollowupCheck[] } {
  const record = resolveProject(db, ref);
  return { project: publicProject(record), name: record.name, checks: listChecks(db, record.id) };
}
