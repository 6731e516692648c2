// The back half of `proper import projects`: each row is matched to a participant of the cohort by
// NIP, checked, and planned with the stage machine (src/domain/stages.ts) — a new project gets its
// `created` event and the events that bring it to the row's stage, skipped stages recorded as
// skipped; a known one moves forward or only has its fields updated. Every row is planned before
// anything is written; the plans are then written in one IMMEDIATE transaction. A project list has
// one row per participant of one cohort, so the plans are kept in memory.
import { parseAdoptionKind, splitAdopters } from '../domain/adoption.js';
import type { TextKind } from '../domain/text.js';
import { readText } from '../domain/text.js';
import { excelSerialDate, parsePastDate, todayIso } from '../domain/dates.js';
import { normaliseNip } from '../domain/nip.js';
import { parseScore, predicateFor, type Bands } from '../domain/predicate.js';
import { isBackward, mayHoldScore, moveTo, parseStage, scoredEventIndex, startProject, stateFromEvents, type PlannedAdoption, type PlannedEvent, type StageState, type Transition } from '../domain/stages.js';
import type { AdoptionKind, Problem, Result, Stage } from '../domain/types.js';
import { latestPresentationEvent, listEvents, setEventScore } from '../db/events.js';
import { applyTransition } from '../db/transitions.js';
import { lokusIdByName } from '../db/lokus.js';
import type { Db } from '../db/open.js';
import {
  findLokusRef,
  findProjectOfEnrolment,
  insertProject,
  lookupEnrolment,
  updateProjectFields,
  updateProjectScore,
  type ProjectFields,
} from '../db/projects.js';
import { mergeProblems } from './participant-check.js';
import type { Counts, RowError, ValidationOutcome } from './participants.js';
import { planEveryRecord, type PlanPassOptions } from './plan-pass.js';
import type { ImportSource } from './source.js';

export interface ProjectPlan {
  line: number;
  enrolmentId: number;
  /** The project to change; null for a new one. */
  projectId: number | null;
  fields: ProjectFields;
  fieldsChanged: boolean;
  /** The stage change the row asks for, stored by applyTransition (src/db/transitions.ts); no events when none. */
  transition: Transition;
  score: number | null;
  scoreChanged: boolean;
  predicate: string | null;
}

export interface ProjectOptions extends PlanPassOptions {
  cohortId: number;
  cohortCode: string;
  bands: Bands;
  today: Date;
  keep: number;
  /** The note of a backward or drop event an import has to write (the file's name). */
  note: string;
}

function clean(value: string | undefined): string | null {
  const text = value?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}

/** A lokus by code, id, or (case-insensitively) by name. */
function findLokusId(db: Db, ref: string): number | undefined {
  const byRef = findLokusRef(db, ref);
  if (byRef) return byRef.id;
  return lokusIdByName(db, ref);
}

// The text gate of src/domain/text.ts for every free-text cell, before the row is read.
const TEXT_FIELDS: [string, TextKind][] = [
  ['title', 'title'], ['innovation_name', 'name'], ['description', 'free'], ['coach', 'name'], ['mentor', 'name'],
  ['examiner', 'name'], ['note', 'free'], ['award', 'name'], ['adopted_by', 'free'],
];

type Values = Partial<Record<string, string>>;

