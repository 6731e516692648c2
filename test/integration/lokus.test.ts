import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCohort } from '../../src/db/cohorts.js';
import {
  countLokusRecords,
  deleteLokusWithVisits,
  findLokus,
  insertLokus,
  listLokus,
  lokusCodeTaken,
  requireLokus,
  setInnovations,
  updateLokus,
} from '../../src/db/lokus.js';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { insertVisit } from '../../src/db/visits.js';
import { NotFoundError } from '../../src/errors.js';
import { tempDb } from '../helpers/proper.js';

const dpmptsp = { code: 'sby-dpmptsp', name: 'DPM-PTSP Kota Surabaya', agency: 'Pemerintah Kota Surabaya', city: 'Surabaya', province: 'Jawa Timur' };

describe('lokus in the database', () => {
  let temp: ReturnType<typeof tempDb>;
  let db: Db;
  beforeEach(() => {
    temp = tempDb();
    db = openDatabase(temp.db);
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('keeps innovations in the order given and replaces them as a whole', () => {
    const id = insertLokus(db, dpmptsp);
    setInnovations(db, id, ['Surabaya Single Window', 'e-Kios']);
    expect(requireLokus(db, 'sby-dpmptsp')).toEqual({ id, ...dpmptsp, innovations: ['Surabaya Single Window', 'e-Kios'] });
    setInnovations(db, id, ['e-Wadul']);
    expect(requireLokus(db, 'sby-dpmptsp').innovations).toEqual(['e-Wadul']);
  });

  it('finds a lokus by code, or by id when no code matches', () => {
    const id = insertLokus(db, dpmptsp);
    expect(findLokus(db, String(id))?.code).toBe('sby-dpmptsp');
    expect(findLokus(db, '999')).toBeUndefined();
    expect(() => requireLokus(db, 'nope')).toThrow(NotFoundError);
    expect(lokusCodeTaken(db, 'sby-dpmptsp')).toBe(true);
  });

  it('filters the list by city and province text', () => {
    insertLokus(db, dpmptsp);
    insertLokus(db, { code: 'bwi-mpp', name: 'Mal Pelayanan Publik Banyuwangi', agency: null, city: 'Banyuwangi', province: 'Jawa Timur' });
    insertLokus(db, { code: 'mdn-dpmptsp', name: 'DPM-PTSP Kota Medan', agency: null, city: 'Medan', province: 'Sumatera Utara' });
    expect(listLokus(db, { province: 'Jawa Timur' }).map((l) => l.code)).toEqual(['bwi-mpp', 'sby-dpmptsp']);
    expect(listLokus(db, { city: 'medan' }).map((l) => l.code)).toEqual(['mdn-dpmptsp']);
  });

  it('counts visits and inspired projects, and removes a lokus with its visits while projects lose only the link', () => {
    const id = insertLokus(db, dpmptsp);
    insertCohort(db, { code: 'pim4-xxii-2018', program: 'pim4', number: 22, year: 2018, organizer: null, start_date: null, end_date: null, place: null });
    const cohortId = (db.prepare('SELECT id FROM cohorts').get() as { id: number }).id;
    insertVisit(db, { cohortId, lokusId: id, date: '2018-08-15', groups: ['1'], companion: null });
    const personId = Number(db.prepare("INSERT INTO people (nip, name) VALUES ('198203152008011004', 'Budi')").run().lastInsertRowid);
    const enrolmentId = Number(db.prepare('INSERT INTO enrolments (cohort_id, person_id) VALUES (?, ?)').run(cohortId, personId).lastInsertRowid);
    db.prepare("INSERT INTO projects (enrolment_id, title, stage, stage_date, inspired_by_lokus_id) VALUES (?, 'Si-Surat', 'idea', '2018-08-20', ?)").run(enrolmentId, id);
    expect(countLokusRecords(db, id)).toEqual({ visits: 1, inspired_projects: 1 });
    deleteLokusWithVisits(db, id);
    expect(findLokus(db, 'sby-dpmptsp')).toBeUndefined();
    expect(db.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT inspired_by_lokus_id AS l FROM projects').get()).toEqual({ l: null });
  });

  it('updates the fields and the code', () => {
    const id = insertLokus(db, dpmptsp);
    updateLokus(db, id, { ...dpmptsp, code: 'sby-mpp', city: 'Kota Surabaya' });
    expect(requireLokus(db, 'sby-mpp')).toMatchObject({ id, city: 'Kota Surabaya' });
  });
});
