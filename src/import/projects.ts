// The back half of `proper import projects`: each row is matched to a participant of the cohort by
// NIP, checked, and planned with the stage machine (src/domain/stages.ts) — a new project gets its
// `created` event and the events that bring it to the row's stage, skipped stages recorded as
// skipped; a known one moves forward or only has its fields updated. Every row is planned before
// anything is written; the plans are then written in one IMMEDIATE transaction. A project list has
// one row per participant of one cohort, so the plans are kept in memory.
import { parseAdoptionKind, splitAdopters } from '../domain/adoption.js';
import type { TextKind } from '../domain/text.js';
import { readText } from '../domain/text.js';
import { parsePastDate, todayIso } from '../domain/dates.js';
import { normaliseNip } from '../domain/nip.js';
import { parseScore, predicateFor, type Bands } from '../domain/predicate.js';
import { isBackward, mayHoldScore, moveTo, parseStage, startProject, stateFromEvents, type PlannedAdoption, type PlannedEvent, type StageState } from '../domain/stages.js';
import type { AdoptionKind, Problem, Result, Stage } from '../domain/types.js';
import { insertAdoption } from '../db/adoptions.js';
import { insertEvent, latestPresentationEvent, listEvents, setEventScore } from '../db/events.js';
import type { Db } from '../db/open.js';
import {
  findLokusRef,
  findProjectOfEnrolment,
  insertProject,
  lookupEnrolment,
  updateProjectFields,
  updateProjectScore,
  updateProjectStage,
  type ProjectFields,
} from '../db/projects.js';
import type { Counts, RowError, ValidationOutcome } from './participants.js';
import type { RejectedWriter } from './rejected.js';
import type { ImportSource } from './source.js';

export interface ProjectPlan {
  line: number;
  enrolmentId: number;
  /** The project to change; null for a new one. */
  projectId: number | null;
  fields: ProjectFields;
  fieldsChanged: boolean;
  events: PlannedEvent[];
  adoption: PlannedAdoption | null;
  stage: Stage;
  stageDate: string;
  score: number | null;
  scoreChanged: boolean;
  predicate: string | null;
}

export interface ProjectOptions {
  cohortId: number;
  cohortCode: string;
  bands: Bands;
  today: Date;
  keep: number;
  /** The note of a backward or drop event an import has to write (the file's name). */
  note: string;
  rejected?: RejectedWriter | undefined;
  describe: (error: RowError) => string;
}

function clean(value: string | undefined): string | null {
  const text = value?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}

/** A lokus by code, id, or (case-insensitively) by name. */
function findLokusId(db: Db, ref: string): number | undefined {
  const byRef = findLokusRef(db, ref);
  if (byRef) return byRef.id;
  const byName = db.prepare('SELECT id FROM lokus WHERE lower(name) = lower(?) ORDER BY id LIMIT 1').get(ref) as { id: number } | undefined;
  return byName?.id;
}

// The text gate of src/domain/text.ts for every free-text cell, before the row is read.
const TEXT_FIELDS: [string, TextKind][] = [
  ['title', 'title'], ['innovation_name', 'name'], ['description', 'free'], ['coach', 'name'], ['mentor', 'name'],
  ['examiner', 'name'], ['note', 'free'], ['award', 'name'], ['adopted_by', 'free'],
];

type Values = Partial<Record<string, string>>;

/** Plans one row; problems are pushed to `problems` (every one the row has). */
function planRow(db: Db, line: number, values: Values, options: ProjectOptions, problems: RowError[]): ProjectPlan | null {
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
  const date = dateText === null ? todayIso(options.today) : take('stage_date', parsePastDate(dateText, options.today));

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
    events,
    adoption: plannedAdoption,
    stage: state.stage,
    stageDate: state.stageDate,
    score,
    scoreChanged: score !== null && existing?.score !== score,
    predicate,
  };
}

/** Pass 1: reads and plans every row; the plans of valid rows are returned. */
export async function validateProjects(db: Db, source: ImportSource, options: ProjectOptions): Promise<{ outcome: ValidationOutcome; plans: ProjectPlan[] }> {
  const outcome: ValidationOutcome = { rows: 0, valid: 0, rejected: 0, errors: [], errorCount: 0 };
  const plans: ProjectPlan[] = [];
  const firstLine = new Map<string, number>();
  for await (const batch of source.records) {
    for (const record of batch) {
      outcome.rows++;
      const problems: RowError[] = [];
      const nip = normaliseNip(record.values.nip ?? '');
      const first = nip === '' ? undefined : firstLine.get(nip);
      let plan: ProjectPlan | null = null;
      if (first !== undefined) problems.push({ line: record.line, field: 'nip', key: 'import.row.duplicateNip', params: { nip, first } });
      else {
        if (nip !== '') firstLine.set(nip, record.line);
        plan = planRow(db, record.line, record.values, options, problems);
      }
      if (plan && problems.length === 0) {
        plans.push(plan);
        outcome.valid++;
        continue;
      }
      outcome.rejected++;
      outcome.errorCount += problems.length;
      for (const p of problems) if (outcome.errors.length < options.keep) outcome.errors.push(p);
      options.rejected?.write(record.raw, problems.map((p) => `${p.field}: ${options.describe(p)}`).join('; '));
    }
  }
  return { outcome, plans };
}

export function countProjectChanges(plans: readonly ProjectPlan[]): Counts {
  let added = 0;
  let updated = 0;
  for (const plan of plans) {
    if (plan.projectId === null) added++;
    else if (plan.fieldsChanged || plan.events.length > 0 || plan.scoreChanged) updated++;
  }
  return { added, updated, unchanged: plans.length - added - updated };
}

/** Pass 2's writes; call inside the import's IMMEDIATE transaction. */
export function writeProjects(db: Db, plans: readonly ProjectPlan[]): void {
  for (const plan of plans) {
    let id = plan.projectId;
    if (id === null) id = insertProject(db, plan.enrolmentId, plan.fields, plan.stage, plan.stageDate);
    else if (plan.fieldsChanged) updateProjectFields(db, id, plan.fields);
    const scored = plan.score !== null ? plan.events.findLastIndex((e) => e.to_stage === 'presentation') : -1;
    plan.events.forEach((event, i) => {
      const withScore = i === scored;
      insertEvent(db, id, { ...event, score: withScore ? plan.score : null, predicate: withScore ? plan.predicate : null });
    });
    if (plan.adoption) insertAdoption(db, id, plan.adoption);
    if (plan.events.length > 0) updateProjectStage(db, id, plan.stage, plan.stageDate);
    if (plan.scoreChanged && plan.score !== null && plan.predicate !== null) {
      updateProjectScore(db, id, plan.score, plan.predicate);
      if (scored < 0) {
        const presented = latestPresentationEvent(db, id);
        if (presented) setEventScore(db, presented.id, plan.score, plan.predicate);
      }
    }
  }
}
