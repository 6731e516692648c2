// Change projects (proyek / aksi perubahan): add, list, show, edit, and every stage change, each
// planned by the stage machine of src/domain/stages.ts and persisted here as it is planned.
import { parseAdoptionKind } from '../domain/adoption.js';
import { parsePastDate } from '../domain/dates.js';
import { normaliseNip } from '../domain/nip.js';
import type { Bands } from '../domain/predicate.js';
import { predicateFor, parseScore } from '../domain/predicate.js';
import { parseProgram } from '../domain/program.js';
import type { PlannedAdoption, PlannedEvent, StageState, Transition } from '../domain/stages.js';
import { adopt, advance, drop, moveTo, nextStage, parseStage, reopen, startProject, stateFromEvents } from '../domain/stages.js';
import type { AdoptionKind, Enrolment, IsoDate, Milestone, Program, Project, ProjectEvent, Result, Stage } from '../domain/types.js';
import { ALL_STAGES } from '../domain/types.js';
import type { Adoption } from '../db/adoptions.js';
import { insertAdoption, listAdoptions } from '../db/adoptions.js';
import { requireCohort } from '../db/cohorts.js';
import { insertEvent, latestPresentationEvent, listEvents, setEventScore } from '../db/events.js';
import { lokusNotFound } from '../db/lokus.js';
import { listMilestones } from '../db/milestones.js';
import { listEnrolments } from '../db/people.js';
import type { Db } from '../db/open.js';
import type { ProjectFields, ProjectRecord } from '../db/projects.js';
import {
  findLokusRef,
  findProjectById,
  findProjectOfEnrolment,
  findProjectsOfNip,
  insertProject,
  listProjects,
  lookupEnrolment,
  publicProject,
  updateProjectFields,
  updateProjectScore,
  updateProjectStage,
} from '../db/projects.js';
import { ConflictError, InvalidDataError, NotFoundError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { parseYear, pick } from './cohorts.js';
import { bandsFor } from './settings.js';
import { optional, text, valueOf } from './validate.js';

export { publicProject };
export type { ProjectRecord };

/** How a command names a project: its id, or a participant's NIP within a cohort (`NIP --cohort CODE`). */
export interface ProjectRef {
  target: string;
  cohort?: string | undefined;
}

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

// ---------------------------------------------------------------------------------------------
// Finding projects

export function resolveProject(db: Db, ref: ProjectRef): ProjectRecord {
  const target = ref.target.trim();
  if (ref.cohort !== undefined) {
    const cohort = requireCohort(db, ref.cohort.trim());
    const nip = normaliseNip(target);
    const { personId, enrolmentId } = lookupEnrolment(db, nip, cohort.id);
    if (personId === null) throw new NotFoundError('project.personNotFound', { nip });
    if (enrolmentId === null) throw new NotFoundError('project.notEnrolled', { nip, cohort: cohort.code });
    const project = findProjectOfEnrolment(db, enrolmentId);
    if (!project) throw new NotFoundError('project.noneForEnrolment', { nip, cohort: cohort.code });
    return project;
  }
  // Ids are short; an NIP has 18 digits (an NRP needs --cohort to be told from an id).
  if (/^\d{1,9}$/.test(target)) {
    const project = findProjectById(db, Number(target));
    if (!project) throw new NotFoundError('project.notFound', { id: target });
    return project;
  }
  const nip = normaliseNip(target);
  const projects = findProjectsOfNip(db, nip);
  if (projects.length === 1) return projects[0]!;
  if (projects.length === 0) throw new NotFoundError('project.noneForNip', { nip });
  throw new UsageError('project.needsCohort', { nip, cohorts: projects.map((p) => p.cohort).join(', ') });
}

function lokusId(db: Db, input: string | undefined): number | null | undefined {
  const value = text(input);
  if (value === undefined || value === null) return value;
  const lokus = findLokusRef(db, value);
  if (!lokus) throw lokusNotFound(db, value);
  return lokus.id;
}

function title(input: string | undefined): string | undefined {
  const value = text(input);
  if (value === null) throw new InvalidDataError('project.titleEmpty', { field: '--title' });
  return value;
}

// ---------------------------------------------------------------------------------------------
// add, list, show, edit

export function addProject(db: Db, input: AddProjectInput, today: Date): Project {
  const nip = normaliseNip(input.nip ?? '');
  const projectTitle = title(input.title);
  if (projectTitle === undefined) throw new UsageError('cli.error.missingValue', { flag: '--title' });
  const date = eventDate(input.date, today);
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
      innovation_name: text(input.innovationName) ?? null,
      description: text(input.description) ?? null,
      coach: text(input.coach) ?? null,
      mentor: text(input.mentor) ?? null,
      examiner: text(input.examiner) ?? null,
      inspired_by_lokus_id: lokusId(db, input.inspiredByLokus) ?? null,
    };
    const projectId = insertProject(db, enrolmentId, fields, start.state.stage, start.state.stageDate);
    for (const event of start.events) insertEvent(db, projectId, { ...event, score: null, predicate: null });
    return projectId;
  }).immediate();
  return publicProject(findProjectById(db, id)!);
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
  const lokus = text(filter.lokus);
  return listProjects(db, {
    cohortId: filter.cohort !== undefined ? requireCohort(db, filter.cohort.trim()).id : undefined,
    stage: filter.stage !== undefined ? valueOf(parseStage(filter.stage), '--stage') : undefined,
    agency: text(filter.agency) ?? undefined,
    lokusId: lokus ? (lokusId(db, lokus) ?? undefined) : undefined,
    year: filter.year !== undefined ? parseYear(filter.year) : undefined,
    program: filter.program !== undefined ? valueOf(parseProgram(filter.program), '--program') : undefined,
  });
}

