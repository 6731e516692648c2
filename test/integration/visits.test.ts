import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCohort } from '../../src/db/cohorts.js';
import { insertLokus } from '../../src/db/lokus.js';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { deleteVisit, findSameVisit, findVisit, insertVisit, listVisits, requireVisit } from '../../src/db/visits.js';
import { NotFoundError } from '../../src/errors.js';
import { tempDb } from '../helpers/proper.js';

describe('visits in the database', () => {
  let temp: ReturnType<typeof tempDb>;
  let db: Db;
  let xxii: number;
  let xxiii: number;
  let dukcapil: number;
  let dpmptsp: number;
  beforeEach(() => {
    temp = tempDb();
    db = openDatabase(temp.db);
    const cohort = { program: 'pim4' as const, year: 2018, organizer: null, start_date: null, end_date: null, place: null };
    insertCohort(db, { ...cohort, code: 'pim4-xxii-2018', number: 22 });
    insertCohort(db, { ...cohort, code: 'pim4-xxiii-2018', number: 23 });
    const ids = db.prepare('SELECT id FROM cohorts ORDER BY number').all() as { id: number }[];
    xxii = ids[0]!.id;
    xxiii = ids[1]!.id;
    dukcapil = insertLokus(db, { code: 'sby-dukcapil', name: 'Dispendukcapil Kota Surabaya', agency: null, city: 'Surabaya', province: null });
    dpmptsp = insertLokus(db, { code: 'sby-dpmptsp', name: 'DPM-PTSP Kota Surabaya', agency: null, city: 'Surabaya', province: null });
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('stores a visit with its groups in the order given and reads cohort and lokus as codes', () => {
    const id = insertVisit(db, { cohortId: xxii, lokusId: dpmptsp, date: '2018-08-15', groups: ['4', '3'], companion: 'Dra. Sri Wahyuni' });
    expect(requireVisit(db, id)).toEqual({
      id, cohort: 'pim4-xxii-2018', lokus: 'sby-dpmptsp', lokus_name: 'DPM-PTSP Kota Surabaya', date: '2018-08-15', groups: ['4', '3'], companion: 'Dra. Sri Wahyuni',
    });
    expect(findSameVisit(db, xxii, dpmptsp, '2018-08-15')).toBe(id);
    expect(findSameVisit(db, xxiii, dpmptsp, '2018-08-15')).toBeUndefined();
  });

  it('lists visits by date, filtered by cohort or lokus', () => {
    insertVisit(db, { cohortId: xxiii, lokusId: dukcapil, date: '2018-08-16', groups: [], companion: null });
    insertVisit(db, { cohortId: xxii, lokusId: dpmptsp, date: '2018-08-15', groups: ['1'], companion: null });
    expect(listVisits(db).map((v) => v.date)).toEqual(['2018-08-15', '2018-08-16']);
    expect(listVisits(db, { cohortId: xxiii }).map((v) => v.lokus)).toEqual(['sby-dukcapil']);
    expect(listVisits(db, { lokusId: dpmptsp }).map((v) => v.cohort)).toEqual(['pim4-xxii-2018']);
    expect(listVisits(db, { cohortId: xxiii, lokusId: dpmptsp })).toEqual([]);
  });

  it('removes a visit with its groups', () => {
    const id = insertVisit(db, { cohortId: xxii, lokusId: dpmptsp, date: '2018-08-15', groups: ['1', '2'], companion: null });
    deleteVisit(db, id);
    expect(findVisit(db, id)).toBeUndefined();
    expect(() => requireVisit(db, id)).toThrow(NotFoundError);
    expect(db.prepare('SELECT count(*) AS n FROM visit_groups').get()).toEqual({ n: 0 });
  });

  it('rejects an impossible date through the schema', () => {
    expect(() => insertVisit(db, { cohortId: xxii, lokusId: dpmptsp, date: '2018-02-30', groups: [], companion: null })).toThrow(/CHECK/);
  });
});
