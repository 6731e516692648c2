// The back half of `proper import followups`: each row (a form's answer) is matched by NIP to that
// person's latest presented project, or to their project in --cohort, checked with the rules of
// `followup record`, and planned. A row without its month belongs to the scheduled check whose due
// date is nearest its date, so importing the same file again finds the same checks and changes
// nothing. Every row is planned before anything is written; the plans land in one transaction.
import { parsePastDate } from '../domain/dates.js';
import { checkReason, nearestCheckMonth, parseCheckMonth, parseFollowupStatus, parseStopReason } from '../domain/followup.js';
import { parseIkm } from '../domain/ikm.js';
import { normaliseNip } from '../domain/nip.js';
import { readText } from '../domain/text.js';
import type { Problem, Program, Result, StopReason } from '../domain/types.js';
import type { CheckFields, PresentedProject } from '../db/followups.js';
import { findCheckOfMonth, personExists, presentedProjectsOfNip } from '../db/followups.js';
import type { Db } from '../db/open.js';
import type { Counts, RowError, ValidationOutcome } from './participants.js';
import type { ImportSource, MappedRecord } from './source.js';
import { planEveryRecord, type PlanPassOptions } from './plan-pass.js';

export interface FollowupPlan {
  line: number;
  fields: CheckFields;
  /** The check of the same project and month already recorded, or null. */
  existingId: number | null;
  changed: boolean;
}

export interface FollowupImportOptions extends PlanPassOptions {
  /** --cohort: match each NIP to its project in this cohort. */
  cohort?: { id: number; code: string } | undefined;
  schedules: Record<Program, number[]>;
  today: Date;
  keep: number;
}

function clean(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/** An NIP as a form gives it, "NIP. 19831210 200803 1 008" included, normalised as everywhere. */
function nipOf(text: string): string {
  return normaliseNip(text.replace(/^\s*NIP\s*[.:]?\s*/i, ''));
}

/** The project a NIP's answer is about, or a problem naming why there is none. */
function matchProject(db: Db, nip: string, options: FollowupImportOptions, cache: Map<string, PresentedProject[]>): Result<PresentedProject> {
  let projects = cache.get(nip);
  if (projects === undefined) {
    projects = presentedProjectsOfNip(db, nip);
    cache.set(nip, projects);
  }
  const { cohort } = options;
  const match = cohort ? projects.find((p) => p.cohort_id === cohort.id) : projects[0];
  if (match) return { ok: true, value: match };
  if (!personExists(db, nip)) return { ok: false, problem: { key: 'import.followup.unknownNip', params: { nip } } };
  return cohort
    ? { ok: false, problem: { key: 'import.followup.notPresentedInCohort', params: { nip, cohort: cohort.code } } }
    : { ok: false, problem: { key: 'import.followup.noPresentedProject', params: { nip } } };
}

/** Plans one row; every problem it has is pushed to `problems`. */
function planRow(db: Db, record: MappedRecord, options: FollowupImportOptions, cache: Map<string, PresentedProject[]>, problems: RowError[]): FollowupPlan | null {
  const { line, values } = record;
  const problem = (field: string, p: Problem): void => {
    problems.push({ line, field, key: p.key, params: (p.params ?? {}) as Record<string, string | number> });
  };
  const take = <T>(field: string, result: Result<T>): T | null => {
    if (result.ok) return result.value;
    problem(field, result.problem);
    return null;
  };
  const required = (field: 'nip' | 'date' | 'status'): string | null => {
    const value = clean(values[field]);
    if (value === null) problem(field, { key: 'import.row.required', params: { field } });
    return value;
  };

  const nipText = required('nip');
  const project = nipText === null ? null : take('nip', matchProject(db, nipOf(nipText), options, cache));
  const dateText = required('date');
  const date = dateText === null ? null : take('date', parsePastDate(dateText, options.today));
  const statusText = required('status');
  const status = statusText === null ? null : take('status', parseFollowupStatus(statusText));
  const reasonText = clean(values.reason);
  const reason: StopReason | null = reasonText === null ? null : take('reason', parseStopReason(reasonText));
  if (status !== null && (reasonText === null || reason !== null)) take('reason', checkReason(status, reason));
  const monthsText = clean(values.months);
  const givenMonths = monthsText === null ? null : take('months', parseCheckMonth(monthsText));
  const ikmText = clean(values.ikm);
  const ikm = ikmText === null ? null : take('ikm', parseIkm(ikmText));
  const note = take('note', readText(values.note ?? '', 'free'));
  const evidence = take('evidence', readText(values.evidence ?? '', 'free'));
  if (project && date !== null && date < project.presented_on) {
    problem('date', { key: 'followup.error.beforePresentation', params: { date, presented: project.presented_on } });
  }
  if (problems.length > 0 || project === null || date === null || status === null) return null;

  const months = givenMonths ?? nearestCheckMonth(project.presented_on, options.schedules[project.program], date)!;
  const fields: CheckFields = { project_id: project.project_id, months, date, status, reason, note, evidence, ikm };
  const existing = findCheckOfMonth(db, project.project_id, months);
  const changed =
    !existing ||
    existing.date !== date || existing.status !== status || existing.reason !== reason ||
    existing.note !== fields.note || existing.evidence !== fields.evidence || existing.ikm !== ikm;
  return { line, fields, existingId: existing?.id ?? null, changed };
}

/**
 * Pass 1: reads and plans every row; the plans of valid rows are returned. Throws InterruptedError
 * (exit 130) once `options.signal` is aborted (Ctrl-C), between batches.
 */
export async function validateFollowups(db: Db, source: ImportSource, options: FollowupImportOptions): Promise<{ outcome: ValidationOutcome; plans: FollowupPlan[] }> {
  const cache = new Map<string, PresentedProject[]>();
  const firstLine = new Map<string, number>();
  return planEveryRecord(source, options, (record, problems) => {
    const plan = planRow(db, record, options, cache, problems);
    if (plan) {
      // Two answers for the same check: the second would silently replace the first.
      const key = `${plan.fields.project_id}@${plan.fields.months}`;
      const first = firstLine.get(key);
      if (first !== undefined) problems.push({ line: record.line, field: 'months', key: 'import.followup.duplicateCheck', params: { months: plan.fields.months, first } });
      else firstLine.set(key, record.line);
    }
    return plan;
  });
}

export function countFollowupChanges(plans: readonly FollowupPlan[]): Counts {
  const added = plans.filter((p) => p.existingId === null).length;
  const updated = plans.filter((p) => p.existingId !== null && p.changed).length;
  return { added, updated, unchanged: plans.length - added - updated };
}
