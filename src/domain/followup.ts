// Checks after the training (evaluasi pasca pelatihan; DOMAIN.md "After the training", SPEC §11):
// when a presented project is due for a check, what a check says, and why a project stopped.
import { aliasTable, lookupAlias } from './aliases.js';
import { daysBetween, daysInMonth, isoDate } from './dates.js';
import { fail, ok } from './result.js';
import type { FollowupStatus, IsoDate, Result, Stage, StopReason } from './types.js';
import { FOLLOWUP_STATUSES, STOP_REASONS } from './types.js';

/** The months after the presentation at which a project is checked, unless a setting says otherwise. */
export const DEFAULT_FOLLOWUP_MONTHS: readonly number[] = [6, 12, 24];

/** The setting holding the schedule: `followup.months`, or `followup.months.PROGRAM` for one program. */
export function followupMonthsKey(program?: string): string {
  const key = `followup.months`;
  return program === undefined ? key : `${key}.${program}`;
}

const STATUS_WORDS = aliasTable<FollowupStatus>({
  running: ['berjalan', 'masih berjalan', 'jalan', 'aktif', 'berlanjut', 'ya', 'yes', 'active', 'still running'],
  stopped: ['berhenti', 'tidak berjalan', 'sudah berhenti', 'terhenti', 'mati', 'tidak', 'no', 'inactive'],
});

const REASON_WORDS = aliasTable<StopReason>({
  transfer: ['mutasi', 'pindah tugas', 'rotasi', 'moved', 'transferred'],
  budget: ['anggaran', 'dana', 'tidak ada anggaran', 'keterbatasan anggaran', 'funding'],
  reorganization: ['reorganisasi', 'reorganisation', 'restrukturisasi', 'perubahan organisasi', 'sotk'],
  retirement: ['pensiun', 'purna tugas', 'retired'],
  no_support: ['tidak didukung', 'tidak ada dukungan', 'kurang dukungan', 'tanpa dukungan pimpinan', 'tidak didukung pimpinan', 'no support', 'nosupport', 'lack of support'],
  other: ['lainnya', 'lain-lain', 'lain lain', 'lain'],
});

/** Reads a check's status: running/stopped, berjalan/berhenti (and a form's ya/tidak). */
export function parseFollowupStatus(input: string): Result<FollowupStatus> {
  const status = lookupAlias(STATUS_WORDS, input);
  if (status === undefined) return fail('domain.followup.status_unknown', { value: input.trim(), known: FOLLOWUP_STATUSES.join(', ') });
  return ok(status);
}

/** Reads a stop reason in English or Indonesian (mutasi, anggaran, reorganisasi, pensiun, tidak didukung, lainnya). */
export function parseStopReason(input: string): Result<StopReason> {
  const reason = lookupAlias(REASON_WORDS, input);
  if (reason === undefined) return fail('domain.followup.reason_unknown', { value: input.trim(), known: STOP_REASONS.join(', ') });
  return ok(reason);
}

/** A stopped check needs its reason; a running one has none. */
export function checkReason(status: FollowupStatus, reason: StopReason | null): Result<StopReason | null> {
  if (status === 'stopped' && reason === null) return fail('domain.followup.reason_required');
  if (status === 'running' && reason !== null) return fail('domain.followup.reason_for_running', { reason });
  return ok(reason);
}

/** Reads a schedule "6,12,24" (commas, semicolons or spaces): whole months 1–600, ascending, no repeats. */
export function parseFollowupMonths(input: string): Result<number[]> {
  const value = input.trim();
  const parts = value.split(/\s*[,;]\s*|\s+/).filter((p) => p !== '');
  if (parts.length === 0) return fail('domain.followup.months_empty', { value });
  const months: number[] = [];
  for (const part of parts) {
    const month = parseCheckMonth(part);
    if (!month.ok) return month;
    if (months.length > 0 && month.value <= months[months.length - 1]!) return fail('domain.followup.months_order', { value });
    months.push(month.value);
  }
  return ok(months);
}

