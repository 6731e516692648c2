import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { projectsOfPerson } from '../../src/db/people.js';
import { listCohortProjects } from '../../src/db/reports/cohort.js';
import { ConflictError, InvalidDataError, NotFoundError } from '../../src/errors.js';
import { addCohort } from '../../src/usecases/cohorts.js';
import type { ProjectRef } from '../../src/usecases/project-ref.js';
import type { StageInput } from '../../src/usecases/project-stages.js';
import { changeStage, planStageChange } from '../../src/usecases/project-stages.js';
import { addProject, listProjectsFiltered, showProject } from '../../src/usecases/projects.js';
import { tempDb } from '../helpers/proper.js';

const today = new Date('2020-01-15T12:00:00');
const advanceProject = (db: Db, ref: ProjectRef, input: StageInput, day: Date) => changeStage(db, ref, 'advance', input, day);
const moveProject = (db: Db, ref: ProjectRef, input: StageInput, day: Date) => changeStage(db, ref, 'move', input, day);
const adoptProject = (db: Db, ref: ProjectRef, input: StageInput, day: Date) => changeStage(db, ref, 'adopt', input, day);
const dropProject = (db: Db, ref: ProjectRef, input: StageInput, day: Date) => changeStage(db, ref, 'drop', input, day);
const reopenProject = (db: Db, ref: ProjectRef, input: StageInput, day: Date) => changeStage(db, ref, 'reopen', input, day);
const NIP = '198203152008011004';
const NIP2 = '198507222010012003';

function enrol(db: Db, nip: string, name: string, cohort: string, agency = 'Pemerintah Kota Medan'): void {
  db.prepare('INSERT OR IGNORE INTO people (nip, name, agency) VALUES (?, ?, ?)').run(nip, name, agency);
  db.prepare(
    'INSERT INTO enrolments (cohort_id, person_id) VALUES ((SELECT id FROM cohorts WHERE code = ?), (SELECT id FROM people WHERE nip = ?))',
  ).run(cohort, nip);
}

function snapshot(db: Db) {
  return {
    projects: db.prepare('SELECT * FROM projects ORDER BY id').all(),
    events: db.prepare('SELECT * FROM project_events ORDER BY id').all(),
    adoptions: db.prepare('SELECT * FROM adoptions ORDER BY id').all(),
  };
}

