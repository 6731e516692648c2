// The checks due as an iCalendar file (RFC 5545) for Google Calendar or Outlook: one all-day event
// per check. Its UID is made of the cohort, the NIP and the month, never of a database id, so that
// importing a later export updates the same events instead of adding copies.
import { t } from '../i18n/index.js';
import type { DueCheck } from '../usecases/followups.js';

/** The event's UID: stable across runs and across copies of the database (SPEC §11). */
export function checkUid(check: Pick<DueCheck, 'cohort' | 'nip' | 'months'>): string {
  const safe = (value: string) => value.replace(/[^A-Za-z0-9._-]/g, '_');
  return `followup-${safe(check.cohort)}-${safe(check.nip)}-${check.months}@proper`;
}

/** The calendar as text; `stamp` is DTSTAMP, the moment the file is made. */
export async function renderDueIcs(checks: readonly DueCheck[], stamp: Date): Promise<string> {
  const { default: ical } = await import('ical-generator');
  const calendar = ical({ name: t('followup.ics.name'), prodId: { company: 'proper', product: 'proper', language: 'ID' } });
  for (const check of checks) {
    calendar.createEvent({
      id: checkUid(check),
      // A date string, not a Date: ical-generator writes it as it is, whatever the machine's time zone.
      start: check.due_date,
      allDay: true,
      stamp,
      summary: t('followup.ics.summary', { months: check.months, title: check.title, name: check.name }),
      description: t('followup.ics.description', {
        nip: check.nip,
        name: check.name,
        cohort: check.cohort,
        title: check.title,
        months: check.months,
        id: check.project_id,
      }),
    });
  }
  return calendar.toString();
}