/** Plans one row; problems are pushed to `problems` (every one the row has). */
function planRow(db: Db, line: number, values: Values, options: ProjectOptions, problems: RowError[], warnings: RowError[]): ProjectPlan | null {
  const problem = (field: string, p: Problem): void => {
    problems.push({ line, field, key: p.key, params: (p.params ?? {}) as Record<string, string | number> });
  };
  const take = <T>(field: string, result: Result<T>): T | null => {
    if (result.ok) return result.value;
    problem(field, result.problem);
    return null;
  };

  for (const [field, kind] of TEXT_FIELDS) {
    const value = values[field];
    if (value !== undefined) take(field, readText(value, kind));
  }

  const nip = normaliseNip(values.nip ?? '');
  let enrolmentId: number | null = null;
  if (nip === '') problem('nip', { key: 'import.row.required', params: { field: 'nip' } });
  else {
    enrolmentId = lookupEnrolment(db, nip, options.cohortId).enrolmentId;
    if (enrolmentId === null) problem('nip', { key: 'import.row.notInCohort', params: { nip, cohort: options.cohortCode } });
  }
  const title = clean(values.title);
  if (title === null) problem('title', { key: 'import.row.required', params: { field: 'title' } });

  const stageText = clean(values.stage);
  const stage: Stage | null = stageText === null ? 'idea' : take('stage', parseStage(stageText));
  const dateText = clean(values.stage_date);
  const serial = dateText === null ? undefined : excelSerialDate(dateText);
  if (serial !== undefined) warnings.push({ line, field: 'stage_date', key: 'import.warning.excelSerialDate', params: { value: dateText!, date: serial } });
  const date = dateText === null ? todayIso(options.today) : take('stage_date', parsePastDate(serial ?? dateText, options.today));

  const scoreText = clean(values.score);
  const score = scoreText === null ? null : take('score', parseScore(scoreText));
  if (score !== null && stage !== null && !mayHoldScore(stage)) {
    problem('score', { key: 'import.row.scoreOutOfPlace', params: { stage } });
  }

  const lokusText = clean(values.inspired_by_lokus);
  let lokusId: number | null = null;
  if (lokusText !== null) {
    lokusId = findLokusId(db, lokusText) ?? null;
    if (lokusId === null) problem('inspired_by_lokus', { key: 'import.row.lokusNotFound', params: { lokus: lokusText } });
  }

  const adopters = splitAdopters(values.adopted_by);
  const kindText = clean(values.adoption_kind);
  const kind: AdoptionKind | null = kindText === null ? null : take('adoption_kind', parseAdoptionKind(kindText));
  const award = clean(values.award);
  const hasAdoption = adopters.length > 0 || kindText !== null || award !== null;
  if (hasAdoption && stage !== null && stage !== 'adoption') {
    problem(adopters.length > 0 ? 'adopted_by' : kindText !== null ? 'adoption_kind' : 'award', { key: 'import.row.adoptionOutOfPlace', params: { stage } });
  }
  if (problems.length > 0 || enrolmentId === null || title === null || stage === null || date === null) return null;

  const existing = findProjectOfEnrolment(db, enrolmentId);
  const given = (text: string | undefined, current: string | null | undefined): string | null => clean(text) ?? current ?? null;
  const fields: ProjectFields = {
    title,
    innovation_name: given(values.innovation_name, existing?.innovation_name),
    description: given(values.description, existing?.description),
    coach: given(values.coach, existing?.coach),
    mentor: given(values.mentor, existing?.mentor),
    examiner: given(values.examiner, existing?.examiner),
    inspired_by_lokus_id: lokusId ?? existing?.inspired_by_lokus_id ?? null,
  };
  const adoption = stage === 'adoption' ? { adopters, kind, award } : null;

  let state: StageState;
  const events: PlannedEvent[] = [];
  let plannedAdoption: PlannedAdoption | null = null;
  if (!existing) {
    const start = startProject({ date }, options.today);
    if (!start.ok) return problem('stage_date', start.problem), null;
    state = start.value.state;
    events.push(...start.value.events);
  } else {
    state = stateFromEvents(listEvents(db, existing.id)) ?? { stage: existing.stage, stageDate: existing.stage_date, lastDate: existing.stage_date, droppedFrom: null };
  }
  if (stage !== state.stage) {
    if (isBackward(state.stage, stage)) {
      problem('stage', { key: 'import.row.stageBack', params: { current: state.stage, stage } });
      return null;
    }
    const moved = moveTo(state, stage, { date, adoption, reason: clean(values.note) ?? options.note, note: clean(values.note) }, options.today);
    if (!moved.ok) {
      const key = moved.problem.key;
      const field = key.includes('adoption_kind') ? 'adoption_kind' : key.includes('adoption') ? 'adopted_by' : key.includes('date') ? 'stage_date' : 'stage';
      problem(field, moved.problem);
      return null;
    }
    events.push(...moved.value.events);
    plannedAdoption = moved.value.adoption;
    state = moved.value.state;
  }
  const predicate = score !== null ? predicateFor(score, options.bands) : null;
  const fieldsChanged =
    existing !== undefined &&
    (existing.title !== fields.title || existing.innovation_name !== fields.innovation_name || existing.description !== fields.description ||
      existing.coach !== fields.coach || existing.mentor !== fields.mentor || existing.examiner !== fields.examiner ||
      existing.inspired_by_lokus_id !== fields.inspired_by_lokus_id);
  return {
    line,
    enrolmentId,
    projectId: existing?.id ?? null,
    fields,
    fieldsChanged,
    transition: { state, events, adoption: plannedAdoption },
    score,
    scoreChanged: score !== null && existing?.score !== score,
    predicate,
  };
}

/**
 * Pass 1: reads and plans every row; the plans of valid rows are returned. Throws InterruptedError
 * (exit 130) once `options.signal` is aborted (Ctrl-C), between batches.
 */
export async function validateProjects(db: Db, source: ImportSource, options: ProjectOptions): Promise<{ outcome: ValidationOutcome; plans: ProjectPlan[] }> {
  const firstLine = new Map<string, number>();
  return planEveryRecord(source, options, (record, problems, warnings) => {
    const nip = normaliseNip(record.values.nip ?? '');
    const first = nip === '' ? undefined : firstLine.get(nip);
    if (first !== undefined) {
      problems.push({ line: record.line, field: 'nip', key: 'import.row.duplicateNip', params: { nip, first } });
      return null;
    }
    if (nip !== '') firstLine.set(nip, record.line);
    if (record.unreadable) {
      problems.push(...(record.problems ?? []));
      return null;
    }
    const plan = planRow(db, record.line, record.values, options, problems, warnings);
    if (record.problems) problems.splice(0, problems.length, ...mergeProblems(record.problems, problems));
    return plan;
  });
}

export function countProjectChanges(plans: readonly ProjectPlan[]): Counts {
  let added = 0;
  let updated = 0;
  for (const plan of plans) {
    if (plan.projectId === null) added++;
    else if (plan.fieldsChanged || plan.transition.events.length > 0 || plan.scoreChanged) updated++;
  }
  return { added, updated, unchanged: plans.length - added - updated };
}

/** Pass 2's writes; call inside the import's IMMEDIATE transaction. */
export function writeProjects(db: Db, plans: readonly ProjectPlan[]): void {
  for (const plan of plans) {
    const { transition } = plan;
    let id = plan.projectId;
    if (id === null) id = insertProject(db, plan.enrolmentId, plan.fields, transition.state.stage, transition.state.stageDate);
    else if (plan.fieldsChanged) updateProjectFields(db, id, plan.fields);
    const scored = plan.score !== null && plan.predicate !== null ? { score: plan.score, predicate: plan.predicate } : null;
    const reachesPresentation = scoredEventIndex(transition.events) >= 0;
    // A score rides on the event that reaches presentation; a new score for a project already past
    // it goes on the latest presentation event.
    applyTransition(db, id, transition, reachesPresentation ? scored : null);
    if (plan.scoreChanged && scored && !reachesPresentation) {
      updateProjectScore(db, id, scored.score, scored.predicate);
      const presented = latestPresentationEvent(db, id);
      if (presented) setEventScore(db, presented.id, scored.score, scored.predicate);
    }
  }
}
