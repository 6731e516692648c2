// Change projects (proyek / aksi perubahan): add, list, show, edit. Stage changes are in
// project-stages.ts; naming a project in project-ref.ts.
import { parsePastDate } from '../domain/dates.js';
import { identifierKey } from '../domain/nip.js';
import { ideaBeforeCohortStart } from '../domain/project-dates.js';
import { mayHoldScore, parseStage, startProject } from '../domain/stages.js';
import { parseScore, predicateFor } from '../domain/predicate.js';
import { parseProgram } from '../domain/program.js';
import type { Enrolment, FollowupCheck, Milestone, Program, Project, ProjectEvent, Result } from '../domain/types.js';
import type { Adoption } from '../db/adoptions.js';
import { listAdoptions } from '../db/adoptions.js';
import { requireCohort } from '../db/cohorts.js';
import { latestPresentationEvent, listEvents, setEventScore } from '../db/events.js';
import { listChecks } from '../db/followups.js';
import { lokusNotFound } from '../db/lokus.js';
import { listMilestones } from '../db/milestones.js';
import { listEnrolments } from '../db/people.js';
import type { Db } from '../db/open.js';
import type { ProjectFields, ProjectRecord } from '../db/projects.js';
import {
  findLokusRef,
  findProjectById,
  findProjectOfEnrolment,
  insertProject,
  listProjects,
  lookupEnrolment,
  publicProject,
  updateProjectFields,
  updateProjectScore,
} from '../db/projects.js';
import { applyTransition } from '../db/transitions.js';
import { ConflictError, InvalidDataError, NotFoundError } from '../errors.js';
import { parseYear, pick } from './cohorts.js';
import { applyIkmChange, ikmChange } from './project-ikm.js';
import type { IkmInput } from './project-ikm.js';
import type { ProjectRef } from './project-ref.js';
import { resolveProject } from './project-ref.js';
import { bandsFor } from './settings.js';
import { stageName, withStageNames } from './stage-names.js';
import { text, valueOf } from './validate.js';

export { publicProject };
export type { ProjectRecord };

export interface ProjectFieldInput {
  title?: string | undefined;
  innovationName?: string | undefined;
  description?: string | undefined;
  coach?: string | undefined;
  mentor?: string | undefined;
  examiner?: string | undefined;
  inspiredByLokus?: string | undefined;
}

export interface AddProjectInput extends ProjectFieldInput {
  nip?: string | undefined;
  cohort?: string | undefined;
  date?: string | undefined;
  note?: string | undefined;
}

function lokusId(db: Db, input: string | undefined, field: string): number | null | undefined {
  const value = text(input, field);
  if (value === undefined || value === null) return value;
  const lokus = findLokusRef(db, value);
  if (!lokus) throw lokusNotFound(db, value);
  return lokus.id;
}

function title(input: string | undefined): string | undefined {
  const value = text(input, 'title', 'title');
  if (value === null) throw new InvalidDataError('project.titleEmpty', { field: 'title' });
  return value;
}

export function addProject(db: Db, input: AddProjectInput, today: Date): Project {
  const nip = identifierKey(input.nip ?? '');
  const projectTitle = title(input.title ?? '')!;
  const date = input.date === undefined ? null : valueOf(parsePastDate(input.date, today), 'date');
  const start = stageValue(startProject({ date, note: input.note ?? null }, today));
  const id = db.transaction(() => {
    const cohort = requireCohort(db, (input.cohort ?? '').trim());
    const { personId, enrolmentId } = lookupEnrolment(db, nip, cohort.id);
    if (personId === null) throw new NotFoundError('project.personNotFound', { nip, cohort: cohort.code });
    if (enrolmentId === null) throw new NotFoundError('project.notEnrolled', { nip, cohort: cohort.code });
    const existing = findProjectOfEnrolment(db, enrolmentId);
    if (existing) throw new ConflictError('project.exists', { nip, cohort: cohort.code, id: existing.id });
    const fields: ProjectFields = {
      title: projectTitle,
      innovation_name: text(input.innovationName, 'innovationName') ?? null,
      description: text(input.description, 'description', 'free') ?? null,
      coach: text(input.coach, 'coach') ?? null,
      mentor: text(input.mentor, 'mentor') ?? null,
      examiner: text(input.examiner, 'examiner') ?? null,
      inspired_by_lokus_id: lokusId(db, input.inspiredByLokus, 'inspiredByLokus') ?? null,
    };
    const projectId = insertProject(db, enrolmentId, fields, start.state.stage, start.state.stageDate);
    applyTransition(db, projectId, start);
    return projectId;
  }).immediate();
  return publicProject(findProjectById(db, id)!);
}

