// proper followup as a user runs it: the calendar file a calendar program reads, formats, exit codes.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proper, properIn, tempDb } from '../helpers/run.js';

let temp: ReturnType<typeof tempDb>;
let proper: Proper;

beforeAll(async () => {
  temp = tempDb();
  proper = properIn(temp.db, { today: null });
  expect((await proper(['demo'])).code).toBe(0);
}, 60_000);
afterAll(() => temp.cleanup());

interface Due {
  project_id: number;
  nip: string;
  cohort: string;
  months: number;
  due_date: string;
}

function events(file: string): { uid: string; start: string; summary: string; allDay: boolean }[] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: event.startDate.toString(), summary: event.summary, allDay: event.startDate.isDate };
  });
}

describe('proper followup due', () => {
  it('writes an RFC 5545 calendar: one all-day event per check due, with UIDs that stay the same across runs', async () => {
    const json = (await proper(['followup', 'due', '--as-of', '2020-12-31', '--json'])).json<Due[]>();
    expect(json.length).toBeGreaterThan(0);
    const file = join(temp.dir, 'pemantauan.ics');
    const first = await proper(['followup', 'due', '--as-of', '2020-12-31', '--output', file]);
    expect(first.code, first.stderr).toBe(0);
    const once = events(file);
    expect(once.map((e) => e.start)).toEqual(json.map((c) => c.due_date));
    expect(once.every((e) => e.allDay)).toBe(true);
    expect(new Set(once.map((e) => e.uid)).size).toBe(once.length);
    expect(once[0]!.summary).toContain(`ke-${json[0]!.months}`);

    // A later run (another as-of date, so other checks) keeps the UID of every check it lists again.
    expect((await proper(['followup', 'due', '--as-of', '2021-12-31', '--format', 'ics', '--output', file])).code).toBe(0);
    const later = new Map(events(file).map((e) => [e.start + e.summary, e.uid]));
    for (const event of once) if (later.has(event.start + event.summary)) expect(later.get(event.start + event.summary)).toBe(event.uid);
  });

  it('prints csv with the JSON fields as its header', async () => {
    const csv = await proper(['followup', 'due', '--as-of', '2020-12-31', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('project_id,nip,name,cohort,title,months,due_date,overdue_days,last_status');
  });

  it('refuses a format outside its list (2), and one that contradicts the file extension (2)', async () => {
    expect((await proper(['followup', 'due', '--format', 'pdf'])).code).toBe(2);
    expect((await proper(['followup', 'due', '--format', 'csv', '--output', join(temp.dir, 'x.ics')])).code).toBe(2);
    expect((await proper(['followup', 'due', '--within', 'sebulan'])).code).toBe(2);
  });
});

describe('proper followup record', () => {
  it('needs a reason for a stopped project (3) and says which words it takes', async () => {
    const due = (await proper(['followup', 'due', '--as-of', '2030-01-01', '--json'])).json<Due[]>();
    const result = await proper(['followup', 'record', String(due[0]!.project_id), '--status', 'berhenti', '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('--reason transfer|budget|reorganization|retirement|no_support|other');
    expect((await proper(['followup', 'record', String(due[0]!.project_id), '--status', 'berhenti', '--reason', 'bosan'])).code).toBe(3);
    expect((await proper(['followup', 'record', '99999', '--status', 'berjalan'])).code).toBe(4);
  });

  it('records a stopped project with its reason in Indonesian and lists it', async () => {
    const [check] = (await proper(['followup', 'due', '--as-of', '2030-01-01', '--json'])).json<Due[]>();
    const recorded = await proper(['followup', 'record', String(check!.project_id), '--months', String(check!.months), '--status', 'berhenti', '--reason', 'reorganisasi', '--date', check!.due_date, '--json']);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.json()).toMatchObject({ project_id: check!.project_id, months: check!.months, status: 'stopped', reason: 'reorganization' });
    const list = (await proper(['followup', 'list', String(check!.project_id), '--json'])).json<{ months: number; reason: string }[]>();
    expect(list.find((c) => c.months === check!.months)?.reason).toBe('reorganization');
    const again = (await proper(['followup', 'due', '--as-of', '2030-01-01', '--json'])).json<Due[]>();
    expect(again.some((c) => c.project_id === check!.project_id)).toBe(false);
  });
});
