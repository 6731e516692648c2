// A small database for the follow-up tests, with known dates: two cohorts, two lokus and five
// projects at different stages. Every number the tests expect can be worked out from here by hand.
import type { Db } from '../../src/db/open.js';
import { addCohort } from '../../src/usecases/cohorts.js';
import { addLokus } from '../../src/usecases/lokus.js';
import { changeStage } from '../../src/usecases/project-stages.js';
import { addProject } from '../../src/usecases/projects.js';

export const fixtureToday = new Date('2022-01-15T12:00:00');

export const NIPS = {
  p1: '198203152008011001',
  p2: '198203152008011002',
  p3: '198203152008011003',
  p4: '198203152008011004',
  p5: '198507222010012005',
} as const;

function enrol(db: Db, nip: string, name: string, cohort: string): void {
  db.prepare('INSERT OR IGNORE INTO people (nip, name) VALUES (?, ?)').run(nip, name);
  db.prepare('INSERT INTO enrolments (cohort_id, person_id) VALUES ((SELECT id FROM cohorts WHERE code = ?), (SELECT id FROM people WHERE nip = ?))').run(cohort, nip);
}

function project(db: Db, nip: string, cohort: string, title: string, lokus: string | undefined, dates: string[]): number {
  const created = addProject(db, { nip, cohort, title, inspiredByLokus: lokus, date: dates[0] }, fixtureToday);
  for (const date of dates.slice(1)) changeStage(db, { target: String(created.id) }, 'advance', { date }, fixtureToday);
  return created.id;
}

/**
 * p1 (pim4-a-2018) presented 2018-10-22, lokus sby; p2 presented 2018-10-22 and adopted 2019-01-15,
 * lokus sby; p3 presented 2018-10-23 and dropped 2019-02-01; p4 only at implementation;
 * p5 (pkp-b-2019) presented 2019-06-18, lokus mdn. Returns the project ids.
 */
export function seedFollowupFixture(db: Db): Record<keyof typeof NIPS, number> {
  addLokus(db, 'sby', { name: 'DPMPTSP Kota Surabaya', city: 'Surabaya' });
  addLokus(db, 'mdn', { name: 'Disdukcapil Kota Medan', city: 'Medan' });
  addCohort(db, 'pim4-a-2018', { program: 'pim4', number: '1', year: '2018' });
  addCohort(db, 'pkp-b-2019', { program: 'pkp', number: '2', year: '2019' });
  for (const [key, nip] of Object.entries(NIPS)) enrol(db, nip, `Peserta ${key}`, key === 'p5' ? 'pkp-b-2019' : 'pim4-a-2018');
  const path = ['2018-07-10', '2018-08-01', '2018-09-01'];
  const ids = {
    p1: project(db, NIPS.p1, 'pim4-a-2018', 'Antrean daring', 'sby', [...path, '2018-10-22']),
    p2: project(db, NIPS.p2, 'pim4-a-2018', 'Si-Surat', 'sby', [...path, '2018-10-22']),
    p3: project(db, NIPS.p3, 'pim4-a-2018', 'Arsip digital', undefined, [...path, '2018-10-23']),
    p4: project(db, NIPS.p4, 'pim4-a-2018', 'Dasbor kinerja', 'sby', path),
    p5: project(db, NIPS.p5, 'pkp-b-2019', 'Laporan kematian daring', 'mdn', ['2019-03-01', '2019-03-25', '2019-04-22', '2019-06-18']),
  };
  changeStage(db, { target: String(ids.p2) }, 'adopt', { date: '2019-01-15', by: ['Setda Kota Contoh'], kind: 'replicated' }, fixtureToday);
  changeStage(db, { target: String(ids.p3) }, 'drop', { date: '2019-02-01', reason: 'pindah tugas' }, fixtureToday);
  return ids;
}
