import { t } from '../../i18n/index.js';
import { addCohort, editCohort, listCohortsFiltered, removeCohort, showCohort } from '../../usecases/cohorts.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import { required, withSession } from '../session.js';
import { cohortPairs, printCohortTable } from '../views/cohort.js';

interface CohortOptions {
  program?: string;
  number?: string;
  year?: string;
  organizer?: string;
  startDate?: string;
  endDate?: string;
  place?: string;
  code?: string;
  force?: boolean;
}

export async function add(invocation: Invocation<CohortOptions>): Promise<void> {
  const [code] = invocation.args as [string];
  const { opts } = invocation;
  required(opts.program, '--program');
  required(opts.number, '--number');
  required(opts.year, '--year');
  await withSession(invocation, ({ db, out }) => {
    const cohort = addCohort(db, code, opts);
    if (out.json) return out.data(cohort);
    out.record(cohortPairs(cohort));
    out.success(t('cli.cohort.added', { code: cohort.code }));
    out.hint(t('cli.next', { command: `proper participant add NIP --cohort ${cohort.code}` }));
  });
}

export async function list(invocation: Invocation<CohortOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const cohorts = listCohortsFiltered(db, invocation.opts);
    if (out.json) return out.data(cohorts);
    if (cohorts.length === 0) return out.hint(t('cli.cohort.none'));
    printCohortTable(out, cohorts);
  });
}

export async function show(invocation: Invocation): Promise<void> {
  const [code] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const cohort = showCohort(db, code);
    if (out.json) return out.data(cohort);
    out.record([
      ...cohortPairs(cohort),
      [t('field.participants'), cohort.counts.participants],
      [t('field.projects'), cohort.counts.projects],
      [t('field.visits'), cohort.counts.visits],
    ]);
  });
}

export async function edit(invocation: Invocation<CohortOptions>): Promise<void> {
  const [code] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const cohort = editCohort(db, code, invocation.opts);
    if (out.json) return out.data(cohort);
    out.record(cohortPairs(cohort));
    out.success(t('cli.cohort.edited', { code: cohort.code }));
  });
}

export async function remove(invocation: Invocation<CohortOptions>): Promise<void> {
  const [code] = invocation.args as [string];
  await withSession(invocation, async (session) => {
    await confirmDestructive(session, t('cli.cohort.confirmRemove', { code }));
    const counts = removeCohort(session.db, code, Boolean(invocation.opts.force));
    if (session.out.json) return session.out.data({ removed: code, ...counts });
    session.out.success(t('cli.cohort.removed', { code, ...counts }));
  });
}
