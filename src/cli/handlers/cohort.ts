import { t } from '../../i18n/index.js';
import { addCohort, editCohort, listCohortsFiltered, removeCohort, showCohort } from '../../usecases/cohorts.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';
import { createWizard, equivalentCommandHint, validator } from '../wizard.js';
import { parseDate } from '../../domain/dates.js';
import { PROGRAM_INFO, programNameKey } from '../../domain/program.js';
import { parseCohortNumber } from '../../domain/roman.js';
import { parseCode, parseYear } from '../../domain/text.js';
import { PROGRAMS } from '../../domain/types.js';
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
  const opts = await askCohortFields(invocation);
  const code = opts.code!;
  await withSession(invocation, ({ db, out }) => {
    const cohort = addCohort(db, code, opts);
    if (out.json) return out.data(cohort);
    out.record(cohortPairs(cohort));
    out.success(t('cli.cohort.added', { code: cohort.code }));
    out.hint(t('cli.next', { command: `proper participant add --cohort ${cohort.code}` }));
  }, { mode: 'write' });
}

/** The values `cohort add` needs: given as options, or asked for at a terminal. */
async function askCohortFields(invocation: Invocation<CohortOptions>): Promise<CohortOptions> {
  const wizard = createWizard(invocation);
  const given = invocation.opts;
  const code = await wizard.need(invocation.args[0] as string | undefined, 'CODE', (p) =>
    p.textPrompt(t('cli.cohort.ask.code'), validator(parseCode)),
  );
  const program = await wizard.need(given.program, '--program', (p) =>
    p.selectPrompt(t('cli.cohort.ask.program'), PROGRAMS.map((value) => ({ value, name: `${PROGRAM_INFO[value].short} — ${t(programNameKey(value))}` }))),
  );
  const number = await wizard.need(given.number, '--number', (p) => p.textPrompt(t('cli.cohort.ask.number'), validator(parseCohortNumber)));
  const year = await wizard.need(given.year, '--year', (p) =>
    p.textPrompt(t('cli.cohort.ask.year'), validator(parseYear), String(invocation.context.today.getFullYear())),
  );
  const fields: CohortOptions = { ...given, code, program, number, year };
  if (wizard.asked) {
    fields.organizer = await wizard.maybe(given.organizer, (p) => p.textPrompt(t('cli.cohort.ask.organizer')));
    fields.startDate = await wizard.maybe(given.startDate, (p) => p.textPrompt(t('cli.cohort.ask.startDate'), validator(parseDate, true)));
    fields.endDate = await wizard.maybe(given.endDate, (p) => p.textPrompt(t('cli.cohort.ask.endDate'), validator(parseDate, true)));
    fields.place = await wizard.maybe(given.place, (p) => p.textPrompt(t('cli.cohort.ask.place')));
    const line = wizard.commandLine(['cohort', 'add'], [code], {
      '--program': program, '--number': number, '--year': year, '--organizer': fields.organizer,
      '--start-date': fields.startDate, '--end-date': fields.endDate, '--place': fields.place,
    });
    wizard.say(equivalentCommandHint(line));
  }
  return fields;
}


export async function list(invocation: Invocation<CohortOptions>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const cohorts = listCohortsFiltered(db, invocation.opts);
    if (out.json) return out.data(cohorts);
    if (cohorts.length === 0) return out.hint(t('cli.cohort.none'));
    printCohortTable(out, cohorts);
  }, { mode: 'read' });
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
  }, { mode: 'read' });
}

export async function edit(invocation: Invocation<CohortOptions>): Promise<void> {
  const [code] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const cohort = editCohort(db, code, invocation.opts);
    if (out.json) return out.data(cohort);
    out.record(cohortPairs(cohort));
    out.success(t('cli.cohort.edited', { code: cohort.code }));
    out.hint(t('cli.next', { command: `proper cohort show ${cohort.code}` }));
  }, { mode: 'write' });
}

export async function remove(invocation: Invocation<CohortOptions>): Promise<void> {
  const [code] = invocation.args as [string];
  await withSession(invocation, async (session) => {
    await confirmDestructive(session, t('cli.cohort.confirmRemove', { code }));
    const counts = removeCohort(session.db, code, Boolean(invocation.opts.force));
    if (session.out.json) return session.out.data({ removed: code, ...counts });
    session.out.success(t('cli.cohort.removed', { code, ...counts }));
    session.out.hint(t('cli.next', { command: 'proper cohort list' }));
  }, { mode: 'write' });
}
