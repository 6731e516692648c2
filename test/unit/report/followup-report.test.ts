// The sustainability report's numbers (SPEC §11), each worked out by hand from the projects below.
import { describe, expect, it } from 'vitest';
import type { FollowedProject } from '../../../src/db/followups.js';
import type { Program } from '../../../src/domain/types.js';
import { PROGRAMS } from '../../../src/domain/types.js';
import { followupReportOf } from '../../../src/report/build-followup.js';

const schedules = Object.fromEntries(PROGRAMS.map((p) => [p, p === 'pkp' ? [6, 12] : [6, 12, 24]])) as Record<Program, number[]>;

function project(id: number, fields: Partial<FollowedProject>): FollowedProject {
  return {
    project_id: id,
    nip: `19800101200501100${id}`,
    name: `Peserta ${id}`,
    cohort: 'c',
    program: 'pim4',
    title: `Proyek ${id}`,
    innovation_name: null,
    stage: 'presentation',
    presented_on: '2019-01-10',
    lokus_code: null,
    lokus_name: null,
    ikm_before: null,
    ikm_after: null,
    checks: [],
    ...fields,
  };
}

const projects: FollowedProject[] = [
  // A: running at 6 and 12 months (12 months after 2019-01-10 on 2020-01-20): a KIPP candidate.
  project(1, {
    lokus_code: 'l1', lokus_name: 'Lokus Satu', innovation_name: 'SiA', ikm_before: 70, ikm_after: 80,
    checks: [
      { months: 6, date: '2019-07-15', status: 'running', reason: null, ikm: null },
      { months: 12, date: '2020-01-20', status: 'running', reason: null, ikm: 80 },
    ],
  }),
  // B: adopted, stopped at 6 months for lack of budget: nothing further is due.
  project(2, {
    stage: 'adoption', lokus_code: 'l1', lokus_name: 'Lokus Satu', ikm_before: 60, ikm_after: 66.5,
    checks: [{ months: 6, date: '2019-07-10', status: 'stopped', reason: 'budget', ikm: null }],
  }),
  // C: never checked: 6 (2019-12-01) and 12 (2020-06-01) overdue, 24 (2021-06-01) not yet due.
  project(3, { presented_on: '2019-06-01' }),
  // D: pkp (6, 12), running at 6; 12 falls on 2021-03-01, after as_of; an IKM before only.
  project(4, {
    program: 'pkp', presented_on: '2020-03-01', lokus_code: 'l2', lokus_name: 'Lokus Dua', ikm_before: 75,
    checks: [{ months: 6, date: '2020-09-05', status: 'running', reason: null, ikm: null }],
  }),
  // F: pkp, running at 6, stopped at 12 for lack of support.
  project(5, {
    program: 'pkp', presented_on: '2019-02-01', lokus_code: 'l2', lokus_name: 'Lokus Dua',
    checks: [
      { months: 6, date: '2019-08-05', status: 'running', reason: null, ikm: null },
      { months: 12, date: '2020-02-03', status: 'stopped', reason: 'no_support', ikm: null },
    ],
  }),
];

describe('the sustainability report', () => {
  const report = followupReportOf(projects, schedules, { asOf: '2021-01-01' });

  it('counts the projects and the checks due, done and overdue', () => {
    expect(report.as_of).toBe('2021-01-01');
    expect(report.projects).toBe(5);
    expect(report.checks).toEqual({ due: 8, done: 6, overdue: 2 });
  });

  it('counts the checks of each month, running and stopped', () => {
    expect(report.survival).toEqual([
      { months: 6, checked: 4, running: 3, stopped: 1 },
      { months: 12, checked: 2, running: 1, stopped: 1 },
      { months: 24, checked: 0, running: 0, stopped: 0 },
    ]);
  });

  it('counts the stop reasons of the projects whose latest check says stopped', () => {
    expect(report.stop_reasons).toEqual([
      { reason: 'transfer', count: 0 },
      { reason: 'budget', count: 1 },
      { reason: 'reorganization', count: 0 },
      { reason: 'retirement', count: 0 },
      { reason: 'no_support', count: 1 },
      { reason: 'other', count: 0 },
    ]);
    expect(report.stopped.map((s) => [s.project_id, s.months, s.reason])).toEqual([[2, 6, 'budget'], [5, 12, 'no_support']]);
  });

  it('gives the IKM means over the projects having both values', () => {
    expect(report.ikm).toEqual({ projects: 2, mean_before: 65, mean_after: 73.25, mean_change: 8.25 });
  });

  it('attributes each project to its inspiring lokus', () => {
    expect(report.by_lokus).toEqual([
      { code: 'l1', name: 'Lokus Satu', projects: 2, running: 1, stopped: 1 },
      { code: 'l2', name: 'Lokus Dua', projects: 2, running: 1, stopped: 1 },
    ]);
  });

  it('names as KIPP candidates the projects running at least 12 months after their presentation', () => {
    expect(report.kipp_candidates).toEqual([
      { project_id: 1, nip: '198001012005011001', name: 'Peserta 1', title: 'Proyek 1', innovation_name: 'SiA', months_running: 12 },
    ]);
  });

  it('has nulls, not zeros, for IKM means when no project has both values', () => {
    expect(followupReportOf([], schedules, { asOf: '2021-01-01' }).ikm).toEqual({ projects: 0, mean_before: null, mean_after: null, mean_change: null });
  });
});
