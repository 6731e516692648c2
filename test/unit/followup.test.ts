import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isoDate } from '../../src/domain/dates.js';
import { addDays } from '../../src/domain/followup-dates.js';
import {
  addMonths,
  checkReason,
  dueChecks,
  monthsBetween,
  nearestCheckMonth,
  nextCheckMonth,
  parseCheckMonth,
  parseFollowupMonths,
  parseFollowupStatus,
  parseStopReason,
  scheduleChecks,
} from '../../src/domain/followup.js';
import type { FollowupSubject } from '../../src/domain/followup.js';

const isoArb = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('addMonths', () => {
  it.each([
    ['2018-10-22', 6, '2019-04-22'],
    ['2018-08-31', 6, '2019-02-28'],
    ['2019-08-31', 6, '2020-02-29'],
    ['2019-06-18', 24, '2021-06-18'],
    ['2018-12-15', 1, '2019-01-15'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('lands in the right month, never after the same day, and monthsBetween undoes it', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: 0, max: 600 }), (date, months) => {
        const later = addMonths(date, months);
        const total = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
        expect(total(later) - total(date)).toBe(months);
        expect(Number(later.slice(8, 10))).toBeLessThanOrEqual(Number(date.slice(8, 10)));
        expect(monthsBetween(date, later)).toBe(months);
      }),
    );
  });
});

describe('addDays', () => {
  it('agrees with the calendar for any day and offset', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(date, days)).toBe(expected);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });
});

describe('monthsBetween', () => {
  it('counts a month once its day is reached', () => {
    expect(monthsBetween('2018-10-22', '2019-10-21')).toBe(11);
    expect(monthsBetween('2018-10-22', '2019-10-22')).toBe(12);
    expect(monthsBetween('2018-08-31', '2019-02-28')).toBe(6);
  });
});

describe('status and stop reasons', () => {
  it.each([
    ['running', 'running'], ['berjalan', 'running'], ['Masih Berjalan', 'running'], ['ya', 'running'],
    ['stopped', 'stopped'], ['berhenti', 'stopped'], ['Tidak berjalan', 'stopped'], ['TIDAK', 'stopped'],
  ])('reads status "%s" as %s', (input, status) => {
    expect(parseFollowupStatus(input)).toEqual({ ok: true, value: status });
  });

  it.each([
    ['mutasi', 'transfer'], ['transfer', 'transfer'], ['Anggaran', 'budget'], ['reorganisasi', 'reorganization'],
    ['reorganisation', 'reorganization'], ['pensiun', 'retirement'], ['tidak didukung', 'no_support'],
    ['Tidak ada dukungan', 'no_support'], ['no_support', 'no_support'], ['lainnya', 'other'], ['other', 'other'],
  ])('reads reason "%s" as %s', (input, reason) => {
    expect(parseStopReason(input)).toEqual({ ok: true, value: reason });
  });

  it('rejects unknown words, naming the value', () => {
    expect(parseFollowupStatus('mungkin')).toMatchObject({ ok: false, problem: { key: 'domain.followup.status_unknown', params: { value: 'mungkin' } } });
    expect(parseStopReason('bosan')).toMatchObject({ ok: false, problem: { key: 'domain.followup.reason_unknown', params: { value: 'bosan' } } });
  });

  it('a stopped check needs a reason and a running one takes none', () => {
    expect(checkReason('stopped', null)).toMatchObject({ ok: false, problem: { key: 'domain.followup.reason_required' } });
    expect(checkReason('running', 'budget')).toMatchObject({ ok: false, problem: { key: 'domain.followup.reason_for_running' } });
    expect(checkReason('stopped', 'budget')).toEqual({ ok: true, value: 'budget' });
    expect(checkReason('running', null)).toEqual({ ok: true, value: null });
  });
});

