import { parsePastDate, todayIso } from '../../domain/dates.js';
import type { Bands } from '../../domain/predicate.js';
import { parseScore, predicateFor, PREDICATES } from '../../domain/predicate.js';
import { PROGRAM_INFO } from '../../domain/program.js';
import { parseStage } from '../../domain/stages.js';
import type { ForwardStage, Stage } from '../../domain/types.js';
import { ADOPTION_KINDS, STAGES } from '../../domain/types.js';
import { NotFoundError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { listCohortsFiltered } from '../../usecases/cohorts.js';
import { listLokusFiltered } from '../../usecases/lokus.js';
import type { ProjectRef, StageChange, StageOutlook } from '../../usecases/projects.js';
import {
  addProject,
  adoptProject,
  advanceProject,
  dropProject,
  editProject,
  enrolmentsWithoutProject,
  listProjectsFiltered,
  moveProject,
  projectHistory,
  publicProject,
  reopenProject,
  showProject,
  stageOutlook,
} from '../../usecases/projects.js';
import type { Invocation } from '../invocation.js';
import type { Output } from '../output.js';
import type { Session } from '../session.js';
import { required, withSession } from '../session.js';
import { cohortChoice } from '../views/cohort.js';
import { formatHumanDate } from '../views/dates.js';
import { lokusChoice } from '../views/lokus.js';
import { printMilestoneTable } from '../views/milestone.js';
import { displayId } from '../views/participant.js';
import { kindLabel, printAdoptionTable, printEventTable, printProjectTable, projectPairs, scoreText, stageCell, stageLabel } from '../views/project.js';
import type { Prompts, Wizard } from '../wizard.js';
import { createWizard, nonEmpty, printEquivalent, problemText, validator } from '../wizard.js';

interface ProjectOptions {
  nip?: string;
  cohort?: string;
  title?: string;
  innovationName?: string;
  description?: string;
  coach?: string;
  mentor?: string;
  examiner?: string;
  inspiredByLokus?: string;
  date?: string;
  note?: string;
  score?: string;
  by?: string[];
  kind?: string;
  award?: string;
  to?: string;
  reason?: string;
  stage?: string;
  agency?: string;
  lokus?: string;
  year?: string;
  program?: string;
}

function refOf(invocation: Invocation<ProjectOptions>): ProjectRef {
  const [target] = invocation.args as [string];
  return { target, cohort: invocation.opts.cohort };
}

export async function add(invocation: Invocation<ProjectOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  const given = invocation.opts;
  wizard.check([[given.cohort, '--cohort'], [given.nip, '--nip'], [given.title, '--title']]);
  await withSession(invocation, async (session) => {
    const opts = await askProjectFields(wizard, given, session);
    const { db, out, today } = session;
    const project = addProject(db, opts, today);
    if (out.json) return out.data(project);
    out.record(projectPairs(out, project));
    out.success(t('cli.project.added', { id: project.id, nip: project.nip, cohort: project.cohort, stage: stageCell(out, project.stage), date: project.stage_date }));
    out.hint(t('cli.next', { command: `proper project advance ${project.id}` }));
  }, { mode: 'write' });
}

/** The cohort, the participant (searched by name or NIP among those without a project), the title … */
async function askProjectFields(wizard: Wizard, given: ProjectOptions, { db }: Session): Promise<ProjectOptions> {
  const cohort = await wizard.need(given.cohort, '--cohort', async (p) => {
    const cohorts = listCohortsFiltered(db, {});
    if (cohorts.length === 0) throw new NotFoundError('cli.ask.noCohorts');
    return p.selectPrompt(t('cli.project.ask.cohort'), cohorts.map(cohortChoice));
  });
  const nip = await wizard.need(given.nip, '--nip', async (p) => {
    const free = enrolmentsWithoutProject(db, cohort);
    if (free.length === 0) throw new NotFoundError('cli.project.ask.noneFree', { cohort });
    const choices = free.map((e) => ({ value: e.nip, name: `${e.name} · ${displayId(e)}${e.group ? ` · ${t('participant.field.group')} ${e.group}` : ''}` }));
    return p.searchPrompt(t('cli.project.ask.participant'), choices);
  });
  const title = await wizard.need(given.title, '--title', (p) => p.textPrompt(t('cli.project.ask.title'), nonEmpty));
  const opts: ProjectOptions = { ...given, cohort, nip, title };
  if (!wizard.asked) return opts;
  opts.innovationName = await wizard.maybe(given.innovationName, (p) => p.textPrompt(t('cli.project.ask.innovationName')));
  const lokus = listLokusFiltered(db, {});
  if (lokus.length > 0) {
    opts.inspiredByLokus = await wizard.maybe(given.inspiredByLokus, (p) =>
      p.selectPrompt(t('cli.project.ask.lokus'), [{ value: '', name: t('cli.project.ask.noLokus') }, ...lokus.map(lokusChoice)]),
    );
  }
  printEquivalent(
    wizard,
    wizard.commandLine(['project', 'add'], [], {
      '--cohort': cohort, '--nip': nip, '--title': title, '--innovation-name': opts.innovationName, '--description': opts.description,
      '--coach': opts.coach, '--mentor': opts.mentor, '--examiner': opts.examiner, '--inspired-by-lokus': opts.inspiredByLokus,
      '--date': opts.date, '--note': opts.note,
    }),
  );
  return opts;
}

export async function list(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const projects = listProjectsFiltered(db, invocation.opts);
    if (out.json) return out.data(projects.map(publicProject));
    if (projects.length === 0) return out.hint(t('cli.project.none'));
    printProjectTable(out, projects);
  }, { mode: 'read' });
}

