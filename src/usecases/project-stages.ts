// Every stage change of a project (advance, move, adopt, drop, reopen) in two steps: a plan, made
// once the project is resolved, says whether the change still needs a reason (the command asks); the commit re-reads the project by id inside an IMMEDIATE transaction,
// plans again on the fresh state, and stores it through applyTransition (src/db/transitions.ts).
import { parseAdoptionKind } from '../domain/adoption.js';
import { parsePastDate } from '../domain/dates.js';
import type { Bands } from '../domain/predicate.js';
import { parseScore, predicateFor } from '../domain/predicate.js';
import type { AdoptionInput, PlannedAdoption, PlannedEvent, StageState, Transition } from '../domain/stages.js';
import { adopt, advance, drop, isBackward, moveTo, nextStage, parseStage, reopen, scoredEventIndex, stateFromEvents } from '../domain/stages.js';
import type { IsoDate, Program, Project, Result, Stage } from '../domain/types.js';
import { listEvents } from '../db/events.js';
import type { Db } from '../db/open.js';
import type { ProjectRecord } from '../db/projects.js';
import { findProjectById, publicProject } from '../db/projects.js';
import { applyTransition } from '../db/transitions.js';
import { InvalidDataError, NotFoundError } from '../errors.js';
import type { ProjectRef } from './project-ref.js';
import { resolveProject } from './project-ref.js';
import { bandsFor } from './settings.js';
import { stageName, withStageNames } from './stage-names.js';
import { optional, text, valueOf } from './validate.js';

export type StageVerb = 'advance' | 'move' | 'adopt' | 'drop' | 'reopen';