export interface ProjectDetail {
  project: Project;
  name: string;
  program: Program;
  events: ProjectEvent[];
  adoptions: Adoption[];
  milestones: Milestone[];
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
  };
}

export function projectHistory(db: Db, ref: ProjectRef): { project: Project; events: ProjectEvent[] } {
  const record = resolveProject(db, ref);
  return { project: publicProject(record), events: listEvents(db, record.id) };
}

export interface EditProjectInput extends ProjectFieldInput {
  score?: string | undefined;
}

/** Changes a project's fields; `--score` sets a missing or corrected presentation score. */
export function editProject(db: Db, ref: ProjectRef, input: EditProjectInput): Project {
  const score = input.score !== undefined ? valueOf(parseScore(input.score), '--score') : undefined;
  const id = db.transaction(() => {
    const current = resolveProject(db, ref);
    const next: ProjectFields = {
      title: title(input.title) ?? current.title,
      innovation_name: pick(text(input.innovationName), current.innovation_name),
      description: pick(text(input.description), current.description),
      coach: pick(text(input.coach), current.coach),
      mentor: pick(text(input.mentor), current.mentor),
      examiner: pick(text(input.examiner), current.examiner),
      inspired_by_lokus_id: pick(lokusId(db, input.inspiredByLokus), current.inspired_by_lokus_id),
    };
    updateProjectFields(db, current.id, next);
    if (score !== undefined) {
      const presented = latestPresentationEvent(db, current.id);
      if (!presented || (current.stage !== 'presentation' && current.stage !== 'adoption')) {
        throw new InvalidDataError('project.scoreNotPresented', { field: '--score', id: current.id, stage: stageName(current.stage) });
      }
      const predicate = predicateFor(score, bandsFor(db, current.program));
      updateProjectScore(db, current.id, score, predicate);
      setEventScore(db, presented.id, score, predicate);
    }
    return current.id;
  }).immediate();
  return publicProject(findProjectById(db, id)!);
}

// ---------------------------------------------------------------------------------------------
// Stage changes

export interface ChangeInput {
  date?: string | undefined;
  note?: string | undefined;
}

export interface AdoptionOptions {
  by?: string[] | undefined;
  kind?: string | undefined;
  award?: string | undefined;
}

export interface StageChange {
  project: Project;
  from: Stage;
  to: Stage;
  events: PlannedEvent[];
  adoption: PlannedAdoption | null;
  score: number | null;
  predicate: string | null;
}

type Planner = (state: StageState, date: IsoDate | null) => Result<Transition>;

/** With `write: false` the change is only planned and checked, so a command can ask before writing it. */
export interface WriteMode {
  write?: boolean;
}

export function advanceProject(
  db: Db,
  ref: ProjectRef,
  input: ChangeInput & AdoptionOptions & { score?: string | undefined },
  today: Date,
): StageChange {
  const adoption = adoptionInput(input);
  return changeStage(db, ref, input, today, input.score, (state, date) => {
    if (adoption && state.stage !== 'presentation') throw new InvalidDataError('project.adoptionOptionsOutOfPlace', { stage: stageName(state.stage) });
    return advance(state, { date, note: input.note ?? null, adoption }, today);
  });
}

export function moveProject(
  db: Db,
  ref: ProjectRef,
  input: ChangeInput & AdoptionOptions & { to: string; reason?: string | undefined; score?: string | undefined },
  today: Date,
  { write = true }: WriteMode = {},
): StageChange {
  const target = valueOf(parseStage(input.to), '--to');
  const adoption = adoptionInput(input);
  return changeStage(
    db,
    ref,
    input,
    today,
    input.score,
    (state, date) => moveTo(state, target, { date, note: input.note ?? null, reason: input.reason ?? null, adoption }, today),
    write,
  );
}

export function adoptProject(db: Db, ref: ProjectRef, input: ChangeInput & AdoptionOptions, today: Date): StageChange {
  const adoption = adoptionInput(input) ?? { adopters: [], kind: null };
  return changeStage(db, ref, input, today, undefined, (state, date) => adopt(state, { date, note: input.note ?? null, adoption }, today));
}

export function dropProject(db: Db, ref: ProjectRef, input: { date?: string | undefined; reason?: string | undefined }, today: Date, { write = true }: WriteMode = {}): StageChange {
  return changeStage(db, ref, input, today, undefined, (state, date) => drop(state, { date, reason: input.reason }, today), write);
}

