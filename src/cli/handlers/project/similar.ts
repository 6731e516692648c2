// proper project similar ID: the projects of other cohorts most like this one (SPEC §12).
import { t } from '../../../i18n/index.js';
import { parseCount } from '../../../usecases/reports.js';
import { similarToProject } from '../../../usecases/similarity.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import { printSimilarTable } from '../../views/search.js';

const DEFAULT_LIMIT = 10;

export async function similar(invocation: Invocation<{ limit?: string }>): Promise<void> {
  const [id] = invocation.args as [string];
  const limit = parseCount(invocation.opts.limit, '--limit', 1, DEFAULT_LIMIT) ?? DEFAULT_LIMIT;
  await withSession(invocation, ({ db, out }) => {
    const found = similarToProject(db, id, limit);
    if (out.json) return out.data(found);
    if (found.length === 0) return out.hint(t('cli.similar.none', { id }));
    printSimilarTable(out, found);
  }, { mode: 'read' });
}
