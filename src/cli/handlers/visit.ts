import { t } from '../../i18n/index.js';
import { parseDate, todayIso } from '../../domain/dates.js';
import { NotFoundError } from '../../errors.js';
import { listCohortsFiltered } from '../../usecases/cohorts.js';
import { listLokusFiltered } from '../../usecases/lokus.js';
import type { VisitInput } from '../../usecases/visits.js';
import { addVisit, cohortGroups, listVisitsFiltered, parseVisitId, publicVisit, removeVisit, visitIsPlanned } from '../../usecases/visits.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import type { Session } from '../session.js';
import { withSession } from '../session.js';
import { cohortChoice } from '../views/cohort.js';
import { lokusChoice } from '../views/lokus.js';
import { createWizard, printEquivalent, validator, type Wizard } from '../wizard.js';
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
  const wizard = createWizard(invocation);
  const given = invocation.opts;
  wizard.check([[given.cohort, '--cohort'], [given.lokus, '--lokus'], [given.date, '--date']]);
  await withSession(invocation, async (session) => {
    const input = await askVisitFields(wizard, given, session);
    const { db, out, today } = session;
    const visit = addVisit(db, today, input);
    if (out.json) return out.data(publicVisit(visit));
    const planned = visitIsPlanned(visit, today);
    printVisitTable(out, [{ ...visit, planned }]);
    out.success(t(planned ? 'cli.visit.planned' : 'cli.visit.added', { id: visit.id, cohort: visit.cohort, lokus: visit.lokus_name, date: formatHumanDate(visit.date) }));
    out.hint(t('cli.next', { command: `proper project add --cohort ${visit.cohort} --inspired-by-lokus ${visit.lokus}` }));
  }, { mode: 'write' });
}

/** The cohort and lokus picked from their lists, the date, the groups sent and their companion. */
async function askVisitFields(wizard: Wizard, given: VisitOptions, { db, today }: Session): Promise<VisitInput> {
  const cohort = await wizard.need(given.cohort, '--cohort', async (p) => {
    const cohorts = listCohortsFiltered(db, {});
    if (cohorts.length === 0) throw new NotFoundError('cli.ask.noCohorts');
    return p.selectPrompt(t('cli.visit.ask.cohort'), cohorts.map(cohortChoice));
  });
  const lokus = await wizard.need(given.lokus, '--lokus', async (p) => {
    const all = listLokusFiltered(db, {});
    if (all.length === 0) throw new NotFoundError('cli.visit.ask.noLokus');
    const choices = all.map(lokusChoice);
    return all.length > 10 ? p.searchPrompt(t('cli.visit.ask.lokusSearch'), choices) : p.selectPrompt(t('cli.visit.ask.lokus'), choices);
  });
  const date = await wizard.need(given.date, '--date', (p) => p.textPrompt(t('cli.visit.ask.date'), validator((v) => parseDate(v)), todayIso(today)));
  let groups = given.group;
  let companion = given.companion;
  if (wizard.asked) {
    if (groups === undefined) {
      const known = cohortGroups(db, cohort);
      const { checkboxPrompt, textPrompt } = await wizard.prompts();
      groups =
        known.length > 0
          ? await checkboxPrompt(t('cli.visit.ask.groups'), known.map((g) => ({ value: g, name: `${t('participant.field.group')} ${g}` })))
          : splitList(await textPrompt(t('cli.visit.ask.groupsTyped')));
      if (groups.length > 0) wizard.answered('--group', groups);
    }
    companion = await wizard.maybe(given.companion, (p) => p.textPrompt(t('cli.visit.ask.companion')));
    printEquivalent(wizard, wizard.commandLine(['visit', 'add'], [], { '--cohort': cohort, '--lokus': lokus, '--date': date, '--group': groups, '--companion': companion }));
  }
  return { cohort, lokus, date, group: groups, companion };
}

/** "1, 2; 3" → ["1", "2", "3"]: groups typed on one line. */
function splitList(text: string): string[] {
  return text.split(/[,;]+/).map((g) => g.trim()).filter((g) => g !== '');
}

export async function list(invocation: Invocation<VisitOptions>): Promise<void> {
  await withSession(invocation, ({ db, out, today }) => {
    const visits = listVisitsFiltered(db, invocation.opts);
    if (out.json) return out.data(visits.map(publicVisit));
    if (visits.length === 0) return out.hint(t('cli.visit.none'));
    printVisitTable(out, visits.map((v) => ({ ...v, planned: visitIsPlanned(v, today) })));
  }, { mode: 'read' });
}

export async function remove(invocation: Invocation): Promise<void> {
  const [idInput] = invocation.args as [string];
  const id = parseVisitId(idInput);
  await withSession(invocation, async (session) => {
    await confirmDestructive(session, t('cli.visit.confirmRemove', { id }));
    const visit = removeVisit(session.db, id);
    if (session.out.json) return session.out.data({ removed: visit.id, ...publicVisit(visit) });
    session.out.success(t('cli.visit.removed', { id: visit.id, cohort: visit.cohort, lokus: visit.lokus_name, date: formatHumanDate(visit.date) }));
    session.out.hint(t('cli.next', { command: `proper visit list --cohort ${visit.cohort}` }));
  }, { mode: 'write' });
}
