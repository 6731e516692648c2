// `project add`: a participant's change project, starting at the idea stage; guided at a terminal.
import { NotFoundError } from '../../../errors.js';
import { t } from '../../../i18n/index.js';
import { listCohortsFiltered } from '../../../usecases/cohorts.js';
import { listLokusFiltered } from '../../../usecases/lokus.js';
import type { AddProjectInput } from '../../../usecases/projects.js';
import { addProject, enrolmentsWithoutProject, ideaDateWarning } from '../../../usecases/projects.js';
import { similarityWarningsOf } from '../../../usecases/similarity.js';
import type { Invocation } from '../../invocation.js';
import type { Session } from '../../session.js';
import { withSession } from '../../session.js';
import { cohortChoice } from '../../views/cohort.js';
import { lokusChoice } from '../../views/lokus.js';
import { displayId } from '../../views/participant.js';
import { projectPairs, stageCell } from '../../views/project.js';
import { ownerOf } from './shared.js';
import { warnSimilar } from '../../views/search.js';
import type { Wizard } from '../../wizard.js';
import { createWizard, nonEmpty, printEquivalent } from '../../wizard.js';

type AddOptions = AddProjectInput;

export async function add(invocation: Invocation<AddOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  const given = invocation.opts;
  wizard.check([[given.cohort, '--cohort'], [given.nip, '--nip'], [given.title, '--title']]);
  await withSession(invocation, async (session) => {
    const opts = await askProjectFields(wizard, given, session);
    const { db, out, today } = session;
    const project = addProject(db, opts, today);
    const similar = similarityWarningsOf(db, project.id);
    const early = ideaDateWarning(db, project);
    if (early) out.warn(t('cli.project.ideaBeforeStart', { ...early, cohort: project.cohort }));
    // SPEC §12: `similar` joins the project's fields only when there is something to warn of.
    if (out.json) return out.data(similar.length > 0 ? { ...project, similar } : project);
    out.record(projectPairs(out, project));
    out.success(t('cli.project.added', { id: project.id, ...ownerOf(db, project.nip), cohort: project.cohort, stage: stageCell(out, project.stage), date: project.stage_date }));
    out.hint(t('cli.next', { command: `proper project advance ${project.id}` }));
    warnSimilar(out, similar, { subject: project.id });
  }, { mode: 'write' });
}

/** The cohort, the participant (searched by name or NIP among those without a project), the title … */
async function askProjectFields(wizard: Wizard, given: AddOptions, { db }: Session): Promise<AddOptions> {
  const cohort = await wizard.need(given.cohort, '--cohort', async (p) => {
    const cohorts = listCohortsFiltered(db, {});
    if (cohorts.length === 0) throw new NotFoundError('cli.ask.noCohorts');
    return p.selectPrompt(t('cli.project.ask.cohort'), cohorts.map(cohortChoice));
  });
  const nip = await wizard.need(given.nip, '--nip', async (p) => {
    const free = enrolmentsWithoutProject(db, cohort);
    if (free.length === 0) throw new NotFoundError('cli.project.ask.noneFree', { cohort });
    const choices = free.map((e) => ({ value: e.nip, name: `${e.name} · ${displayId(e)}${e.group ? ` · ${t('participant.field.group')} ${e.group}` : ''}` }));
    return p.searchPrompt(t('cli.project.ask.participant'), choices);
  });
  const title = await wizard.need(given.title, '--title', (p) => p.textPrompt(t('cli.project.ask.title'), nonEmpty));
  const opts: AddOptions = { ...given, cohort, nip, title };
  if (!wizard.asked) return opts;
  opts.innovationName = await wizard.maybe(given.innovationName, (p) => p.textPrompt(t('cli.project.ask.innovationName')));
  const lokus = listLokusFiltered(db, {});
  if (lokus.length > 0) {
    opts.inspiredByLokus = await wizard.maybe(given.inspiredByLokus, (p) =>
      p.selectPrompt(t('cli.project.ask.lokus'), [{ value: '', name: t('cli.project.ask.noLokus') }, ...lokus.map(lokusChoice)]),
    );
  }
  printEquivalent(
    wizard,
    wizard.commandLine(['project', 'add'], [], {
      '--cohort': cohort, '--nip': nip, '--title': title, '--innovation-name': opts.innovationName, '--description': opts.description,
      '--coach': opts.coach, '--mentor': opts.mentor, '--examiner': opts.examiner, '--inspired-by-lokus': opts.inspiredByLokus,
      '--date': opts.date, '--note': opts.note,
    }),
  );
  return opts;
}
