// `project edit`: a project's fields, and a missing or corrected presentation score.
import { t } from '../../../i18n/index.js';
import type { EditProjectInput } from '../../../usecases/projects.js';
import { editProject } from '../../../usecases/projects.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import { projectPairs } from '../../views/project.js';
import type { AddressedOptions } from './shared.js';
import { refOf } from './shared.js';

export async function edit(invocation: Invocation<EditProjectInput & AddressedOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const project = editProject(db, refOf(invocation), invocation.opts);
    if (out.json) return out.data(project);
    out.record(projectPairs(out, project));
    out.success(t('cli.project.edited', { id: project.id }));
    out.hint(t('cli.next', { command: `proper project show ${project.id}` }));
  }, { mode: 'write' });
}
