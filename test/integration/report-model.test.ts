import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { NotFoundError } from '../../src/errors.js';
import { setLanguage } from '../../src/i18n/index.js';
import { buildCohortReport } from '../../src/report/build-cohort.js';
import { buildLokusReport } from '../../src/report/build-lokus.js';
import { buildSummaryReport } from '../../src/report/build-summary.js';
import { tempDb } from '../helpers/proper.js';
import { NIP, TODAY, seedReportFixture } from './report-fixture.js';

const andi = {
  id: 1,
  nip: NIP.andi,
  name: 'Andi Pratama',
  title: 'Sistem Antrean Daring Layanan Kartu Pencari Kerja',
  innovation_name: 'SIAP-Kerja',
  stage: 'adoption',
  stage_date: '2019-03-20',
  score: 92.5,
  predicate: 'Sangat Memuaskan',
  adopted_by: ['Disnaker Kota Bekasi', 'Disnaker Kabupaten Bogor'],
  adoption_kind: 'sustained',
  adoption_kinds: ['replicated', 'sustained'],
  award: 'KIPP 2019 Top 99',
  inspired_by_lokus: 'sby-dpmptsp',
  inspired_by_lokus_name: 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)',
};

describe('report models built from a real database', () => {
  let temp: ReturnType<typeof tempDb>;
  let db: Db;
  beforeEach(() => {
    temp = tempDb();
    db = openDatabase(temp.db);
    seedReportFixture(db);
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
    setLanguage('id');
  });

  const report = (options: { top?: number; stallDays?: number } = {}) =>
    buildCohortReport(db, 'pim4-xxii-2018', { today: TODAY, now: new Date('2018-10-31T02:30:00Z'), ...options });

  it('names the cohort with its Roman number and its dates', () => {
    expect(report().cohort).toEqual({
      code: 'pim4-xxii-2018', program: 'pim4', number: 22, number_roman: 'XXII', year: 2018,
      organizer: 'Pusdiklat Kementerian Ketenagakerjaan', start_date: '2018-07-16', end_date: '2018-10-26',
      place: 'Pusdiklat Kemnaker, Jakarta',
    });
    expect(report().generated_at).toBe('2018-10-31T02:30:00Z');
  });

  it('counts the participants who did not withdraw by gender, agency (largest first, unknown last) and grade (lowest first), and every enrolment by status', () => {
    // Wati (female, BNP2TKI, III/b) withdrew: she is in by_status only.
    expect(report().participants).toEqual({
      total: 8,
      by_gender: { male: 3, female: 4, unknown: 1 },
      by_agency: [
        { agency: 'Kementerian Ketenagakerjaan', count: 5 },
        { agency: 'BNP2TKI', count: 2 },
        { agency: null, count: 1 },
      ],
      by_status: { active: 4, passed: 3, failed: 1, withdrawn: 1 },
      by_grade: [
        { grade: 'III/b', count: 1 },
        { grade: 'III/c', count: 3 },
        { grade: 'III/d', count: 2 },
        { grade: 'IV/a', count: 1 },
        { grade: null, count: 1 },
      ],
    });
  });

  it('lists the visits in date order, then by lokus code, with the groups in the order recorded', () => {
    expect(report().visits).toEqual([
      { date: '2018-08-15', lokus: { code: 'sby-dispendukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya' }, groups: ['3'], companion: null, planned: false },
      { date: '2018-08-15', lokus: { code: 'sby-dpmptsp', name: 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)' }, groups: ['2', '1'], companion: 'Dr. Sri Wahyuni, M.Si.', planned: false },
    ]);
  });

  it('counts each project once, at its current stage', () => {
    expect(report().pipeline).toEqual({ idea: 1, design: 1, implementation: 1, presentation: 2, adoption: 1, dropped: 1 });
  });

  it('lists every project by participant name, with every adopter once, the latest kind and the award kept', () => {
    const { projects } = report();
    expect(projects.map((p) => p.name)).toEqual(['Andi Pratama', 'Budi Santoso', 'Dewi Lestari', 'Nur Aini', 'Rudi Hartono', 'Siti Rahmawati', 'Yohana Simanjuntak']);
    expect(projects[0]).toEqual(andi);
    expect(projects[1]).toMatchObject({ nip: NIP.budi, stage: 'presentation', score: null, predicate: null, adopted_by: [], adoption_kind: null, award: null, inspired_by_lokus: 'sby-dpmptsp' });
    expect(projects[4]).toMatchObject({ nip: NIP.rudi, stage: 'idea', innovation_name: null, inspired_by_lokus: null });
    expect(projects[6]).toMatchObject({ nip: NIP.yohana, stage: 'dropped', score: 75, predicate: 'Cukup Memuaskan' });
  });

  it('counts the milestones of the cohort by rating', () => {
    expect(report().milestones).toEqual({ total: 5, pending: 1, below: 1, met: 2, exceeded: 1 });
  });

  it('lists the adopted and the awarded projects', () => {
    const model = report();
    expect(model.adopted).toEqual([andi]);
    expect(model.awarded).toEqual([andi]);
  });

  it('ranks scored projects that were not dropped, highest first, at most --top', () => {
    expect(report().top_projects.map((p) => [p.name, p.score])).toEqual([['Andi Pratama', 92.5], ['Siti Rahmawati', 85]]);
    expect(report({ top: 1 }).top_projects.map((p) => p.nip)).toEqual([NIP.andi]);
  });

  it('warns of a participant without a project (not a withdrawn one), a stalled project and a missing score', () => {
    expect(report({ stallDays: 59 }).warnings).toEqual([
      { kind: 'no_project', nip: NIP.agus, name: 'Agus Wijaya', message: 'Peserta belum memiliki proyek perubahan.' },
      { kind: 'stalled', nip: NIP.dewi, name: 'Dewi Lestari', message: 'Tertahan di tahap implementasi selama 60 hari (sejak 27 Agustus 2018).' },
      { kind: 'missing_score', nip: NIP.budi, name: 'Budi Santoso', message: 'Sudah dipresentasikan tetapi nilainya belum dicatat.' },
    ]);
  });

  it('counts a project as stalled only after more than --stall-days days, measured to the cohort\'s end date once it ended', () => {
    const stalled = (stallDays: number, today = TODAY) =>
      buildCohortReport(db, 'pim4-xxii-2018', { today, stallDays }).warnings.filter((w) => w.kind === 'stalled').map((w) => w.nip);
    // The cohort ended 2018-10-26. Dewi: implementation since 2018-08-27 (60 days to the end);
    // Rudi: idea since 2018-09-01 (55 days); Nur: design since 2018-10-10 (16 days).
    expect(stalled(60)).toEqual([]);
    expect(stalled(59)).toEqual([NIP.dewi]);
    expect(stalled(54)).toEqual([NIP.dewi, NIP.rudi]);
    expect(stalled(15)).toEqual([NIP.dewi, NIP.rudi, NIP.nur]);
    // Eight years on, the days still stop at the end date.
    expect(stalled(59, '2026-11-29')).toEqual([NIP.dewi]);
    // Before the end, to the report's day: on 2018-10-20 Dewi has stood 54 days, Rudi 49.
    expect(stalled(50, '2018-10-20')).toEqual([NIP.dewi]);
    expect(buildCohortReport(db, 'pim4-xxii-2018', { today: new Date('2018-10-31T12:00:00'), stallDays: 59 }).warnings.filter((w) => w.kind === 'stalled')).toHaveLength(1);
  });

  it('draws the report up for --as-of: stalls counted to that day, and the day recorded', () => {
    const model = buildCohortReport(db, 'pim4-xxii-2018', { today: '2026-11-29', asOf: '2018-10-20', stallDays: 50 });
    expect(model.as_of).toBe('2018-10-20');
    expect(model.warnings.filter((w) => w.kind === 'stalled').map((w) => [w.nip, w.message])).toEqual([
      [NIP.dewi, 'Tertahan di tahap implementasi selama 54 hari (sejak 27 Agustus 2018).'],
    ]);
    expect(report().as_of).toBe(TODAY);
  });

  it('words the warnings in English with --lang en, and uses the program\'s word for a project', () => {
    setLanguage('en');
    const messages = report({ stallDays: 59 }).warnings.map((w) => w.message);
    expect(messages).toEqual([
      'The participant has no change project yet.',
      'Stuck at the implementation stage for 60 days (since 27 August 2018).',
      'Presented, but its score has not been recorded.',
    ]);
    setLanguage('id');
    const pkp = buildCohortReport(db, 'pkp-i-2019', { today: '2019-12-31' });
    expect(pkp.warnings).toEqual([{ kind: 'no_project', nip: NIP.andi, name: 'Andi Pratama', message: 'Peserta belum memiliki aksi perubahan.' }]);
  });

  it('reports an empty cohort with zeros and empty lists', () => {
    const empty = buildCohortReport(db, 'pim3-i-2020', { today: TODAY });
    expect(empty.participants).toEqual({ total: 0, by_gender: { male: 0, female: 0, unknown: 0 }, by_agency: [], by_grade: [], by_status: { active: 0, passed: 0, failed: 0, withdrawn: 0 } });
    expect(empty.pipeline).toEqual({ idea: 0, design: 0, implementation: 0, presentation: 0, adoption: 0, dropped: 0 });
    expect(empty.milestones).toEqual({ total: 0, pending: 0, below: 0, met: 0, exceeded: 0 });
    expect([empty.visits, empty.projects, empty.adopted, empty.awarded, empty.top_projects, empty.warnings]).toEqual([[], [], [], [], [], []]);
  });

  it('refuses an unknown cohort as not found', () => {
    expect(() => buildCohortReport(db, 'nope', { today: TODAY })).toThrow(NotFoundError);
    expect(() => buildLokusReport(db, { cohort: 'nope' })).toThrow(NotFoundError);
  });

  it('summarises one row per cohort, mean score over scored projects to one decimal, null when none', () => {
    expect(buildSummaryReport(db)).toEqual([
      // Scores 92.5, 85 and 75 (dropped after scoring): 84.1666… → 84.2.
      { code: 'pim4-xxii-2018', program: 'pim4', year: 2018, participants: 8, by_status: { active: 4, passed: 3, failed: 1, withdrawn: 1 }, pipeline: { idea: 1, design: 1, implementation: 1, presentation: 2, adoption: 1, dropped: 1 }, adopted: 1, mean_score: 84.2 },
      { code: 'pkp-i-2019', program: 'pkp', year: 2019, participants: 3, by_status: { active: 1, passed: 2, failed: 0, withdrawn: 0 }, pipeline: { idea: 0, design: 0, implementation: 0, presentation: 1, adoption: 1, dropped: 0 }, adopted: 1, mean_score: 75.5 },
      { code: 'pim3-i-2020', program: 'pim3', year: 2020, participants: 0, by_status: { active: 0, passed: 0, failed: 0, withdrawn: 0 }, pipeline: { idea: 0, design: 0, implementation: 0, presentation: 0, adoption: 0, dropped: 0 }, adopted: 0, mean_score: null },
    ]);
    expect(buildSummaryReport(db, { year: 2019 }).map((r) => r.code)).toEqual(['pkp-i-2019']);
    expect(buildSummaryReport(db, { program: 'pim4' }).map((r) => r.code)).toEqual(['pim4-xxii-2018']);
    expect(buildSummaryReport(db, { year: 2018, program: 'pkp' })).toEqual([]);
  });

  it('reports each lokus: visits, cohorts, groups and participants sent, projects inspired, presented and adopted', () => {
    expect(buildLokusReport(db)).toEqual([
      {
        code: 'sby-dpmptsp', name: 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)', city: 'Surabaya', visits: 2,
        cohorts: ['pim4-xxii-2018', 'pkp-i-2019'], groups_sent: 2,
        // groups 1 and 2 of PIM IV (Andi, Siti, Yohana, Budi, Dewi, Agus) and the whole PKP cohort (3).
        participants_sent: 9, projects_inspired: 4, reached_presentation: 4, adopted: 2,
        projects: [
          { id: 1, cohort: 'pim4-xxii-2018', nip: NIP.andi, title: 'Sistem Antrean Daring Layanan Kartu Pencari Kerja', innovation_name: 'SIAP-Kerja', stage: 'adoption' },
          { id: 3, cohort: 'pim4-xxii-2018', nip: NIP.budi, title: 'Verifikasi Daring Izin LPK', innovation_name: 'Verolin', stage: 'presentation' },
          { id: 8, cohort: 'pkp-i-2019', nip: NIP.eko, title: 'Perizinan Reklame Daring', innovation_name: 'e-Reklame', stage: 'adoption' },
          { id: 9, cohort: 'pkp-i-2019', nip: NIP.fitri, title: 'Pengaduan Warga Satu Pintu', innovation_name: 'Sambat', stage: 'presentation' },
        ],
      },
      {
        code: 'sby-dispendukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya', city: 'Surabaya', visits: 1,
        cohorts: ['pim4-xxii-2018'], groups_sent: 1, participants_sent: 2, projects_inspired: 1, reached_presentation: 1, adopted: 0,
        projects: [
          { id: 2, cohort: 'pim4-xxii-2018', nip: NIP.siti, title: 'Digitalisasi Surat Masuk dan Keluar', innovation_name: 'Si-Surat', stage: 'presentation' },
        ],
      },
      {
        code: 'mlg-mpp', name: 'Mal Pelayanan Publik Kota Malang', city: 'Malang', visits: 0, cohorts: [], groups_sent: 0,
        participants_sent: 0, projects_inspired: 0, reached_presentation: 0, adopted: 0, projects: [],
      },
    ]);
  });

  it('limits the lokus report to a cohort, a year or a program, leaving out lokus with nothing in scope', () => {
    expect(buildLokusReport(db, { cohort: 'pkp-i-2019' })).toEqual([
      {
        code: 'sby-dpmptsp', name: 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)', city: 'Surabaya', visits: 1,
        cohorts: ['pkp-i-2019'], groups_sent: 0, participants_sent: 3, projects_inspired: 2, reached_presentation: 2, adopted: 1,
        projects: [
          { id: 8, cohort: 'pkp-i-2019', nip: NIP.eko, title: 'Perizinan Reklame Daring', innovation_name: 'e-Reklame', stage: 'adoption' },
          { id: 9, cohort: 'pkp-i-2019', nip: NIP.fitri, title: 'Pengaduan Warga Satu Pintu', innovation_name: 'Sambat', stage: 'presentation' },
        ],
      },
    ]);
    // Named projects are capped per lokus; the counts still cover them all.
    const capped = buildLokusReport(db, { projectsPerLokus: 1 });
    expect(capped[0]?.projects.map((p) => p.id)).toEqual([1]);
    expect(capped[0]?.projects_inspired).toBe(4);
    expect(buildLokusReport(db, { year: 2018, projectsPerLokus: 1 })[0]?.projects.map((p) => p.id)).toEqual([1]);
    const in2018 = buildLokusReport(db, { year: 2018 });
    expect(in2018.map((r) => [r.code, r.visits, r.participants_sent, r.projects_inspired, r.reached_presentation, r.adopted])).toEqual([
      ['sby-dpmptsp', 1, 6, 2, 2, 1],
      ['sby-dispendukcapil', 1, 2, 1, 1, 0],
    ]);
    expect(buildLokusReport(db, { program: 'pim3' })).toEqual([]);
  });
});