describe('project storage', () => {
  let temp: ReturnType<typeof tempDb>;
  let db: Db;
  beforeEach(() => {
    temp = tempDb();
    db = openDatabase(temp.db);
    addCohort(db, 'pim4-xxii-2018', { program: 'pim4', number: 'XXII', year: '2018' });
    addCohort(db, 'pkp-i-2019', { program: 'pkp', number: '1', year: '2019' });
    enrol(db, NIP, 'Budi Santoso', 'pim4-xxii-2018');
    enrol(db, NIP2, 'Rina Marlina', 'pkp-i-2019', 'Kementerian Ketenagakerjaan');
    db.prepare("INSERT INTO lokus (code, name) VALUES ('sby-dpmptsp', 'DPM-PTSP Kota Surabaya')").run();
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const add = (nip = NIP, cohort = 'pim4-xxii-2018') => addProject(db, { nip, cohort, title: 'Si-Surat', date: '2018-08-01' }, today);

  it('stores a new project at the idea stage with a created event dated --date', () => {
    const project = add();
    expect(project).toMatchObject({ stage: 'idea', stage_date: '2018-08-01', adopted_by: [], score: null });
    const events = db.prepare('SELECT kind, from_stage, to_stage, date FROM project_events WHERE project_id = ?').all(project.id);
    expect(events).toEqual([{ kind: 'created', from_stage: null, to_stage: 'idea', date: '2018-08-01' }]);
  });

  it('refuses a second project for the same enrolment as a conflict', () => {
    add();
    expect(() => add()).toThrow(ConflictError);
  });

  it('refuses a participant who is not enrolled in the cohort as not found', () => {
    expect(() => add(NIP, 'pkp-i-2019')).toThrow(NotFoundError);
  });

  it('persists each stage change: the project row, its events in order, the score and predicate on both', () => {
    const { id } = add();
    advanceProject(db, { target: String(id) }, { date: '2018-08-20' }, today);
    advanceProject(db, { target: String(id) }, { date: '2018-09-20' }, today);
    advanceProject(db, { target: String(id) }, { date: '2018-10-24', score: '88.5' }, today);
    const row = db.prepare('SELECT stage, stage_date, score, predicate FROM projects WHERE id = ?').get(id);
    expect(row).toEqual({ stage: 'presentation', stage_date: '2018-10-24', score: 88.5, predicate: 'Memuaskan' });
    const last = db.prepare('SELECT kind, to_stage, score, predicate FROM project_events WHERE project_id = ? ORDER BY id DESC LIMIT 1').get(id);
    expect(last).toEqual({ kind: 'advanced', to_stage: 'presentation', score: 88.5, predicate: 'Memuaskan' });
  });

  it('records skipped stages when moving forward over them, all on the same date', () => {
    const { id } = add();
    moveProject(db, { target: String(id) }, { to: 'presentasi', date: '2018-10-01' }, today);
    const events = db.prepare('SELECT kind, from_stage, to_stage, date FROM project_events WHERE project_id = ? ORDER BY id').all(id);
    expect(events.slice(1)).toEqual([
      { kind: 'skipped', from_stage: 'idea', to_stage: 'design', date: '2018-10-01' },
      { kind: 'skipped', from_stage: 'design', to_stage: 'implementation', date: '2018-10-01' },
      { kind: 'advanced', from_stage: 'implementation', to_stage: 'presentation', date: '2018-10-01' },
    ]);
  });

  it('writes nothing when an event date goes backwards', () => {
    const { id } = add();
    advanceProject(db, { target: String(id) }, { date: '2018-09-01' }, today);
    const before = snapshot(db);
    expect(() => advanceProject(db, { target: String(id) }, { date: '2018-08-15' }, today)).toThrow(InvalidDataError);
    expect(snapshot(db)).toEqual(before);
  });

  it('writes nothing when a move back has no reason, and only plans when asked not to write', () => {
    const { id } = add();
    advanceProject(db, { target: String(id) }, { date: '2018-09-01' }, today);
    const before = snapshot(db);
    expect(() => moveProject(db, { target: String(id) }, { to: 'idea' }, today)).toThrow(InvalidDataError);
    const planned = planStageChange(db, { target: String(id) }, 'move', { to: 'idea', date: '2018-09-02' }, today);
    expect(planned).toMatchObject({ from: 'design', to: 'idea', needsReason: true });
    expect(snapshot(db)).toEqual(before);
  });

  it('keeps every adopter over several adoption records, with the kind of the latest', () => {
    const { id } = add();
    moveProject(db, { target: String(id) }, { to: 'presentation', date: '2018-10-24', score: '91' }, today);
    adoptProject(db, { target: String(id) }, { by: ['Setda Kota Medan'], kind: 'berlanjut', award: 'KIPP 2019 Top 99', date: '2019-01-10' }, today);
    const project = adoptProject(db, { target: String(id) }, { by: ['Pemkab Deli Serdang', 'Setda Kota Medan'], kind: 'diadopsi daerah lain', date: '2019-06-01' }, today).project;
    expect(project).toMatchObject({
      stage: 'adoption',
      stage_date: '2019-01-10',
      adopted_by: ['Setda Kota Medan', 'Pemkab Deli Serdang'],
      adoption_kind: 'adopted_elsewhere',
      award: 'KIPP 2019 Top 99',
    });
    expect(showProject(db, { target: String(id) }).adoptions).toHaveLength(2);
  });

  it('lists adopters in the order they were recorded, the same in project show, participant show and the cohort report', () => {
    const { id } = add();
    moveProject(db, { target: String(id) }, { to: 'presentation', date: '2018-10-24' }, today);
    adoptProject(db, { target: String(id) }, { by: ['Zeta', 'Beta'], kind: 'berlanjut', date: '2019-01-10' }, today);
    adoptProject(db, { target: String(id) }, { by: ['Alpha', 'Zeta'], kind: 'replikasi', date: '2019-02-10' }, today);
    const order = ['Zeta', 'Beta', 'Alpha'];
    expect(showProject(db, { target: String(id) }).project.adopted_by).toEqual(order);
    const personId = (db.prepare('SELECT id FROM people WHERE nip = ?').get(NIP) as { id: number }).id;
    expect(projectsOfPerson(db, personId).map((p) => p.adopted_by)).toEqual([order]);
    const cohortId = (db.prepare("SELECT id FROM cohorts WHERE code = 'pim4-xxii-2018'").get() as { id: number }).id;
    expect(listCohortProjects(db, cohortId).map((p) => JSON.parse(p.adopted_by) as string[])).toEqual([order]);
  });

  it('drops a project from any stage and reopens it where it was', () => {
    const { id } = add();
    advanceProject(db, { target: String(id) }, { date: '2018-09-01' }, today);
    dropProject(db, { target: String(id) }, { reason: 'Mutasi', date: '2018-09-10' }, today);
    expect(showProject(db, { target: String(id) }).project.stage).toBe('dropped');
    const reopened = reopenProject(db, { target: String(id) }, { date: '2018-09-12' }, today);
    expect(reopened.project).toMatchObject({ stage: 'design', stage_date: '2018-09-12' });
  });

  it('finds a project by NIP within a cohort, and by NIP alone when the person has only one', () => {
    const { id } = add();
    expect(showProject(db, { target: '19820315 200801 1 004', cohort: 'pim4-xxii-2018' }).project.id).toBe(id);
    expect(showProject(db, { target: NIP }).project.id).toBe(id);
    expect(() => showProject(db, { target: NIP2, cohort: 'pkp-i-2019' })).toThrow(NotFoundError);
  });

  it('lists projects filtered by cohort, stage in Indonesian, agency, lokus, year and program', () => {
    const first = addProject(db, { nip: NIP, cohort: 'pim4-xxii-2018', title: 'Si-Surat', inspiredByLokus: 'sby-dpmptsp', date: '2018-08-01' }, today);
    const second = add(NIP2, 'pkp-i-2019');
    advanceProject(db, { target: String(second.id) }, { date: '2019-05-01' }, today);
    const ids = (filter: Parameters<typeof listProjectsFiltered>[1]) => listProjectsFiltered(db, filter).map((p) => p.id);
    expect(ids({})).toEqual([first.id, second.id]);
    expect(ids({ cohort: 'pkp-i-2019' })).toEqual([second.id]);
    expect(ids({ stage: 'rancangan' })).toEqual([second.id]);
    expect(ids({ agency: 'ketenagakerjaan' })).toEqual([second.id]);
    expect(ids({ lokus: 'sby-dpmptsp' })).toEqual([first.id]);
    expect(ids({ year: '2018' })).toEqual([first.id]);
    expect(ids({ program: 'PKP' })).toEqual([second.id]);
    expect(() => ids({ stage: 'selesai' })).toThrow(InvalidDataError);
    expect(() => ids({ lokus: 'nowhere' })).toThrow(NotFoundError);
  });
});