/** Reads one check month: a whole number of months after the presentation, 1–600 ("12", "bulan ke-12"). */
export function parseCheckMonth(input: string | number): Result<number> {
  const value = String(input).trim();
  const digits = /^(?:bulan\s*(?:ke)?-?\s*)?(\d{1,3})(?:\s*(?:bulan|months?))?$/i.exec(value);
  const month = digits ? Number(digits[1]) : Number.NaN;
  if (!Number.isInteger(month) || month < 1 || month > 600) return fail('domain.followup.month_invalid', { value });
  return ok(month);
}

/** `date` plus whole calendar months; a day the target month lacks becomes its last (31 Aug + 6 = 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoDate(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}

/** Whole calendar months from `from` to `to` (a month counts once its day is reached). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** What the schedule needs to know of a project. */
export interface FollowupSubject {
  stage: Stage;
  /** Its latest presentation date; null when it never reached presentation. */
  presentedOn: IsoDate | null;
  /** Its recorded checks (those dated on or before the day considered). */
  checks: readonly { months: number; date: IsoDate; status: FollowupStatus }[];
}

export interface ScheduledCheck {
  months: number;
  due_date: IsoDate;
  /** Recorded for this month. */
  done: boolean;
}

/** The check that speaks last for the project: the latest by date, then by month. */
export function latestCheck<C extends { months: number; date: IsoDate }>(checks: readonly C[]): C | undefined {
  let latest: C | undefined;
  for (const check of checks) {
    if (!latest || check.date > latest.date || (check.date === latest.date && check.months > latest.months)) latest = check;
  }
  return latest;
}

/** Whether the project is still followed: presented or adopted, and not stopped at its latest check. */
export function isFollowed(subject: FollowupSubject): boolean {
  if (subject.presentedOn === null) return false;
  if (subject.stage !== 'presentation' && subject.stage !== 'adoption') return false;
  return latestCheck(subject.checks)?.status !== 'stopped';
}

/**
 * The project's checks at each month of `months` after its presentation, with their due dates and
 * whether each is recorded. A project that is dropped, moved back below presentation, or stopped
 * at its latest check keeps only its recorded checks: nothing further is due (SPEC §11).
 */
export function scheduleChecks(subject: FollowupSubject, months: readonly number[]): ScheduledCheck[] {
  if (subject.presentedOn === null) return [];
  const recorded = new Set(subject.checks.map((c) => c.months));
  const followed = isFollowed(subject);
  const all = [...new Set([...months, ...recorded])].sort((a, b) => a - b);
  return all
    .map((m) => ({ months: m, due_date: addMonths(subject.presentedOn!, m), done: recorded.has(m) }))
    .filter((check) => check.done || followed);
}

/** The checks not yet recorded whose due date is on or before `until`, oldest first. */
export function dueChecks(subject: FollowupSubject, months: readonly number[], until: IsoDate): ScheduledCheck[] {
  return scheduleChecks(subject, months).filter((c) => !c.done && c.due_date <= until);
}

/** The earliest scheduled month not yet recorded (the default of `followup record`), or undefined. */
export function nextCheckMonth(subject: FollowupSubject, months: readonly number[]): number | undefined {
  const recorded = new Set(subject.checks.map((c) => c.months));
  return months.find((m) => !recorded.has(m));
}

/**
 * The scheduled month whose due date is nearest `date` (ties to the earlier month): where an imported
 * answer without a month belongs, so that importing the same file again finds the same check.
 */
export function nearestCheckMonth(presentedOn: IsoDate, months: readonly number[], date: IsoDate): number | undefined {
  let best: { month: number; distance: number } | undefined;
  for (const month of months) {
    const distance = Math.abs(daysBetween(addMonths(presentedOn, month), date));
    if (!best || distance < best.distance) best = { month, distance };
  }
  return best?.month;
}