/** The cohort's start date when the project's idea is dated before it (warned of by `project add`), else null. */
export function ideaDateWarning(db: Db, project: Project): { date: string; start: string } | null {
  const { start_date: start } = requireCohort(db, project.cohort);
  return start !== null && ideaBeforeCohortStart(project.stage_date, start) ? { date: project.stage_date, start } : null;
}

export interface ProjectListFilter {
  cohort?: string | undefined;
  stage?: string | undefined;
  agency?: string | undefined;
  lokus?: string | undefined;
  year?: string | undefined;
  program?: string | undefined;
}

export function listProjectsFiltered(db: Db, filter: ProjectListFilter): ProjectRecord[] {
  const lokus = text(filter.lokus, 'lokus');
  return listProjects(db, {
    cohortId: filter.cohort !== undefined ? requireCohort(db, filter.cohort.trim()).id : undefined,
    stage: filter.stage !== undefined ? valueOf(parseStage(filter.stage), 'stage') : undefined,
    agency: text(filter.agency, 'agency') ?? undefined,
    lokusId: lokus ? (lokusId(db, lokus, 'lokus') ?? undefined) : undefined,
    year: filter.year !== undefined ? parseYear(filter.year, 'year') : undefined,
    program: filter.program !== undefined ? valueOf(parseProgram(filter.program), 'program') : undefined,
  });
}

export interface ProjectDetail {
  project: Project;
  name: string;
  program: Program;
  events: ProjectEvent[];
  adoptions: Adoption[];
  milestones: Milestone[];
  checks: FollowupCheck[];
}

export function showProject(db: Db, ref: ProjectRef): ProjectDetail {
  const record = resolveProject(db, ref);
  return {
    project: publicProject(record),
    name: record.name,
    program: record.program,
    events: listEvents(db, record.id),
    adoptions: listAdoptions(db, record.id),
    milestones: listMilestones(db, record.id),
    checks: listChecks(db, record.id),
  };
}

export function projectHistory(db: Db, ref: ProjectRef): { project: Project; events: ProjectEvent[] } {
  const record = resolveProject(db, ref);
  return { project: publicProject(record), events: listEvents(db, record.id) };
}

export interface EditProjectInput extends ProjectFieldInput, IkmInput {
  score?: string | undefined;
}

/** Changes a project's fields; `--score` sets a missing or corrected presentation score. */
export function editProject(db: Db, ref: ProjectRef, input: EditProjectInput): Project {
  const score = input.score !== undefined ? valueOf(parseScore(input.score), 'score') : undefined;
  const ikm = ikmChange(input);
  const id = db.transaction(() => {
    const current = resolveProject(db, ref);
    const next: ProjectFields = {
      title: title(input.title) ?? current.title,
      innovation_name: pick(text(input.innovationName, 'innovationName'), current.innovation_name),
      description: pick(text(input.description, 'description', 'free'), current.description),
      coach: pick(text(input.coach, 'coach'), current.coach),
      mentor: pick(text(input.mentor, 'mentor'), current.mentor),
      examiner: pick(text(input.examiner, 'examiner'), current.examiner),
      inspired_by_lokus_id: pick(lokusId(db, input.inspiredByLokus, 'inspiredByLokus'), current.inspired_by_lokus_id),
    };
    updateProjectFields(db, current.id, next);
    if (score !== undefined) {
      const presented = latestPresentationEvent(db, current.id);
      if (!presented || !mayHoldScore(current.stage)) {
        throw new InvalidDataError('project.scoreNotPresented', { field: 'score', id: current.id, stage: stageName(current.stage) });
      }
      const predicate = predicateFor(score, bandsFor(db, current.program));
      updateProjectScore(db, current.id, score, predicate);
      setEventScore(db, presented.id, score, predicate);
    }
    applyIkmChange(db, current.id, ikm);
    return current.id;
  }).immediate();
  return publicProject(findProjectById(db, id)!);
}

/** A cohort's enrolments that have no project yet: whom `project add` can be for. */
export function enrolmentsWithoutProject(db: Db, cohortCode: string): Enrolment[] {
  const cohort = requireCohort(db, cohortCode.trim());
  const withProject = new Set(listProjects(db, { cohortId: cohort.id }).map((p) => p.nip));
  return listEnrolments(db, cohort.id, cohort.code).filter((e) => !withProject.has(e.nip));
}

/** A start rule's verdict, or an invalid-data error naming the field at fault. */
function stageValue<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new InvalidDataError(result.problem.key, { ...withStageNames(result.problem.params as Record<string, string | number>), field: 'date' });
}
