import { t } from '../../i18n/index.js';
import { addMilestone, listMilestonesOf, rateMilestoneById, removeMilestone, requireMilestone } from '../../usecases/milestones.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import { required, withSession } from '../session.js';
import { horizonLabel, milestonePairs, printMilestoneTable, ratingLabel } from '../views/milestone.js';

interface MilestoneOptions {
  cohort?: string;
  horizon?: string;
  description?: string;
  targetDate?: string;
  rating?: string;
  evidence?: string;
}

export async function add(invocation: Invocation<MilestoneOptions>): Promise<void> {
  const [target] = invocation.args as [string];
  const { opts } = invocation;
  required(opts.horizon, '--horizon');
  required(opts.description, '--description');
  await withSession(invocation, ({ db, out }) => {
    const milestone = addMilestone(db, { target, cohort: opts.cohort }, opts);
    if (out.json) return out.data(milestone);
    out.record(milestonePairs(milestone));
    out.success(t('cli.milestone.added', { id: milestone.id, project: milestone.project_id, horizon: horizonLabel(milestone.horizon) }));
    out.hint(t('cli.next', { command: `proper milestone rate ${milestone.id} --rating sesuai --evidence "…"` }));
  }, { mode: 'write' });
}

export async function list(invocation: Invocation<MilestoneOptions>): Promise<void> {
  const [target] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const { project, milestones } = listMilestonesOf(db, { target, cohort: invocation.opts.cohort });
    if (out.json) return out.data(milestones);
    if (milestones.length === 0) return out.hint(t('cli.milestone.none', { project: project.id }));
    printMilestoneTable(out, milestones);
  }, { mode: 'read' });
}

export async function rate(invocation: Invocation<MilestoneOptions>): Promise<void> {
  const [id] = invocation.args as [string];
  required(invocation.opts.rating, '--rating');
  await withSession(invocation, ({ db, out }) => {
    const milestone = rateMilestoneById(db, id, invocation.opts);
    if (out.json) return out.data(milestone);
    out.record(milestonePairs(milestone));
    out.success(t('cli.milestone.rated', { id: milestone.id, rating: ratingLabel(milestone.rating) }));
    out.hint(t('cli.next', { command: `proper milestone list ${milestone.project_id}` }));
  }, { mode: 'write' });
}

export async function remove(invocation: Invocation): Promise<void> {
  const [id] = invocation.args as [string];
  await withSession(invocation, async (session) => {
    const milestone = requireMilestone(session.db, id);
    await confirmDestructive(session, t('cli.milestone.confirmRemove', { id: milestone.id, description: milestone.description }));
    const removed = removeMilestone(session.db, id);
    if (session.out.json) return session.out.data(removed);
    session.out.success(t('cli.milestone.removed', { id: removed.id }));
    session.out.hint(t('cli.next', { command: `proper milestone list ${removed.project_id}` }));
  }, { mode: 'write' });
}