export async function show(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const detail = showProject(db, refOf(invocation));
    if (out.json) return out.data({ ...detail.project, events: detail.events, adoptions: detail.adoptions, milestones: detail.milestones });
    out.record(projectPairs(out, detail.project, detail.name));
    out.line();
    out.line(t('cli.project.heading.events'));
    printEventTable(out, detail.events);
    if (detail.adoptions.length > 0) {
      out.line();
      out.line(t('cli.project.heading.adoptions'));
      printAdoptionTable(out, detail.adoptions);
    }
    if (detail.milestones.length > 0) {
      out.line();
      out.line(t('cli.project.heading.milestones'));
      printMilestoneTable(out, detail.milestones);
    }
  }, { mode: 'read' });
}

export async function edit(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const project = editProject(db, refOf(invocation), invocation.opts);
    if (out.json) return out.data(project);
    out.record(projectPairs(out, project));
    out.success(t('cli.project.edited', { id: project.id }));
    out.hint(t('cli.next', { command: `proper project show ${project.id}` }));
  }, { mode: 'write' });
}

export async function advance(invocation: Invocation<ProjectOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  const given = invocation.opts;
  wizard.check([[invocation.args[0], 'PROJECT']]);
  // With nothing but the project named, a terminal guides through the change; otherwise only
  // what is missing and required (who adopted it, and how) is asked.
  const guided = wizard.interactive && [given.date, given.note, given.score, given.by, given.kind, given.award].every((v) => v === undefined);
  await withSession(invocation, async (session) => {
    const target = await wizard.need(invocation.args[0] as string | undefined, 'PROJECT', (p) => pickProject(p, session));
    const ref = { target, cohort: given.cohort };
    const outlook = stageOutlook(session.db, ref);
    const opts = guided ? await askAdvance(wizard, session, outlook, given) : { ...given };
    if (!guided && outlook.next === 'adoption') Object.assign(opts, await askAdoption(wizard, opts));
    printEquivalent(wizard, wizard.commandLine(['project', 'advance'], [String(outlook.project.id)], changeFlags(opts)));
    reportChange(session.out, advanceProject(session.db, { target: String(outlook.project.id) }, opts, session.today));
  }, { mode: 'write' });
}

/** Pick a project still under way, by typing part of a name, NIP, title or id. */
async function pickProject(p: Prompts, { db }: Session): Promise<string> {
  const open = listProjectsFiltered(db, {}).filter((pr) => pr.stage !== 'adoption' && pr.stage !== 'dropped');
  if (open.length === 0) throw new NotFoundError('cli.project.ask.noneOpen');
  return p.searchPrompt(
    t('cli.project.ask.project'),
    open.map((pr) => ({ value: String(pr.id), name: `${pr.id} · ${pr.name} · ${pr.nip} · ${pr.title} · ${stageLabel(pr.stage)}` })),
  );
}

