// Follow-up checks on a real SQLite file: the schedule, recording, the IKM, the audit trail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { InvalidDataError } from '../../src/errors.js';
import { dueFollowups, listFollowups, recordFollowup } from '../../src/usecases/followups.js';
import { editProject, showProject } from '../../src/usecases/projects.js';
import { setSetting } from '../../src/usecases/settings.js';
import { tempDb } from '../helpers/proper.js';
import { fixtureToday as today, seedFollowupFixture } from './followup-fixture.js';

let temp: ReturnType<typeof tempDb>;
let db: Db;
let ids: ReturnType<typeof seedFollowupFixture>;

beforeEach(() => {
  temp = tempDb();
  db = openDatabase(temp.db);
  ids = seedFollowupFixture(db);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const due = (input: Parameters<typeof dueFollowups>[1] = {}) => dueFollowups(db, input, today).map((c) => `${c.project_id}@${c.months}:${c.due_date}`);

describe('followup due', () => {
  it('lists the unrecorded checks of presented and adopted projects, oldest first', () => {
    expect(due({ asOf: '2019-12-31' })).toEqual([
      `${ids.p1}@6:2019-04-22`,
      `${ids.p2}@6:2019-04-22`,
      `${ids.p1}@12:2019-10-22`,
      `${ids.p2}@12:2019-10-22`,
      `${ids.p5}@6:2019-12-18`,
    ]);
  });

  it('gives the fields of SPEC §11 with overdue days, negative for those listed through --within', () => {
    const [first] = dueFollowups(db, { asOf: '2019-04-30', cohort: 'pim4-a-2018' }, today);
    expect(first).toEqual({
      project_id: ids.p1,
      nip: '198203152008011001',
      name: 'Peserta p1',
      cohort: 'pim4-a-2018',
      title: 'Antrean daring',
      months: 6,
      due_date: '2019-04-22',
      overdue_days: 8,
      last_status: null,
    });
    const ahead = dueFollowups(db, { asOf: '2019-12-01', within: '17', program: 'pkp' }, today);
    expect(ahead.map((c) => [c.project_id, c.months, c.overdue_days])).toEqual([[ids.p5, 6, -17]]);
    expect(dueFollowups(db, { asOf: '2019-12-01', within: '16', program: 'pkp' }, today)).toEqual([]);
  });

  it('filters by cohort, program and year', () => {
    expect(due({ asOf: '2019-12-31', cohort: 'pkp-b-2019' })).toEqual([`${ids.p5}@6:2019-12-18`]);
    expect(due({ asOf: '2019-12-31', year: '2018' })).toHaveLength(4);
    expect(due({ asOf: '2019-12-31', program: 'PIM IV' })).toHaveLength(4);
  });

  it('drops a check once recorded, and every further check once the project stopped', () => {
    recordFollowup(db, { target: String(ids.p1) }, { status: 'berjalan', date: '2019-04-25' }, today);
    recordFollowup(db, { target: String(ids.p2) }, { status: 'berhenti', reason: 'anggaran', date: '2019-04-25' }, today);
    expect(due({ asOf: '2021-01-01' })).toEqual([`${ids.p1}@12:2019-10-22`, `${ids.p5}@6:2019-12-18`, `${ids.p5}@12:2020-06-18`, `${ids.p1}@24:2020-10-22`]);
    const p1 = dueFollowups(db, { asOf: '2021-01-01', cohort: 'pim4-a-2018' }, today)[0]!;
    expect(p1.last_status).toBe('running');
  });

  it('counts only the checks dated on or before the as-of date', () => {
    recordFollowup(db, { target: String(ids.p1) }, { status: 'running', date: '2019-05-02' }, today);
    expect(due({ asOf: '2019-05-01', cohort: 'pim4-a-2018' })).toEqual([`${ids.p1}@6:2019-04-22`, `${ids.p2}@6:2019-04-22`]);
    expect(due({ asOf: '2019-05-02', cohort: 'pim4-a-2018' })).toEqual([`${ids.p2}@6:2019-04-22`]);
  });

  it('follows a per-program schedule set with config', () => {
    setSetting(db, 'followup.months.pkp', '3, 9');
    expect(due({ asOf: '2020-03-18', program: 'pkp' })).toEqual([`${ids.p5}@3:2019-09-18`, `${ids.p5}@9:2020-03-18`]);
    setSetting(db, 'followup.months', '12');
    expect(due({ asOf: '2019-12-31', year: '2018' })).toEqual([`${ids.p1}@12:2019-10-22`, `${ids.p2}@12:2019-10-22`]);
  });
});

describe('followup record', () => {
  it('takes the earliest unrecorded month by default and replaces a check of the same month', () => {
    const first = recordFollowup(db, { target: String(ids.p1) }, { status: 'running', date: '2019-04-25', ikm: '80,5', evidence: 'SK 5/2019' }, today);
    expect(first).toEqual({ id: first.id, project_id: ids.p1, months: 6, date: '2019-04-25', status: 'running', reason: null, note: null, evidence: 'SK 5/2019', ikm: 80.5 });
    const second = recordFollowup(db, { target: String(ids.p1) }, { status: 'stopped', reason: 'pensiun', date: '2019-10-25' }, today);
    expect(second.months).toBe(12);
    const again = recordFollowup(db, { target: String(ids.p1) }, { status: 'stopped', reason: 'mutasi', months: '12', date: '2019-10-26' }, today);
    expect(again.id).toBe(second.id);
    expect(listFollowups(db, { target: String(ids.p1) }).checks.map((c) => [c.months, c.status, c.reason])).toEqual([
      [6, 'running', null],
      [12, 'stopped', 'transfer'],
    ]);
  });

  it('refuses a project never presented, a date before the presentation, and a stopped check without reason', () => {
    const refused = (fn: () => unknown, key: string) => {
      try {
        fn();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidDataError);
        expect((error as InvalidDataError).key).toBe(key);
      }
    };
    refused(() => recordFollowup(db, { target: String(ids.p4) }, { status: 'running', date: '2019-05-01' }, today), 'followup.error.notPresented');
    refused(() => recordFollowup(db, { target: String(ids.p1) }, { status: 'running', date: '2018-10-01' }, today), 'followup.error.beforePresentation');
    refused(() => recordFollowup(db, { target: String(ids.p1) }, { status: 'stopped' }, today), 'domain.followup.reason_required');
    refused(() => recordFollowup(db, { target: String(ids.p1) }, { status: 'running', ikm: '101' }, today), 'domain.ikm.range');
    refused(() => recordFollowup(db, { target: String(ids.p1) }, { status: 'running', date: '2030-01-01' }, today), 'domain.date.future');
    expect(db.prepare('SELECT count(*) AS n FROM followup_checks').get()).toEqual({ n: 0 });
  });

  it('is audited like every write', () => {
    const check = recordFollowup(db, { target: String(ids.p1) }, { status: 'running', date: '2019-04-25' }, today);
    recordFollowup(db, { target: String(ids.p1) }, { status: 'stopped', months: '6', reason: 'budget', date: '2019-04-25' }, today);
    const rows = db.prepare("SELECT action, row_id, summary FROM audit_log WHERE table_name = 'followup_checks' ORDER BY id").all();
    expect(rows).toEqual([
      { action: 'insert', row_id: check.id, summary: null },
      { action: 'update', row_id: check.id, summary: 'status,reason' },
    ]);
  });
});

describe('IKM before and after', () => {
  it('keeps the value set last: by project edit, or by a later check that measured it', () => {
    editProject(db, { target: String(ids.p1) }, { ikmBefore: '70', ikmAfter: '75' });
    let project = showProject(db, { target: String(ids.p1) }).project;
    expect([project.ikm_before, project.ikm_before_grade, project.ikm_after, project.ikm_after_grade]).toEqual([70, 'C', 75, 'C']);

    recordFollowup(db, { target: String(ids.p1) }, { status: 'running', months: '12', date: '2019-10-25', ikm: '90' }, today);
    project = showProject(db, { target: String(ids.p1) }).project;
    expect([project.ikm_after, project.ikm_after_grade]).toEqual([90, 'A']);

    // An older check recorded afterwards does not take the place of the later one's IKM.
    recordFollowup(db, { target: String(ids.p1) }, { status: 'running', months: '6', date: '2019-04-25', ikm: '80' }, today);
    expect(showProject(db, { target: String(ids.p1) }).project.ikm_after).toBe(90);

    editProject(db, { target: String(ids.p1) }, { ikmAfter: '' });
    expect(showProject(db, { target: String(ids.p1) }).project.ikm_after).toBeNull();
  });

  it('shows the checks with the project', () => {
    recordFollowup(db, { target: String(ids.p2) }, { status: 'running', date: '2019-04-25' }, today);
    expect(showProject(db, { target: String(ids.p2) }).checks.map((c) => c.months)).toEqual([6]);
  });
});
