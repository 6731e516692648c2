// `project history`: a project's stage events in the order they were recorded.
import { t } from '../../../i18n/index.js';
import { projectHistory } from '../../../usecases/projects.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import { printEventTable, stageCell } from '../../views/project.js';
import type { AddressedOptions } from './shared.js';
import { refOf } from './shared.js';

export async function history(invocation: Invocation<AddressedOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const { project, events } = projectHistory(db, refOf(invocation));
    if (out.json) return out.data(events);
    out.line(`${project.id} · ${project.nip} · ${project.cohort} · ${project.title} · ${stageCell(out, project.stage)}`);
    if (events.length === 0) return out.hint(t('cli.project.noEvents'));
    printEventTable(out, events);
  }, { mode: 'read' });
}
