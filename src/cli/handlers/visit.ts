import { t } from '../../i18n/index.js';
import { addVisit, listVisitsFiltered, parseVisitId, publicVisit, removeVisit } from '../../usecases/visits.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import { required, withSession } from '../session.js';
import { formatHumanDate } from '../views/dates.js';
import { printVisitTable } from '../views/visit.js';

interface VisitOptions {
  cohort?: string;
  lokus?: string;
  date?: string;
  group?: string[];
  companion?: string;
}

export async function add(invocation: Invocation<VisitOptions>): Promise<void> {
  const { opts } = invocation;
  const cohort = required(opts.cohort, '--cohort');
  const lokus = required(opts.lokus, '--lokus');
  const date = required(opts.date, '--date');
  await withSession(invocation, ({ db, out, today }) => {
    const visit = addVisit(db, today, { cohort, lokus, date, group: opts.group, companion: opts.companion });
    if (out.json) return out.data(publicVisit(visit));
    printVisitTable(out, [visit]);
    out.success(t('cli.visit.added', { id: visit.id, cohort: visit.cohort, lokus: visit.lokus_name, date: formatHumanDate(visit.date) }));
    out.hint(t('cli.next', { command: `proper project add --nip NIP --cohort ${visit.cohort} --inspired-by-lokus ${visit.lokus}` }));
  });
}

export async function list(invocation: Invocation<VisitOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const visits = listVisitsFiltered(db, invocation.opts);
    if (out.json) return out.data(visits.map(publicVisit));
    if (visits.length === 0) return out.hint(t('cli.visit.none'));
    printVisitTable(out, visits);
  });
}

export async function remove(invocation: Invocation): Promise<void> {
  const [idInput] = invocation.args as [string];
  const id = parseVisitId(idInput);
  await withSession(invocation, async (session) => {
    await confirmDestructive(session, t('cli.visit.confirmRemove', { id }));
    const visit = removeVisit(session.db, id);
    if (session.out.json) return session.out.data({ removed: visit.id, ...publicVisit(visit) });
    session.out.success(t('cli.visit.removed', { id: visit.id, cohort: visit.cohort, lokus: visit.lokus_name, date: formatHumanDate(visit.date) }));
  });
}
