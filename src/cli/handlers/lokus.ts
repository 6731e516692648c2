import { t } from '../../i18n/index.js';
import { addLokus, editLokus, listLokusFiltered, removeLokus, showLokus } from '../../usecases/lokus.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import { required, withSession } from '../session.js';
import { lokusPairs, printLokusTable } from '../views/lokus.js';
import { printVisitTable } from '../views/visit.js';

interface LokusOptions {
  name?: string;
  agency?: string;
  city?: string;
  province?: string;
  innovation?: string[];
  code?: string;
  addInnovation?: string[];
  removeInnovation?: string[];
  force?: boolean;
}

export async function add(invocation: Invocation<LokusOptions>): Promise<void> {
  const [code] = invocation.args as [string];
  const { opts } = invocation;
  required(opts.name, '--name');
  await withSession(invocation, ({ db, out }) => {
    const lokus = addLokus(db, code, opts);
    if (out.json) return out.data(lokus);
    out.record(lokusPairs(lokus));
    out.success(t('cli.lokus.added', { code: lokus.code, id: lokus.id }));
    out.hint(t('cli.next', { command: `proper visit add --lokus ${lokus.code}` }));
  }, { mode: 'write' });
}

export async function list(invocation: Invocation<LokusOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const lokus = listLokusFiltered(db, invocation.opts);
    if (out.json) return out.data(lokus);
    if (lokus.length === 0) return out.hint(t('cli.lokus.none'));
    printLokusTable(out, lokus);
  }, { mode: 'read' });
}

export async function show(invocation: Invocation): Promise<void> {
  const [ref] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const lokus = showLokus(db, ref);
    if (out.json) return out.data(lokus);
    out.record([...lokusPairs(lokus), [t('lokus.field.inspiredProjects'), lokus.inspired_projects]]);
    out.line();
    out.line(out.paint.bold(t('cli.lokus.section.visits')));
    if (lokus.visits.length === 0) out.line(t('cli.lokus.noVisits'));
    else printVisitTable(out, lokus.visits, { withLokus: false });
  }, { mode: 'read' });
}

export async function edit(invocation: Invocation<LokusOptions>): Promise<void> {
  const [ref] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const lokus = editLokus(db, ref, invocation.opts);
    if (out.json) return out.data(lokus);
    out.record(lokusPairs(lokus));
    out.success(t('cli.lokus.edited', { code: lokus.code }));
    out.hint(t('cli.next', { command: `proper lokus show ${lokus.code}` }));
  }, { mode: 'write' });
}

export async function remove(invocation: Invocation<LokusOptions>): Promise<void> {
  const [ref] = invocation.args as [string];
  await withSession(invocation, async (session) => {
    await confirmDestructive(session, t('cli.lokus.confirmRemove', { code: ref }));
    const { lokus, counts } = removeLokus(session.db, ref, Boolean(invocation.opts.force));
    if (session.out.json) return session.out.data({ removed: lokus.code, id: lokus.id, visits: counts.visits });
    session.out.success(t('cli.lokus.removed', { code: lokus.code, visits: counts.visits }));
    session.out.hint(t('cli.next', { command: 'proper lokus list' }));
  }, { mode: 'write' });
}
