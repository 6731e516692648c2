import type { Stage } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import type { ProjectRef, StageChange } from '../../usecases/projects.js';
import {
  addProject,
  adoptProject,
  advanceProject,
  dropProject,
  editProject,
  isSetback,
  listProjectsFiltered,
  moveProject,
  projectHistory,
  publicProject,
  reopenProject,
  showProject,
} from '../../usecases/projects.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import type { Output } from '../output.js';
import { required, withSession } from '../session.js';
import { printMilestoneTable } from '../views/milestone.js';
import { kindLabel, printAdoptionTable, printEventTable, printProjectTable, projectPairs, scoreText, stageLabel } from '../views/project.js';

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
  const { opts } = invocation;
  required(opts.nip, '--nip');
  required(opts.cohort, '--cohort');
  required(opts.title, '--title');
  await withSession(invocation, ({ db, out, today }) => {
    const project = addProject(db, opts, today);
    if (out.json) return out.data(project);
    out.record(projectPairs(project));
    out.success(t('cli.project.added', { id: project.id, nip: project.nip, cohort: project.cohort, stage: stageLabel(project.stage), date: project.stage_date }));
    out.hint(t('cli.next', { command: `proper project advance ${project.id}` }));
  });
}

export async function list(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const projects = listProjectsFiltered(db, invocation.opts);
    if (out.json) return out.data(projects.map(publicProject));
    if (projects.length === 0) return out.hint(t('cli.project.none'));
    printProjectTable(out, projects);
  });
}

export async function show(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const detail = showProject(db, refOf(invocation));
    if (out.json) return out.data({ ...detail.project, events: detail.events, adoptions: detail.adoptions, milestones: detail.milestones });
    out.record(projectPairs(detail.project, detail.name));
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
  });
}

export async function edit(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const project = editProject(db, refOf(invocation), invocation.opts);
    if (out.json) return out.data(project);
    out.record(projectPairs(project));
    out.success(t('cli.project.edited', { id: project.id }));
  });
}

export async function advance(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out, today }) => {
    reportChange(out, advanceProject(db, refOf(invocation), invocation.opts, today));
  });
}

export async function move(invocation: Invocation<ProjectOptions>): Promise<void> {
  const to = required(invocation.opts.to, '--to');
  await withSession(invocation, async (session) => {
    const input = { ...invocation.opts, to };
    const ref = refOf(invocation);
    // Checked first, so that an invalid move fails before anyone is asked to confirm it.
    const planned = moveProject(session.db, ref, input, session.today, { write: false });
    if (isSetback(planned)) await confirmDestructive(session, confirmQuestion(planned));
    reportChange(session.out, moveProject(session.db, ref, input, session.today));
  });
}

export async function adopt(invocation: Invocation<ProjectOptions>): Promise<void> {
  required(invocation.opts.by?.[0], '--by');
  required(invocation.opts.kind, '--kind');
  await withSession(invocation, ({ db, out, today }) => {
    reportChange(out, adoptProject(db, refOf(invocation), invocation.opts, today));
  });
}

export async function drop(invocation: Invocation<ProjectOptions>): Promise<void> {
  required(invocation.opts.reason, '--reason');
  await withSession(invocation, async (session) => {
    const ref = refOf(invocation);
    const planned = dropProject(session.db, ref, invocation.opts, session.today, { write: false });
    await confirmDestructive(session, confirmQuestion(planned));
    reportChange(session.out, dropProject(session.db, ref, invocation.opts, session.today));
  });
}

export async function reopen(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out, today }) => {
    reportChange(out, reopenProject(db, refOf(invocation), invocation.opts, today));
  });
}

export async function history(invocation: Invocation<ProjectOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const { project, events } = projectHistory(db, refOf(invocation));
    if (out.json) return out.data(events);
    out.line(`${project.id} · ${project.nip} · ${project.cohort} · ${project.title}`);
    if (events.length === 0) return out.hint(t('cli.project.noEvents'));
    printEventTable(out, events);
  });
}

function confirmQuestion(change: StageChange): string {
  const params = { id: change.project.id, from: stageLabel(change.from), to: stageLabel(change.to) };
  return change.to === 'dropped' ? t('cli.project.confirmDrop', params) : t('cli.project.confirmBack', params);
}

/** The project afterwards on stdout; on stderr what changed and what to do next. */
function reportChange(out: Output, change: StageChange): void {
  const { project } = change;
  if (out.json) return out.data(project);
  out.record(projectPairs(project));
  const date = change.events.at(-1)?.date ?? project.stage_date;
  const skipped = change.events.filter((e) => e.kind === 'skipped').map((e) => stageLabel(e.to_stage));
  if (change.from !== change.to) out.success(t('cli.project.moved', { id: project.id, from: stageLabel(change.from), to: stageLabel(change.to), date }));
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
      return `proper project adopt ${id} --by "…" --kind berlanjut`;
    case 'adoption':
      return `proper project history ${id}`;
    case 'dropped':
      return `proper project reopen ${id}`;
    default:
      return `proper project advance ${id}`;
  }
}