/** Shows where the project stands and what comes next, then asks the date, note, score or adoption. */
async function askAdvance(wizard: Wizard, { out, today }: Session, outlook: StageOutlook, given: ProjectOptions): Promise<ProjectOptions> {
  const { project, state, next } = outlook;
  // A project that cannot advance is refused by the use case, in its words.
  if (next === null) return { ...given };
  wizard.say(
    `${t('cli.project.ask.outlook', {
      id: project.id,
      name: outlook.name,
      stage: stageCell(out, state.stage),
      since: formatHumanDate(state.stageDate),
      next: stageCell(out, next),
    })}`,
  );
  const opts: ProjectOptions = { ...given };
  const todayText = todayIso(today);
  opts.date = await wizard.need(undefined, '--date', (p) => p.textPrompt(t('cli.project.ask.date'), (v) => checkEventDate(v, state.lastDate, today), todayText));
  if (opts.date === todayText) opts.date = undefined;
  opts.note = await wizard.maybe(undefined, (p) => p.textPrompt(t('cli.project.ask.note')));
  if (next === 'presentation') opts.score = await askScore(wizard, outlook);
  if (next === 'adoption') Object.assign(opts, await askAdoption(wizard, opts, true));
  return opts;
}

/** The event date as typed: a real day, not in the future, not before the project's last event. */
function checkEventDate(value: string, lastDate: string, today: Date): true | string {
  const parsed = parsePastDate(value, today);
  if (!parsed.ok) return problemText(parsed.problem);
  if (parsed.value < lastDate) return t('domain.stage.date_before_last', { date: parsed.value, last: lastDate });
  return true;
}

/** The presentation score, optional; its predicate under the program's bands is shown to confirm. */
async function askScore(wizard: Wizard, { program, bands }: StageOutlook): Promise<string | undefined> {
  for (;;) {
    const score = await wizard.maybe(undefined, (p) => p.textPrompt(t('cli.project.ask.score'), validator(parseScore, true)));
    if (score === undefined) return undefined;
    const value = parseScore(score);
    if (!value.ok) return score;
    wizard.say(t('cli.project.ask.bands', { program: PROGRAM_INFO[program].short, bands: bandsText(bands) }));
    const { confirmPrompt } = await wizard.prompts();
    const predicate = predicateFor(value.value, bands);
    if (await confirmPrompt(t('cli.project.ask.scoreOk', { score: scoreText(value.value, null), predicate }), true)) return score;
  }
}

/** "Sangat Memuaskan > 90 · Memuaskan > 80 · … · Tidak Memuaskan ≤ 60" */
function bandsText(bands: Bands): string {
  const above = bands.map((bound, i) => `${PREDICATES[i]} > ${bound}`);
  return [...above, `${PREDICATES[4]} ≤ ${bands[3]}`].join(' · ');
}

/** Who adopted the project (one or more, comma-separated) and how; an award when guided. */
async function askAdoption(wizard: Wizard, given: ProjectOptions, guided = false): Promise<ProjectOptions> {
  let by = given.by;
  if (!by?.length) {
    const answer = await wizard.need(undefined, '--by', (p) => p.textPrompt(t('cli.project.ask.by'), nonEmpty));
    by = answer.split(',').map((a) => a.trim()).filter((a) => a !== '');
  }
  const kind = await wizard.need(given.kind, '--kind', (p) =>
    p.selectPrompt(
      t('cli.project.ask.kind'),
      ADOPTION_KINDS.map((k) => ({ value: k, name: kindLabel(k)!, description: t(`cli.project.kindHelp.${k}`) })),
    ),
  );
  const award = guided ? await wizard.maybe(given.award, (p) => p.textPrompt(t('cli.project.ask.award'))) : given.award;
  return { by, kind, award };
}

/** The options of a stage change, as the one-line command gives them. */
function changeFlags(opts: ProjectOptions): Record<string, string | string[] | undefined> {
  return { '--cohort': undefined, '--date': opts.date, '--note': opts.note, '--score': opts.score, '--by': opts.by, '--kind': opts.kind, '--award': opts.award };
}

export async function move(invocation: Invocation<ProjectOptions>): Promise<void> {
  const to = required(invocation.opts.to, '--to');
  const wizard = createWizard(invocation);
  await withSession(invocation, async (session) => {
    const input = { ...invocation.opts, to };
    const ref = refOf(invocation);
    // Checked first, so that an invalid move fails before anyone is asked to confirm it. A move
    // back needs a reason: asked for at a terminal; elsewhere the stage rule refuses it (exit 3).
    if (wizard.interactive && planBackwards(session, ref, input)) input.reason = await wizard.need(undefined, '--reason', (p) => p.textPrompt(t('cli.project.ask.reason'), nonEmpty));
    // A move back with its reason is an ordinary write: no confirmation, no --yes (SPEC §4).
    const planned = moveProject(session.db, ref, input, session.today, { write: false });
    printEquivalent(wizard, wizard.commandLine(['project', 'move'], [String(planned.project.id)], { '--to': to, '--reason': input.reason, '--date': input.date }));
    reportChange(session.out, moveProject(session.db, ref, input, session.today));
  }, { mode: 'write' });
}

