import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCohort } from '../../src/db/cohorts.js';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import {
  cohortsOfPerson,
  countProjects,
  deleteProjectsOf,
  findPerson,
  getEnrolment,
  insertEnrolment,
  insertPerson,
  listEnrolments,
  listPeople,
  projectsOfPerson,
  soleEnrolment,
} from '../../src/db/people.js';
import type { Person } from '../../src/domain/types.js';
import { tempDb } from '../helpers/proper.js';

const budi: Person = {
  nip: '198203152008011004', id_type: 'nip', name: 'Budi Santoso', gender: 'male', birth_date: '1982-03-15',
  rank: 'Penata Tingkat I', grade: 'III/d', position: 'Kepala Seksi', agency: 'Pemerintah Kota Medan', unit: 'Disdukcapil',
  email: null, phone: null,
};
const sri: Person = { ...budi, nip: '198507212010012003', name: 'Sri Rahayu', gender: 'female', birth_date: '1985-07-21', agency: 'Kementerian Ketenagakerjaan' };

describe('people and enrolments in the database', () => {
  let temp: ReturnType<typeof tempDb>;
  let db: Db;
  let pim4: number;
  let pkp: number;
  beforeEach(() => {
    temp = tempDb();
    db = openDatabase(temp.db);
    const cohort = { program: 'pim4' as const, number: 22, organizer: null, start_date: null, end_date: null, place: null };
    insertCohort(db, { ...cohort, code: 'pim4-xxii-2018', year: 2018 });
    insertCohort(db, { ...cohort, code: 'pkp-i-2024', program: 'pkp', number: 1, year: 2024 });
    pim4 = (db.prepare("SELECT id FROM cohorts WHERE code = 'pim4-xxii-2018'").get() as { id: number }).id;
    pkp = (db.prepare("SELECT id FROM cohorts WHERE code = 'pkp-i-2024'").get() as { id: number }).id;
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('lists each person once with the codes of their cohorts, oldest first', () => {
    const budiId = insertPerson(db, budi);
    insertEnrolment(db, pkp, budiId, null, 'active');
    insertEnrolment(db, pim4, budiId, '2', 'passed');
    insertPerson(db, sri);
    const people = listPeople(db);
    expect(people.map((p) => [p.name, p.cohorts])).toEqual([
      ['Budi Santoso', ['pim4-xxii-2018', 'pkp-i-2024']],
      ['Sri Rahayu', []],
    ]);
  });

  it('filters people by agency text, cohort year, program and group', () => {
    const budiId = insertPerson(db, budi);
    const sriId = insertPerson(db, sri);
    insertEnrolment(db, pim4, budiId, '2', 'active');
    insertEnrolment(db, pkp, sriId, '1', 'active');
    expect(listPeople(db, { agency: 'Medan' }).map((p) => p.nip)).toEqual([budi.nip]);
    expect(listPeople(db, { year: 2024 }).map((p) => p.nip)).toEqual([sri.nip]);
    expect(listPeople(db, { program: 'pim4' }).map((p) => p.nip)).toEqual([budi.nip]);
    expect(listPeople(db, { group: '1' }).map((p) => p.nip)).toEqual([sri.nip]);
  });

  it("lists a cohort's enrolments with cohort, group and status after the person's fields", () => {
    const budiId = insertPerson(db, budi);
    insertEnrolment(db, pim4, budiId, '2', 'active');
    const [row] = listEnrolments(db, pim4, 'pim4-xxii-2018');
    expect(Object.keys(row!).slice(-3)).toEqual(['cohort', 'group', 'status']);
    expect(row).toMatchObject({ nip: budi.nip, cohort: 'pim4-xxii-2018', group: '2', status: 'active' });
    expect(listEnrolments(db, pim4, 'pim4-xxii-2018', { group: '3' })).toEqual([]);
  });

  it('refuses a second enrolment of the same person in one cohort', () => {
    const budiId = insertPerson(db, budi);
    insertEnrolment(db, pim4, budiId, null, 'active');
    expect(() => insertEnrolment(db, pim4, budiId, null, 'active')).toThrow(/UNIQUE/);
  });

  it("reads a person's cohorts, their only enrolment, and their projects with lokus code and adopters", () => {
    const budiId = insertPerson(db, budi);
    const enrolmentId = insertEnrolment(db, pim4, budiId, '2', 'passed');
    expect(soleEnrolment(db, budiId)?.id).toBe(enrolmentId);
    expect(cohortsOfPerson(db, budiId)).toEqual([{ cohort: 'pim4-xxii-2018', program: 'pim4', number: 22, year: 2018, group: '2', status: 'passed' }]);
    const lokusId = Number(db.prepare("INSERT INTO lokus (code, name) VALUES ('sby-dukcapil', 'Dispendukcapil Surabaya')").run().lastInsertRowid);
    const projectId = Number(
      db.prepare(
        "INSERT INTO projects (enrolment_id, title, stage, stage_date, score, inspired_by_lokus_id) VALUES (?, 'Sitancap', 'adoption', '2019-03-01', 91.5, ?)",
      ).run(enrolmentId, lokusId).lastInsertRowid,
    );
    const adoptionId = Number(db.prepare("INSERT INTO adoptions (project_id, kind, award, date) VALUES (?, 'replicated', 'KIPP 2019 Top 99', '2019-05-01')").run(projectId).lastInsertRowid);
    db.prepare("INSERT INTO adoption_adopters (adoption_id, adopter) VALUES (?, 'Pemerintah Kota Binjai')").run(adoptionId);
    expect(projectsOfPerson(db, budiId)).toEqual([
      expect.objectContaining({
        id: projectId, nip: budi.nip, cohort: 'pim4-xxii-2018', title: 'Sitancap', stage: 'adoption', score: 91.5,
        inspired_by_lokus: 'sby-dukcapil', adopted_by: ['Pemerintah Kota Binjai'], adoption_kind: 'replicated', award: 'KIPP 2019 Top 99',
      }),
    ]);
    expect(countProjects(db, { personId: budiId })).toBe(1);
    expect(countProjects(db, { enrolmentId })).toBe(1);
    deleteProjectsOf(db, { enrolmentId });
    expect(countProjects(db, { personId: budiId })).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM adoptions').get()).toEqual({ n: 0 });
  });

  it('gives one enrolment with its person and cohort code', () => {
    const budiId = insertPerson(db, budi);
    const id = insertEnrolment(db, pim4, budiId, null, 'active');
    expect(getEnrolment(db, id)).toEqual({ ...budi, cohort: 'pim4-xxii-2018', group: null, status: 'active' });
  });

  it('keeps the file readable by a plain SQLite client after writes', () => {
    insertPerson(db, budi);
    db.close();
    const plain = new Database(temp.db, { readonly: true });
    expect(plain.prepare('SELECT nip FROM people').all()).toEqual([{ nip: budi.nip }]);
    plain.close();
    db = openDatabase(temp.db);
    expect(findPerson(db, budi.nip)?.name).toBe('Budi Santoso');
  });
});
