// The life of a change project (SPEC §7) as pure functions: each command takes the project's
// current StageState and returns, when allowed, a Transition that a use case persists as it is.
//
//   startProject(options, today)                       created            (none → idea)
//   advance(state, options, today)                     advanced           one stage forward;
//                                                      adopted            from presentation (needs options.adoption)
//   moveTo(state, target, options, today)              skipped… advanced  forward, one `skipped` per stage jumped over
//                                                      moved_back         backward, options.reason required
//   adopt(state, options, today)                       adopted            presentation → adoption, or another
//                                                                         adoption record on an adopted project
//   drop(state, options, today)                        dropped            from any stage but dropped; reason required
//   reopen(state, options, today)                      reopened           dropped → the stage it was dropped from
//                                                                         (moveTo on a dropped project reopens it)
//
// Persisting a Transition: insert `events` in order (all carry the same date), insert `adoption`
// when it is not null (its `adopters` into adoption_adopters), and set the project's stage and
// stage_date from `state`. Every event date is checked: a real day, not before state.lastDate (the
// latest event so far) and not after today. A score recorded at the presentation is the use case's
// to attach to the event that reaches `presentation` (its predicate needs the bands from settings).
// `stateFromEvents` rebuilds the StageState from a project's stored events.
import { parseAdopters } from './adoption.js';
import { aliasTable, lookupAlias } from './aliases.js';
import { isIsoDate, todayIso } from './dates.js';
import { fail, ok } from './result.js';
import type { AdoptionKind, EventKind, ForwardStage, IsoDate, Result, Stage } from './types.js';
import { ALL_STAGES, STAGES } from './types.js';

export interface StageState {
  stage: Stage;
  /** When the project reached its current stage (the project's stage_date). */
  stageDate: IsoDate;
  /** The date of its latest event: no later event may be dated before it. */
  lastDate: IsoDate;
  /** For a dropped project, the stage it was dropped from, where `reopen` returns it. */
  droppedFrom: ForwardStage | null;
}

/** An event to insert into project_events (id, project_id and recorded_at are the database's). */
export interface PlannedEvent {
  kind: EventKind;
  from_stage: Stage | null;
  to_stage: Stage;
  date: IsoDate;
  note: string | null;
}

/** An adoption record to insert into adoptions and adoption_adopters. */
export interface PlannedAdoption {
  kind: AdoptionKind;
  adopters: string[];
  award: string | null;
  date: IsoDate;
}

export interface Transition {
  /** The project's state afterwards. */
  state: StageState;
  events: PlannedEvent[];
  adoption: PlannedAdoption | null;
}

/** Who adopted the project and how; required to reach adoption and for each further record. */
export interface AdoptionInput {
  adopters: readonly string[];
  kind: AdoptionKind | null | undefined;
  award?: string | null;
}

export interface ChangeOptions {
  /** The event's date; today when omitted. */
  date?: IsoDate | null;
  note?: string | null;
}

export interface AdvanceOptions extends ChangeOptions {
  adoption?: AdoptionInput | null;
}

export interface MoveOptions extends AdvanceOptions {
  /** Required to move back or to drop; stored as the event's note. */
  reason?: string | null;
}

export interface DropOptions {
  date?: IsoDate | null;
  reason: string | null | undefined;
}

export interface AdoptOptions extends ChangeOptions {
  adoption: AdoptionInput;
}

/** The words each stage is known by besides its English name; the first is its Indonesian name. */
export const STAGE_ALIASES: Readonly<Record<Stage, readonly string[]>> = {
  idea: ['ide', 'gagasan', 'area perubahan'],
  design: ['rancangan', 'desain', 'perancangan', 'rancangan proyek', 'seminar rancangan'],
  implementation: ['implementasi', 'pelaksanaan', 'laboratorium kepemimpinan', 'lab kepemimpinan'],
  presentation: ['presentasi', 'seminar', 'seminar laporan', 'seminar akhir', 'seminar laporan akhir', 'laporan akhir', 'paparan'],
  adoption: ['adopsi', 'keberlanjutan', 'diadopsi', 'adopted'],
  dropped: ['batal', 'berhenti', 'dibatalkan', 'drop'],
};

const STAGE_WORDS = aliasTable<Stage>(STAGE_ALIASES);

/** Reads a stage in English or Indonesian: ide, rancangan, implementasi, presentasi/seminar, adopsi, batal. */
export function parseStage(input: string): Result<Stage> {
  const stage = lookupAlias(STAGE_WORDS, input) ?? lookupAlias(STAGE_WORDS, guidelineStage(input));
  if (stage === undefined) return fail('domain.stage.unknown', { value: input.trim(), known: ALL_STAGES.join(', ') });
  return ok(stage);
}

