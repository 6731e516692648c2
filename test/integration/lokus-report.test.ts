// The lokus report's figures in the cases its queries treat apart: a cohort that went to one lokus
// twice (its participants counted once: the union of the groups named, or all of them when one visit
// named no group), a named group nobody is in, a project adopted twice, a project moved back after
// its adoption. Without a filter and with one the report takes two SQL texts (src/db/reports/
// lokus-sql.ts): a filter that takes in every cohort must give the same figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { buildLokusReport } from '../../src/report/build-lokus.js';
import { tempDb } from '../helpers/proper.js';

function seed(db: Db): void {
  db.transaction(() => {
    const cohort = db.prepare('INSERT INTO cohorts (code, program, number, year, start_date) VALUES (?, ?, ?, ?, ?)');
    const a = Number(cohort.run('pkp-i-2019', 'pkp', 1, 2019, '2019-03-01').lastInsertRowid);
    const b = Number(cohort.run('pim4-i-2020', 'pim4', 1, 2020, '2020-02-01').lastInsertRowid);
    const lokus = db.prepare('INSERT INTO lokus (code, name) VALUES (?, ?)');
    const [l1, l2, l3] = ['l1', 'l2', 'l3', 'l4'].map((code) => Number(lokus.run(code, `Lokus ${code}`).lastInsertRowid));
    let person = 0;
    const enrol = (cohortId: number, group: string | null) => {
      person += 1;
      const personId = Number(db.prepare("INSERT INTO people (nip, id_type, name) VALUES (?, 'other', ?)").run(`X${person}`, `P ${person}`).lastInsertRowid);
      return Number(db.prepare('INSERT INTO enrolments (cohort_id, person_id, group_name) VALUES (?, ?, ?)').run(cohortId, personId, group).lastInsertRowid);
    };
    // pkp-i-2019: six, in groups 1, 1, 2, 2, 3 and none; pim4-i-2020: four, in groups 1, 1, 2, 2.
    const ea = ['1', '1', '2', '2', '3', null].map((g) => enrol(a, g));
    const eb = ['1', '1', '2', '2'].map((g) => enrol(b, g));
    const visit = (cohortId: number, lokusId: number | undefined, date: string, groups: string[]) => {
      const id = Number(db.prepare('INSERT INTO visits (cohort_id, lokus_id, date) VALUES (?, ?, ?)').run(cohortId, lokusId, date).lastInsertRowid);
      for (const g of groups) db.prepare('INSERT INTO visit_groups (visit_id, group_name) VALUES (?, ?)').run(id, g);
    };
    visit(a, l1, '2019-04-01', ['1']); // l1 twice: groups 1 and 2 once each (4), three groups named
    visit(a, l1, '2019-05-01', ['1', '2']);
    visit(a, l2, '2019-04-02', ['3']); // l2 twice, once naming no group: the whole cohort (6)
    visit(a, l2, '2019-06-01', []);
    visit(b, l1, '2020-03-01', ['2']); // 2
    visit(b, l2, '2020-03-03', ['9']); // a group nobody is in: 0
    visit(b, l3, '2020-03-02', []); // the whole cohort: 4
    const project = db.prepare("INSERT INTO projects (enrolment_id, title, stage, stage_date, inspired_by_lokus_id) VALUES (?, ?, ?, '2019-09-01', ?)");
    const adopt = db.prepare("INSERT INTO adoptions (project_id, kind, date) VALUES (?, ?, '2019-10-01')");
    const p1 = Number(project.run(ea[0], 'Adopted twice', 'adoption', l1).lastInsertRowid);
    adopt.run(p1, 'institutionalized');
    adopt.run(p1, 'adopted_elsewhere');
    project.run(ea[1], 'Presented', 'presentation', l1);
    const p3 = Number(project.run(ea[2], 'Moved back after its adoption', 'design', l1).lastInsertRowid);
    adopt.run(p3, 'sustained');
    project.run(ea[3], 'Inspired by nothing', 'presentation', null);
    project.run(eb[0], 'An idea', 'idea', l2);
  })();
}

const figures = (rows: ReturnType<typeof buildLokusReport>) =>
  rows.map((r) => [r.code, r.visits, r.cohorts, r.groups_sent, r.participants_sent, r.projects_inspired, r.reached_presentation, r.adopted]);

describe('report lokus counts', () => {
  let temp: ReturnType<typeof tempDb>;
  let db: Db;
  beforeEach(() => {
    temp = tempDb();
    db = openDatabase(temp.db);
    seed(db);
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('counts each participant once per lokus, however often and however their cohort went', () => {
    expect(figures(buildLokusReport(db))).toEqual([
      // code, visits, cohorts, groups sent, participants sent, inspired, presented, adopted
      ['l1', 3, ['pkp-i-2019', 'pim4-i-2020'], 4, 6, 3, 2, 2],
      ['l2', 3, ['pkp-i-2019', 'pim4-i-2020'], 2, 6, 1, 0, 0],
      ['l3', 1, ['pim4-i-2020'], 0, 4, 0, 0, 0],
      ['l4', 0, [], 0, 0, 0, 0, 0],
    ]);
  });

  it('gives the same figures through a filter that takes in every cohort, leaving out the lokus with nothing', () => {
    const all = figures(buildLokusReport(db)).filter((row) => row[0] !== 'l4');
    expect(figures(buildLokusReport(db, { asOf: '2100-01-01' }))).toEqual(all);
  });

  it('limits every figure to the cohorts in scope', () => {
    expect(figures(buildLokusReport(db, { cohort: 'pim4-i-2020' }))).toEqual([
      ['l2', 1, ['pim4-i-2020'], 1, 0, 1, 0, 0],
      ['l1', 1, ['pim4-i-2020'], 1, 2, 0, 0, 0],
      ['l3', 1, ['pim4-i-2020'], 0, 4, 0, 0, 0],
    ]);
    expect(figures(buildLokusReport(db, { year: 2019, program: 'pkp' }))).toEqual([
      ['l1', 2, ['pkp-i-2019'], 3, 4, 3, 2, 2],
      ['l2', 2, ['pkp-i-2019'], 1, 6, 0, 0, 0],
    ]);
    expect(figures(buildLokusReport(db, { asOf: '2019-12-31' }))).toEqual(figures(buildLokusReport(db, { cohort: 'pkp-i-2019' })));
  });
});
