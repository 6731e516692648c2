// `project show`: one project with its stage history, adoptions, milestones and checks after the training.
import { t } from '../../../i18n/index.js';
import { showProject } from '../../../usecases/projects.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import { printCheckTable } from '../../views/followup.js';
import { printMilestoneTable } from '../../views/milestone.js';
import { printAdoptionTable, printEventTable, projectPairs } from '../../views/project.js';
import type { AddressedOptions } from './shared.js';
import { refOf } from './shared.js';

export async function show(invocation: Invocation<AddressedOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const detail = showProject(db, refOf(invocation));
    if (out.json) return out.data({ ...detail.project, events: detail.events, adoptions: detail.adoptions, milestones: detail.milestones, checks: detail.checks });
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
    if (detail.checks.length > 0) {
      out.line();
      out.line(t('cli.project.heading.followups'));
      printCheckTable(out, detail.checks);
    }
  }, { mode: 'read' });
}
