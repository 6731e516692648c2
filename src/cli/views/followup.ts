// How follow-up checks and the checks due look to a person at the terminal.
import { ikmGrade } from '../../domain/ikm.js';
import type { FollowupCheck, FollowupStatus, StopReason } from '../../domain/types.js';
import { decimalText, t } from '../../i18n/index.js';
import type { DueCheck } from '../../usecases/followups.js';
import type { Cell, Output } from '../output.js';
import { formatHumanDate } from './dates.js';

export function statusLabel(status: FollowupStatus | null): string | null {
  return status === null ? null : t(`followup.status.${status}`);
}

export function reasonLabel(reason: StopReason | null): string | null {
  return reason === null ? null : t(`followup.reason.${reason}`);
}

/** An IKM value with its grade: "84,2 (B)"; a decimal comma in Indonesian. */
export function ikmText(ikm: number | null): string | null {
  if (ikm === null) return null;
  const value = decimalText(ikm);
  return `${value} (${ikmGrade(ikm)})`;
}

export function checkPairs(check: FollowupCheck): [string, Cell][] {
  return [
    ['ID', check.id],
    [t('followup.field.project'), check.project_id],
    [t('followup.field.months'), check.months],
    [t('followup.field.date'), formatHumanDate(check.date)],
    [t('followup.field.status'), statusLabel(check.status)],
    [t('followup.field.reason'), reasonLabel(check.reason)],
    [t('followup.field.note'), check.note],
    [t('followup.field.evidence'), check.evidence],
    [t('followup.field.ikm'), ikmText(check.ikm)],
  ];
}

export function printCheckTable(out: Output, checks: FollowupCheck[]): void {
  out.table(
    ['ID', t('followup.field.months'), t('followup.field.date'), t('followup.field.status'), t('followup.field.reason'), t('followup.field.note'), t('followup.field.evidence'), t('followup.field.ikm')],
    checks.map((c) => [c.id, c.months, c.date, statusLabel(c.status), reasonLabel(c.reason), c.note, c.evidence, ikmText(c.ikm)]),
  );
}

/** "12 hari lewat" / "dalam 5 hari" */
export function overdueText(days: number): string {
  if (days > 0) return t('followup.overdue.late', { days });
  if (days < 0) return t('followup.overdue.ahead', { days: -days });
  return t('followup.overdue.today');
}

export function printDueTable(out: Output, checks: DueCheck[]): void {
  out.table(
    [t('followup.field.dueDate'), t('followup.field.overdue'), t('followup.field.months'), t('followup.field.project'), t('followup.field.nip'), t('followup.field.name'), t('followup.field.cohort'), t('followup.field.title'), t('followup.field.lastStatus')],
    checks.map((c) => [c.due_date, overdueText(c.overdue_days), c.months, c.project_id, c.nip, c.name, c.cohort, c.title, statusLabel(c.last_status)]),
  );
}