/** A stage change as typed; every field optional, each verb reads the ones it knows. */
export interface StageInput {
  date?: string | undefined;
  note?: string | undefined;
  score?: string | undefined;
  /** Each one adopter (a repeated --by): never split; see splitAdopters for text holding several. */
  by?: string[] | undefined;
  kind?: string | undefined;
  award?: string | undefined;
  /** The target stage of a move. */
  to?: string | undefined;
  reason?: string | undefined;
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

/** What a change would do, checked against the project as it stands, before anything is written. */
export interface StagePlan {
  verb: StageVerb;
  project: Project;
  from: Stage;
  to: Stage;
  /**
   * A move back or a drop given without its reason: ask for one and pass it to commitStageChange.
   * No stage change needs a confirmation: with its reason it is an ordinary write (SPEC §4).
   */
  needsReason: boolean;
  readonly parsed: ParsedInput;
}

interface ParsedInput {
  date: IsoDate | null;
  note: string | null;
  score: number | null;
  adoption: (AdoptionInput & { award: string | null }) | null;
  to: Stage | null;
  reason: string | null;
}

// Stands in for a reason still to be asked, so that everything else is checked before the asking.
const REASON_TO_ASK = '…';

/** Plans a change of the project named by `ref`; throws NotFound/InvalidData like the commit would. */
export function planStageChange(db: Db, ref: ProjectRef, verb: StageVerb, input: StageInput, today: Date): StagePlan {
  const parsed = parseInput(verb, input, today);
  const record = resolveProject(db, ref);
  const state = stateOf(db, record);
  const needsReason = parsed.reason === null && (verb === 'drop' || (verb === 'move' && isBackward(state.stage, parsed.to!)));
  const transition = checked(build(verb, state, needsReason ? { ...parsed, reason: REASON_TO_ASK } : parsed, today));
  if (parsed.score !== null && scoredEventIndex(transition.events) < 0) throw new InvalidDataError('project.scoreOnlyAtPresentation', { field: 'score' });
  return { verb, project: publicProject(record), from: state.stage, to: transition.state.stage, needsReason, parsed };
}

/** Writes a planned change, with the reason asked for when the plan needed one. */
export function commitStageChange(db: Db, plan: StagePlan, today: Date, reason?: string): StageChange {
  const parsed = reason === undefined ? plan.parsed : { ...plan.parsed, reason: text(reason, 'reason', 'free') ?? null };
  return db.transaction((): StageChange => {
    const record = findProjectById(db, plan.project.id);
    if (!record) throw new NotFoundError('project.notFound', { id: plan.project.id });
    const state = stateOf(db, record);
    const transition = checked(build(plan.verb, state, parsed, today));
    let predicate: string | null = null;
    if (parsed.score !== null) {
      if (scoredEventIndex(transition.events) < 0) throw new InvalidDataError('project.scoreOnlyAtPresentation', { field: 'score' });
      predicate = predicateFor(parsed.score, bandsFor(db, record.program));
    }
    applyTransition(db, record.id, transition, parsed.score !== null && predicate !== null ? { score: parsed.score, predicate } : null);
    return {
      project: publicProject(findProjectById(db, record.id)!),
      from: state.stage,
      to: transition.state.stage,
      events: transition.events,
      adoption: transition.adoption,
      score: parsed.score,
      predicate,
    };
  }).immediate();
}

/** Plans and commits in one go: for callers that ask nothing (scripts, the demo, tests). */
export function changeStage(db: Db, ref: ProjectRef, verb: StageVerb, input: StageInput, today: Date): StageChange {
  return commitStageChange(db, planStageChange(db, ref, verb, input, today), today);
}

function parseInput(verb: StageVerb, input: StageInput, today: Date): ParsedInput {
  const kind = optional(input.kind, 'kind', parseAdoptionKind) ?? null;
  const award = text(input.award, 'award') ?? null;
  const given = Boolean(input.by?.length) || kind !== null || award !== null;
  return {
    date: input.date === undefined ? null : valueOf(parsePastDate(input.date, today), 'date'),
    note: text(input.note, 'note', 'free') ?? null,
    score: input.score === undefined ? null : valueOf(parseScore(input.score), 'score'),
    adoption: given || verb === 'adopt' ? { adopters: (input.by ?? []).map((name) => text(name, 'by') ?? ''), kind, award } : null,
    to: verb === 'move' ? valueOf(parseStage(input.to ?? ''), 'to') : null,
    reason: text(input.reason, 'reason', 'free') ?? null,
  };
}

function build(verb: StageVerb, state: StageState, p: ParsedInput, today: Date): Result<Transition> {
  switch (verb) {
    case 'advance':
      if (p.adoption && state.stage !== 'presentation') throw new InvalidDataError('project.adoptionOptionsOutOfPlace', { stage: stageName(state.stage) });
      return advance(state, { date: p.date, note: p.note, adoption: p.adoption }, today);
    case 'move':
      return moveTo(state, p.to!, { date: p.date, note: p.note, reason: p.reason, adoption: p.adoption }, today);
    case 'adopt':
      return adopt(state, { date: p.date, note: p.note, adoption: p.adoption! }, today);
    case 'drop':
      return drop(state, { date: p.date, reason: p.reason }, today);
    case 'reopen':
      return reopen(state, { date: p.date, note: p.note }, today);
  }
}

/** The project's stage state from its events; a project whose events were lost keeps its stage and date. */
function stateOf(db: Db, record: ProjectRecord): StageState {
  return stateFromEvents(listEvents(db, record.id)) ?? { stage: record.stage, stageDate: record.stage_date, lastDate: record.stage_date, droppedFrom: null };
}

const problemFields: Record<string, string> = {
  'domain.stage.date_invalid': 'date',
  'domain.stage.date_future': 'date',
  'domain.stage.date_before_last': 'date',
  'domain.stage.reason_required': 'reason',
  'domain.stage.drop_reason_required': 'reason',
  'domain.stage.adoption_required': 'by',
  'domain.stage.adoption_kind_required': 'kind',
};

/** A stage rule's verdict; a refusal names the field at fault and shows stages in the user's language. */
function checked<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const params = withStageNames(result.problem.params as Record<string, string | number>);
  const field = problemFields[result.problem.key];
  throw new InvalidDataError(result.problem.key, field ? { ...params, field } : params);
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
  const state = stateOf(db, record);
  const next = state.stage === 'dropped' ? null : nextStage(state.stage);
  return { project: publicProject(record), name: record.name, program: record.program, state, next, bands: bandsFor(db, record.program) };
}