/**
 * A stage as the training guidelines write it, reduced to its alias: a trailing "aksi perubahan" /
 * "proyek perubahan" / "proper" is dropped ("Seminar Rancangan Aksi Perubahan" → "seminar
 * rancangan"), and any "Seminar Laporan …" is the final seminar (LAN's PKP/PKA guidelines).
 */
function guidelineStage(input: string): string {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const bare = text.replace(/\s+(?:(?:aksi|proyek) perubahan|proper)$/, '');
  return bare.startsWith('seminar laporan') ? 'seminar laporan' : bare;
}

/** Position in the forward order (idea 0 … adoption 4); dropped has none. */
export function stageIndex(stage: ForwardStage): number {
  return STAGES.indexOf(stage);
}

/**
 * True when going from `from` to `to` is a step back along idea → … → adoption (SPEC §7): such a
 * move needs a reason. Dropping, and leaving the dropped state, are not moves back.
 */
export function isBackward(from: Stage, to: Stage): boolean {
  if (from === 'dropped' || to === 'dropped') return false;
  return stageIndex(to) < stageIndex(from);
}

/** A presentation score belongs to a project that has been presented: at presentation or adoption (SPEC §7). */
export function mayHoldScore(stage: Stage): boolean {
  return stage === 'presentation' || stage === 'adoption';
}

/** The event of a transition that carries the presentation score: the last reaching presentation, or -1. */
export function scoredEventIndex(events: readonly Pick<PlannedEvent, 'to_stage'>[]): number {
  return events.findLastIndex((event) => event.to_stage === 'presentation');
}

/** The stage after this one, or null after adoption. */
export function nextStage(stage: ForwardStage): ForwardStage | null {
  return STAGES[stageIndex(stage) + 1] ?? null;
}

function checkDate(date: IsoDate | null | undefined, lastDate: IsoDate | null, today: Date): Result<IsoDate> {
  const today_ = todayIso(today);
  const when = date ?? today_;
  if (!isIsoDate(when)) return fail('domain.stage.date_invalid', { date: when });
  if (when > today_) return fail('domain.stage.date_future', { date: when, today: today_ });
  if (lastDate !== null && when < lastDate) return fail('domain.stage.date_before_last', { date: when, last: lastDate });
  return ok(when);
}

function cleanText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function checkAdoption(input: AdoptionInput | null | undefined, date: IsoDate): Result<PlannedAdoption> {
  if (!input) return fail('domain.stage.adoption_required');
  const adopters = parseAdopters(input.adopters);
  if (!adopters.ok) return fail('domain.stage.adoption_required');
  if (!input.kind) return fail('domain.stage.adoption_kind_required');
  return ok({ kind: input.kind, adopters: adopters.value, award: cleanText(input.award), date });
}

function reached(stage: Stage, date: IsoDate, droppedFrom: ForwardStage | null = null): StageState {
  return { stage, stageDate: date, lastDate: date, droppedFrom };
}

/** The first event of a new project: created, at the idea stage. */
export function startProject(options: ChangeOptions, today: Date): Result<Transition> {
  const date = checkDate(options.date, null, today);
  if (!date.ok) return date;
  return ok({
    state: reached('idea', date.value),
    events: [{ kind: 'created', from_stage: null, to_stage: 'idea', date: date.value, note: cleanText(options.note) }],
    adoption: null,
  });
}

/** One stage forward. From presentation this is adoption, which needs options.adoption. */
export function advance(state: StageState, options: AdvanceOptions, today: Date): Result<Transition> {
  if (state.stage === 'dropped') return fail('domain.stage.advance_dropped');
  if (state.stage === 'adoption') return fail('domain.stage.advance_from_adoption');
  return moveForward(state, nextStage(state.stage)!, options, today);
}

function moveForward(state: StageState, target: ForwardStage, options: AdvanceOptions, today: Date): Result<Transition> {
  const current = state.stage as ForwardStage;
  const date = checkDate(options.date, state.lastDate, today);
  if (!date.ok) return date;
  let adoption: PlannedAdoption | null = null;
  if (target === 'adoption') {
    const checked = checkAdoption(options.adoption, date.value);
    if (!checked.ok) return checked;
    adoption = checked.value;
  }
  const events: PlannedEvent[] = [];
  let from: ForwardStage = current;
  for (let i = stageIndex(current) + 1; i < stageIndex(target); i++) {
    const skipped = STAGES[i]!;
    events.push({ kind: 'skipped', from_stage: from, to_stage: skipped, date: date.value, note: null });
    from = skipped;
  }
  const kind: EventKind = target === 'adoption' ? 'adopted' : 'advanced';
  events.push({ kind, from_stage: from, to_stage: target, date: date.value, note: cleanText(options.note) });
  return ok({ state: reached(target, date.value), events, adoption });
}

