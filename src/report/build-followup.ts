// Fills the sustainability report (SPEC §11): the presented projects in scope and their checks come
// from one query (src/db/followups.ts); the schedule and every count are worked out here with the
// domain's rules, the same ones `followup due` uses, so that `overdue` equals what it lists.
import { latestCheck, monthsBetween, scheduleChecks } from '../domain/followup.js';
import type { Program, StopReason } from '../domain/types.js';
import { STOP_REASONS } from '../domain/types.js';
import { followupSchedules } from '../db/followup-settings.js';
import type { FollowedProject, FollowupScope } from '../db/followups.js';
import { followedProjects } from '../db/followups.js';
import type { Db } from '../db/open.js';
import type { FollowupReport, KippCandidate, LokusSurvival, StoppedProject, SurvivalRow } from './followup-model.js';

/** The months of a KIPP candidacy: a year of running (DOMAIN.md "After the training"). */
export const KIPP_MONTHS = 12;

export interface FollowupReportScope extends FollowupScope {
  cohort?: string | undefined;
}

export function buildFollowupReport(db: Db, scope: FollowupReportScope): FollowupReport {
  return followupReportOf(followedProjects(db, scope), followupSchedules(db), scope);
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const mean = (values: number[]): number | null => (values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length));

/** The report from the projects and schedules (pure: the unit tests call it with known numbers). */
export function followupReportOf(projects: readonly FollowedProject[], schedules: Record<Program, number[]>, scope: FollowupReportScope): FollowupReport {
  const checks = { due: 0, done: 0, overdue: 0 };
  const survival = new Map<number, SurvivalRow>();
  const reasons = new Map<StopReason, number>(STOP_REASONS.map((r) => [r, 0]));
  const lokus = new Map<string, LokusSurvival>();
  const kipp: KippCandidate[] = [];
  const stopped: StoppedProject[] = [];
  const ikmPairs: [number, number][] = [];

  for (const project of projects) {
    const months = schedules[project.program];
    for (const m of months) if (!survival.has(m)) survival.set(m, { months: m, checked: 0, running: 0, stopped: 0 });
    const subject = { stage: project.stage, presentedOn: project.presented_on, checks: project.checks };
    for (const check of scheduleChecks(subject, months)) {
      if (check.due_date <= scope.asOf) checks.due += 1;
      if (check.due_date <= scope.asOf && !check.done) checks.overdue += 1;
    }
    checks.done += project.checks.length;
    for (const check of project.checks) {
      const row = survival.get(check.months) ?? { months: check.months, checked: 0, running: 0, stopped: 0 };
      row.checked += 1;
      row[check.status] += 1;
      survival.set(check.months, row);
    }
    const latest = latestCheck(project.checks);
    if (latest?.status === 'stopped' && latest.reason !== null) {
      reasons.set(latest.reason, (reasons.get(latest.reason) ?? 0) + 1);
      stopped.push({ project_id: project.project_id, nip: project.nip, name: project.name, cohort: project.cohort, title: project.title, months: latest.months, date: latest.date, reason: latest.reason });
    }
    if (latest?.status === 'running' && project.presented_on !== null) {
      const monthsRunning = monthsBetween(project.presented_on, latest.date);
      if (monthsRunning >= KIPP_MONTHS) {
        kipp.push({ project_id: project.project_id, nip: project.nip, name: project.name, title: project.title, innovation_name: project.innovation_name, months_running: monthsRunning });
      }
    }
    if (project.lokus_code !== null) {
      const row = lokus.get(project.lokus_code) ?? { code: project.lokus_code, name: project.lokus_name ?? project.lokus_code, projects: 0, running: 0, stopped: 0 };
      row.projects += 1;
      if (latest) row[latest.status] += 1;
      lokus.set(project.lokus_code, row);
    }
    if (project.ikm_before !== null && project.ikm_after !== null) ikmPairs.push([project.ikm_before, project.ikm_after]);
  }

  return {
    as_of: scope.asOf,
    scope: { cohort: scope.cohort ?? null, program: scope.program ?? null, year: scope.year ?? null },
    projects: projects.length,
    checks,
    survival: [...survival.values()].sort((a, b) => a.months - b.months),
    stop_reasons: STOP_REASONS.map((reason) => ({ reason, count: reasons.get(reason) ?? 0 })),
    ikm: {
      projects: ikmPairs.length,
      mean_before: mean(ikmPairs.map(([before]) => before)),
      mean_after: mean(ikmPairs.map(([, after]) => after)),
      mean_change: mean(ikmPairs.map(([before, after]) => after - before)),
    },
    by_lokus: [...lokus.values()].sort((a, b) => b.running - a.running || b.projects - a.projects || a.code.localeCompare(b.code)),
    kipp_candidates: kipp.sort((a, b) => b.months_running - a.months_running || a.project_id - b.project_id),
    stopped: stopped.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.project_id - b.project_id)),
  };
}
