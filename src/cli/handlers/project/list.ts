// `project list`: projects filtered by cohort, stage, agency, lokus, year or program.
import { t } from '../../../i18n/index.js';
import type { ProjectListFilter } from '../../../usecases/projects.js';
import { listProjectsFiltered, publicProject } from '../../../usecases/projects.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import { printProjectTable } from '../../views/project.js';

export async function list(invocation: Invocation<ProjectListFilter>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const projects = listProjectsFiltered(db, invocation.opts);
    if (out.json) return out.data(projects.map(publicProject));
    if (projects.length === 0) return out.hint(t('cli.project.none'));
    printProjectTable(out, projects);
  }, { mode: 'read' });
}