export function reopenProject(db: Db, ref: ProjectRef, input: ChangeInput, today: Date): StageChange {
  return changeStage(db, ref, input, today, undefined, (state, date) => reopen(state, { date, note: input.note ?? null }, today));
}

/** True when the change goes backwards or drops the project: commands ask before doing it. */
export function isSetback(change: StageChange): boolean {
  return change.events.some((event) => event.kind === 'moved_back' || event.kind === 'dropped');
}

function changeStage(
  db: Db,
  ref: ProjectRef,
  input: { date?: string | undefined },
  today: Date,
  scoreInput: string | undefined,
  plan: Planner,
  write = true,
): StageChange {
  const date = eventDate(input.date, today);
  const score = scoreInput !== undefined ? valueOf(parseScore(scoreInput), '--score') : null;
  const run = (): StageChange => {
    const record = resolveProject(db, ref);
    const state = stateFromEvents(listEvents(db, record.id)) ?? stateOfRecord(record);
    const transition = stageValue(plan(state, date));
    // The score belongs to the event that reaches the presentation, with the bands in force now.
    const scored = transition.events.findLastIndex((event) => event.to_stage === 'presentation');
    if (score !== null && scored < 0) throw new InvalidDataError('project.scoreOnlyAtPresentation', { field: '--score' });
    const predicate = score !== null ? predicateFor(score, bandsFor(db, record.program)) : null;
    if (write) {
      transition.events.forEach((event, i) => {
        const withScore = i === scored && score !== null;
        insertEvent(db, record.id, { ...event, score: withScore ? score : null, predicate: withScore ? predicate : null });
      });
      if (transition.adoption) insertAdoption(db, record.id, transition.adoption);
      updateProjectStage(db, record.id, transition.state.stage, transition.state.stageDate);
      if (score !== null && predicate !== null) updateProjectScore(db, record.id, score, predicate);
    }
    const project = write ? publicProject(findProjectById(db, record.id)!) : publicProject(record);
    return { project, from: state.stage, to: transition.state.stage, events: transition.events, adoption: transition.adoption, score, predicate };
  };
  return write ? db.transaction(run).immediate() : run();
}

/** A project whose events were lost (edited by hand) still has its stage and date. */
function stateOfRecord(record: ProjectRecord): StageState {
  return { stage: record.stage, stageDate: record.stage_date, lastDate: record.stage_date, droppedFrom: null };
}

function eventDate(input: string | undefined, today: Date): IsoDate | null {
  if (input === undefined) return null;
  return valueOf(parsePastDate(input, today), '--date');
}

function adoptionInput(input: AdoptionOptions): { adopters: string[]; kind: AdoptionKind | null; award: string | null } | null {
  const kind = optional(input.kind, '--kind', parseAdoptionKind);
  if (!input.by?.length && kind == null && input.award === undefined) return null;
  return { adopters: input.by ?? [], kind: kind ?? null, award: text(input.award) ?? null };
}

const problemFields: Record<string, string> = {
  'domain.stage.date_invalid': '--date',
  'domain.stage.date_future': '--date',
  'domain.stage.date_before_last': '--date',
  'domain.stage.reason_required': '--reason',
  'domain.stage.drop_reason_required': '--reason',
  'domain.stage.adoption_required': '--by',
  'domain.stage.adoption_kind_required': '--kind',
};

/** A stage rule's verdict; a refusal names the option at fault and shows stages in the user's language. */
function stageValue<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const params: Record<string, string | number> = { ...result.problem.params };
  for (const name of ['stage', 'from', 'to', 'target']) {
    const value = params[name];
    if (typeof value === 'string' && (ALL_STAGES as readonly string[]).includes(value)) params[name] = stageName(value as Stage);
  }
  const field = problemFields[result.problem.key];
  throw new InvalidDataError(result.problem.key, field ? { ...params, field } : params);
}

/** A stage's name in the user's language: ide, rancangan, implementasi … */
export function stageName(stage: Stage): string {
  return t(`project.stage.${stage}`);
}

// ---------------------------------------------------------------------------------------------
// Read-only questions the guided commands ask before a change

/** A cohort's enrolments that have no project yet: whom `project add` can be for. */
export function enrolmentsWithoutProject(db: Db, cohortCode: string): Enrolment[] {
  const cohort = requireCohort(db, cohortCode.trim());
  const withProject = new Set(listProjects(db, { cohortId: cohort.id }).map((p) => p.nip));
  return listEnrolments(db, cohort.id, cohort.code).filter((e) => !withProject.has(e.nip));
}

/** Where a project stands and where `advance` would take it, with the bands its score is judged by. */
export interface StageOutlook {
  project: Project;
  name: string;
  program: Program;
  state: StageState;
  /** The stage `advance` reaches, or null when it cannot advance (adopted, dropped). */
  next: Stage | null;
  bands: Bands;
}

export function stageOutlook(db: Db, ref: ProjectRef): StageOutlook {
  const record = resolveProject(db, ref);
  const state = stateFromEvents(listEvents(db, record.id)) ?? stateOfRecord(record);
  const next = state.stage === 'dropped' ? null : nextStage(state.stage);
  return { project: publicProject(record), name: record.name, program: record.program, state, next, bands: bandsFor(db, record.program) };
}
