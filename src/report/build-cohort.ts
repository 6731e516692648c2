// Fills the end-of-angkatan report model (SPEC §8) from the database. Counts are SQL aggregates
// (src/db/reports/cohort.ts); here they are only shaped into the model, and the warnings worded.
import { compareNames } from '../domain/name.js';
import { isPlannedVisit } from '../domain/visit.js';
import { requireCohort } from '../db/cohorts.js';
import { buildFollowupReport } from './build-followup.js';
import type { Db } from '../db/open.js';
import { findSetting } from '../db/settings.js';
import {
  countMilestonesByRating,
  countParticipantsByAgency,
  countParticipantsByGender,
  countParticipantsByGrade,
  countParticipantsByStatus,
  countProjectsByStage,
  listCohortProjects,
  listCohortVisits,
  listParticipantsWithoutProject,
  listProjectsMissingScore,
  listStalledProjects,
} from '../db/reports/cohort.js';
import type { CohortProjectRow } from '../db/reports/cohort.js';
import { todayIso } from '../domain/dates.js';
import { projectWord } from '../domain/program.js';
import type { AdoptionKind, IsoDate, Program } from '../domain/types.js';
import { t } from '../i18n/index.js';
import type { CohortReport, Pipeline, ReportProject, ReportWarning, Signatory } from './cohort-model.js';

export const DEFAULT_TOP = 10;
export const DEFAULT_STALL_DAYS = 60;

export interface CohortReportOptions {
  /** How many top projects to list (10). */
  top?: number;
  /** A project before its presentation is stalled after this many days in one stage (60). */
  stallDays?: number;
  /** Today: a Date (its local calendar day) or YYYY-MM-DD. */
  today: Date | string;
  /** The day the report is drawn up for (--as-of); today when not given. */
  asOf?: IsoDate | undefined;
  /** The report's timestamp: the run's clock; without it, `today` (at noon when given as YYYY-MM-DD). */
  now?: Date;
}

export function buildCohortReport(db: Db, code: string, options: CohortReportOptions): CohortReport {
  const { top = DEFAULT_TOP, stallDays = DEFAULT_STALL_DAYS } = options;
  const asOf = options.asOf ?? (typeof options.today === 'string' ? options.today : todayIso(options.today));
  // One read transaction: every figure comes from the same state of the file.
  return db.transaction(() => {
    const { id, ...cohort } = requireCohort(db, code);
    const gender = countParticipantsByGender(db, id);
    const projects = listCohortProjects(db, id).map(toReportProject);
    const adopted = projects.filter((p) => p.adopted_by.length > 0);
    return {
      cohort,
      participants: {
        total: gender.total,
        by_gender: { male: gender.male, female: gender.female, unknown: gender.unknown },
        by_agency: countParticipantsByAgency(db, id),
        by_grade: countParticipantsByGrade(db, id),
        by_status: countParticipantsByStatus(db, id),
      },
      visits: listCohortVisits(db, id).map((v) => ({
        date: v.date,
        lokus: { code: v.lokus_code, name: v.lokus_name },
        groups: JSON.parse(v.groups) as string[],
        companion: v.companion,
        planned: isPlannedVisit(v.date, asOf),
      })),
      pipeline: pipelineOf(countProjectsByStage(db, id)),
      projects,
      milestones: countMilestonesByRating(db, id),
      adopted,
      awarded: projects.filter((p) => p.award !== null),
      top_projects: topProjects(projects, top),
      warnings: warnings(db, id, cohort.program, stallEnd(asOf, cohort.end_date), stallDays),
      followup: buildFollowupReport(db, { cohortId: id, cohort: cohort.code, asOf }),
      as_of: asOf,
      signatory: signatory(db),
      generated_at: timestamp(options.now ?? (typeof options.today === 'string' ? new Date(`${options.today}T12:00:00`) : options.today)),
    };
  })();
}

/**
 * The day stalled days are counted to: the report's day, or the cohort's end date once it has
 * ended (a project cannot stall in a training that is over; DOMAIN.md, the cohort's timeline).
 */
export function stallEnd(asOf: IsoDate, endDate: IsoDate | null): IsoDate {
  return endDate !== null && endDate < asOf ? endDate : asOf;
}

/** The signatory from settings report.signatory.*; null while no name is set. */
function signatory(db: Db): Signatory | null {
  const value = (key: string) => findSetting(db, `report.signatory.${key}`)?.value.trim() || null;
  const name = value('name');
  return name === null ? null : { place: value('place'), position: value('position'), name, nip: value('nip') };
}

function toReportProject(row: CohortProjectRow): ReportProject {
  return {
    id: row.id,
    nip: row.nip,
    name: row.name,
    title: row.title,
    innovation_name: row.innovation_name,
    stage: row.stage,
    stage_date: row.stage_date,
    score: row.score,
    predicate: row.predicate,
    adopted_by: JSON.parse(row.adopted_by) as string[],
    adoption_kind: row.adoption_kind,
    adoption_kinds: JSON.parse(row.adoption_kinds) as AdoptionKind[],
    award: row.award,
    inspired_by_lokus: row.inspired_by_lokus,
    inspired_by_lokus_name: row.inspired_by_lokus_name,
  };
}

function pipelineOf(rows: { stage: keyof Pipeline; count: number }[]): Pipeline {
  const pipeline: Pipeline = { idea: 0, design: 0, implementation: 0, presentation: 0, adoption: 0, dropped: 0 };
  for (const { stage, count } of rows) pipeline[stage] = count;
  return pipeline;
}

/**
 * Scored projects at presentation or adoption, highest first; ties by name. A project moved back
 * below presentation, or dropped, leaves the ranking (its score stays in its history).
 */
function topProjects(projects: ReportProject[], top: number): ReportProject[] {
  return projects
    .filter((p) => p.score !== null && (p.stage === 'presentation' || p.stage === 'adoption'))
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || compareNames(a.name, b.name) || a.nip.localeCompare(b.nip))
    .slice(0, top);
}

const WORD_KEYS = { 'proyek perubahan': 'proyek', 'aksi perubahan': 'aksi', aktualisasi: 'aktualisasi' } as const;

function warnings(db: Db, cohortId: number, program: Program, today: string, stallDays: number): ReportWarning[] {
  const word = t(`report.project_word.${WORD_KEYS[projectWord(program)]}`).toLocaleLowerCase();
  const noProject = listParticipantsWithoutProject(db, cohortId).map(
    (p): ReportWarning => ({ kind: 'no_project', nip: p.nip, name: p.name, message: t('reportcli.warning.noProject', { project_word: word }) }),
  );
  const stalled = listStalledProjects(db, cohortId, today, stallDays).map(
    (p): ReportWarning => ({
      kind: 'stalled',
      nip: p.nip,
      name: p.name,
      message: t('reportcli.warning.stalled', {
        stage: t(`report.stage.${p.stage}`).toLocaleLowerCase(),
        days: p.days,
        date: calendarDate(p.stage_date),
        limit: stallDays,
      }),
    }),
  );
  const missingScore = listProjectsMissingScore(db, cohortId).map(
    (p): ReportWarning => ({ kind: 'missing_score', nip: p.nip, name: p.name, message: t('reportcli.warning.missingScore') }),
  );
  return [...noProject, ...stalled, ...missingScore];
}

/** "27 Agustus 2018" / "27 August 2018", without loading date-fns or ICU data for a json report. */
function calendarDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${t(`reportcli.month.${month}`)} ${year}`;
}

/** ISO 8601 in UTC to the second: 2024-05-01T08:30:00Z. */
function timestamp(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}