describe('the schedule setting', () => {
  it('reads months in ascending order', () => {
    expect(parseFollowupMonths('6,12,24')).toEqual({ ok: true, value: [6, 12, 24] });
    expect(parseFollowupMonths(' 3; 6 12 ')).toEqual({ ok: true, value: [3, 6, 12] });
  });

  it.each(['', '12,6', '6,6', '0,6', '6,x', '601'])('rejects "%s"', (input) => {
    expect(parseFollowupMonths(input).ok).toBe(false);
  });

  it('reads one month as a form writes it', () => {
    expect(parseCheckMonth('12')).toEqual({ ok: true, value: 12 });
    expect(parseCheckMonth('bulan ke-6')).toEqual({ ok: true, value: 6 });
    expect(parseCheckMonth('24 bulan')).toEqual({ ok: true, value: 24 });
    expect(parseCheckMonth('1.5').ok).toBe(false);
  });

  it('never accepts what it cannot read back the same', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const parsed = parseFollowupMonths(input);
        if (parsed.ok) expect(parseFollowupMonths(parsed.value.join(','))).toEqual(parsed);
      }),
    );
  });
});

describe('scheduleChecks and dueChecks', () => {
  const presented: FollowupSubject = { stage: 'presentation', presentedOn: '2018-10-22', checks: [] };
  const months = [6, 12, 24];

  it('schedules a presented project at 6, 12 and 24 months after its presentation', () => {
    expect(scheduleChecks(presented, months)).toEqual([
      { months: 6, due_date: '2019-04-22', done: false },
      { months: 12, due_date: '2019-10-22', done: false },
      { months: 24, due_date: '2020-10-22', done: false },
    ]);
  });

  it('lists as due only the unrecorded checks up to the date', () => {
    const subject = { ...presented, checks: [{ months: 6, date: '2019-04-30', status: 'running' as const }] };
    expect(dueChecks(subject, months, '2019-10-21')).toEqual([]);
    expect(dueChecks(subject, months, '2019-10-22')).toEqual([{ months: 12, due_date: '2019-10-22', done: false }]);
    expect(nextCheckMonth(subject, months)).toBe(12);
  });

  it('has nothing further due after a stopped check, a drop, or a move back below presentation', () => {
    const stopped = { ...presented, checks: [{ months: 6, date: '2019-04-30', status: 'stopped' as const }] };
    expect(dueChecks(stopped, months, '2030-01-01')).toEqual([]);
    expect(scheduleChecks(stopped, months)).toEqual([{ months: 6, due_date: '2019-04-22', done: true }]);
    expect(dueChecks({ ...presented, stage: 'dropped' }, months, '2030-01-01')).toEqual([]);
    expect(dueChecks({ ...presented, stage: 'implementation' }, months, '2030-01-01')).toEqual([]);
    expect(dueChecks({ ...presented, presentedOn: null }, months, '2030-01-01')).toEqual([]);
  });

  it('follows a project again when a later check says running', () => {
    const restarted = {
      ...presented,
      checks: [
        { months: 6, date: '2019-04-30', status: 'stopped' as const },
        { months: 12, date: '2019-10-30', status: 'running' as const },
      ],
    };
    expect(dueChecks(restarted, months, '2030-01-01').map((c) => c.months)).toEqual([24]);
  });

  it('an adopted project is followed like a presented one', () => {
    expect(dueChecks({ ...presented, stage: 'adoption' }, months, '2019-04-22').map((c) => c.months)).toEqual([6]);
  });
});

describe('nearestCheckMonth', () => {
  it('takes the scheduled month whose due date is nearest, ties to the earlier', () => {
    expect(nearestCheckMonth('2018-10-22', [6, 12, 24], '2019-05-10')).toBe(6);
    expect(nearestCheckMonth('2018-10-22', [6, 12, 24], '2019-09-01')).toBe(12);
    expect(nearestCheckMonth('2018-10-22', [6, 12, 24], '2023-01-01')).toBe(24);
    // 2019-07-22 lies 91 days after month 6 and 92 before month 12.
    expect(nearestCheckMonth('2018-10-22', [6, 12], '2019-07-22')).toBe(6);
    const middle = isoDate(2019, 7, 23);
    expect(nearestCheckMonth('2018-10-22', [6, 12], middle)).toBe(12);
  });
});