/** True when the move goes back a stage (and so needs a reason and a confirmation). */
function planBackwards(session: Session, ref: ProjectRef, input: ProjectOptions & { to: string }): boolean {
  if (input.reason !== undefined) return false;
  const target = parseStage(input.to);
  if (!target.ok) return false;
  const { state } = stageOutlook(session.db, ref);
  if (state.stage === 'dropped' || target.value === 'dropped') return false;
  return STAGES.indexOf(target.value as ForwardStage) < STAGES.indexOf(state.stage as ForwardStage);
}

export async function adopt(invocation: Invocation<ProjectOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  const given = invocation.opts;
  wizard.check([[invocation.args[0], 'PROJECT'], [given.by?.[0], '--by'], [given.kind, '--kind']]);
  await withSession(invocation, async (session) => {
    const target = await wizard.need(invocation.args[0] as string | undefined, 'PROJECT', (p) => pickProject(p, session));
    const opts = { ...given, ...(await askAdoption(wizard, given)) };
    printEquivalent(wizard, wizard.commandLine(['project', 'adopt'], [target], { ...changeFlags(opts), '--cohort': given.cohort }));
    reportChange(session.out, adoptProject(session.db, { target, cohort: given.cohort }, opts, session.today));
  }, { mode: 'write' });
}

export async function drop(invocation: Invocation<ProjectOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  wizard.check([[invocation.opts.reason, '--reason']]);
  await withSession(invocation, async (session) => {
    const reason = await wizard.need(invocation.opts.reason, '--reason', (p) => p.textPrompt(t('cli.project.ask.reason'), nonEmpty));
    const opts = { ...invocation.opts, reason };
    const ref = refOf(invocation);
    // Dropping with its reason is an ordinary write: no confirmation, no --yes (SPEC §4).
    const planned = dropProject(session.db, ref, opts, session.today, { write: false });
    printEquivalent(wizard, wizard.commandLine(['project', 'drop'], [String(planned.project.id)], { '--reason': reason, '--date': opts.date }));
    reportChange(session.out, dropProject(session.db, ref, opts, session.today));
  }, { mode: 'write' });
}

export async function reopen(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out, today }) => {
    reportChange(out, reopenProject(db, refOf(invocation), invocation.opts, today));
  }, { mode: 'write' });
}

export async function history(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const { project, events } = projectHistory(db, refOf(invocation));
    if (out.json) return out.data(events);
    out.line(`${project.id} · ${project.nip} · ${project.cohort} · ${project.title} · ${stageCell(out, project.stage)}`);
    if (events.length === 0) return out.hint(t('cli.project.noEvents'));
    printEventTable(out, events);
  }, { mode: 'read' });
}

/** The project afterwards on stdout; on stderr what changed and what to do next. */
function reportChange(out: Output, change: StageChange): void {
  const { project } = change;
  if (out.json) return out.data(project);
  out.record(projectPairs(out, project));
  const date = change.events.at(-1)?.date ?? project.stage_date;
  const skipped = change.events.filter((e) => e.kind === 'skipped').map((e) => stageCell(out, e.to_stage));
  if (change.from !== change.to) out.success(t('cli.project.moved', { id: project.id, from: stageCell(out, change.from), to: stageCell(out, change.to), date }));
  if (skipped.length > 0) out.hint(t('cli.project.skipped', { stages: skipped.join(', ') }));
  if (change.score !== null) out.success(t('cli.project.scored', { score: scoreText(change.score, null), predicate: change.predicate }));
  if (change.adoption) {
    out.success(t('cli.project.adopted', { id: project.id, kind: kindLabel(change.adoption.kind), by: change.adoption.adopters.join(', ') }));
  }
  out.hint(t('cli.next', { command: nextCommand(project.id, project.stage) }));
}

function nextCommand(id: number, stage: Stage): string {
  switch (stage) {
    case 'presentation':
      return `proper project adopt ${id} --by "…" --kind sustained|institutionalized|replicated|adopted_elsewhere`;
    case 'adoption':
      return `proper project history ${id}`;
    case 'dropped':
      return `proper project reopen ${id}`;
    default:
      return `proper project advance ${id}`;
  }
}