/**
 * To any stage: forward (skipped stages recorded as skipped), backward (options.reason required),
 * to dropped (the same as drop), or, for a dropped project, back to where it was (the same as reopen).
 */
export function moveTo(state: StageState, target: Stage, options: MoveOptions, today: Date): Result<Transition> {
  if (target === 'dropped') return drop(state, { date: options.date, reason: options.reason }, today);
  if (state.stage === 'dropped') return reopen(state, { date: options.date, note: options.note ?? options.reason, to: target }, today);
  if (target === state.stage) return fail('domain.stage.same_stage', { stage: target });
  if (!isBackward(state.stage, target)) return moveForward(state, target, options, today);

  const reason = cleanText(options.reason);
  if (reason === null) return fail('domain.stage.reason_required', { from: state.stage, to: target });
  const date = checkDate(options.date, state.lastDate, today);
  if (!date.ok) return date;
  return ok({
    state: reached(target, date.value),
    events: [{ kind: 'moved_back', from_stage: state.stage, to_stage: target, date: date.value, note: reason }],
    adoption: null,
  });
}

/** Records an adoption: presentation → adoption, or another record on an adopted project. */
export function adopt(state: StageState, options: AdoptOptions, today: Date): Result<Transition> {
  if (state.stage === 'presentation') return moveForward(state, 'adoption', options, today);
  if (state.stage !== 'adoption') return fail('domain.stage.adopt_before_presentation', { stage: state.stage });
  const date = checkDate(options.date, state.lastDate, today);
  if (!date.ok) return date;
  const adoption = checkAdoption(options.adoption, date.value);
  if (!adoption.ok) return adoption;
  return ok({
    state: { ...state, lastDate: date.value },
    events: [{ kind: 'adopted', from_stage: 'adoption', to_stage: 'adoption', date: date.value, note: cleanText(options.note) }],
    adoption: adoption.value,
  });
}

/** Stops a project at any stage, with a reason; reopen returns it to where it was. */
export function drop(state: StageState, options: DropOptions, today: Date): Result<Transition> {
  if (state.stage === 'dropped') return fail('domain.stage.already_dropped');
  const reason = cleanText(options.reason);
  if (reason === null) return fail('domain.stage.drop_reason_required');
  const date = checkDate(options.date, state.lastDate, today);
  if (!date.ok) return date;
  return ok({
    state: reached('dropped', date.value, state.stage),
    events: [{ kind: 'dropped', from_stage: state.stage, to_stage: 'dropped', date: date.value, note: reason }],
    adoption: null,
  });
}

export interface ReopenOptions extends ChangeOptions {
  /** Must be the stage it was dropped from, when that is known; names the stage when it is not. */
  to?: ForwardStage | null;
}

/**
 * Takes a dropped project back to the stage it was dropped from (a different stage is then a move
 * of its own, with its own rules). Only when that stage is unknown (events lost) may `to` choose one.
 */
export function reopen(state: StageState, options: ReopenOptions, today: Date): Result<Transition> {
  if (state.stage !== 'dropped') return fail('domain.stage.reopen_not_dropped', { stage: state.stage });
  const target = state.droppedFrom ?? options.to ?? null;
  if (target === null) return fail('domain.stage.reopen_unknown');
  if (options.to && options.to !== target) return fail('domain.stage.reopen_other_stage', { stage: target, target: options.to });
  const date = checkDate(options.date, state.lastDate, today);
  if (!date.ok) return date;
  return ok({
    state: reached(target, date.value),
    events: [{ kind: 'reopened', from_stage: 'dropped', to_stage: target, date: date.value, note: cleanText(options.note) }],
    adoption: null,
  });
}

/** Rebuilds the state from a project's events in the order they were recorded; null when there are none. */
export function stateFromEvents(events: readonly Pick<PlannedEvent, 'kind' | 'from_stage' | 'to_stage' | 'date'>[]): StageState | null {
  let state: StageState | null = null as StageState | null;
  for (const event of events) {
    const previous: StageState | null = state;
    const lastDate: IsoDate = previous !== null && previous.lastDate > event.date ? previous.lastDate : event.date;
    // A further adoption record keeps the stage and the date it was reached.
    if (previous !== null && previous.stage === 'adoption' && event.to_stage === 'adoption' && event.kind === 'adopted') {
      state = { stage: 'adoption', stageDate: previous.stageDate, lastDate, droppedFrom: null };
      continue;
    }
    const droppedFrom: ForwardStage | null =
      event.kind === 'dropped' && event.from_stage !== null && event.from_stage !== 'dropped' ? event.from_stage : null;
    state = { stage: event.to_stage, stageDate: event.date, lastDate, droppedFrom };
  }
  return state;
}
