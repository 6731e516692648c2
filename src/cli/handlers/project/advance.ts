// `project advance`: one stage forward. With only the project named, a terminal guides through the
// change (date, note, score, adoption); otherwise only what is missing and required is asked.
import { parsePastDate, todayIso } from '../../../domain/dates.js';
import type { Bands } from '../../../domain/predicate.js';
import { parseScore, predicateFor, PREDICATES } from '../../../domain/predicate.js';
import { PROGRAM_INFO } from '../../../domain/program.js';
import { t } from '../../../i18n/index.js';
import type { StageInput, StageOutlook } from '../../../usecases/project-stages.js';
import { commitStageChange, planStageChange, stageOutlook } from '../../../usecases/project-stages.js';
import type { Invocation } from '../../invocation.js';
import type { Session } from '../../session.js';
import { withSession } from '../../session.js';
import { formatHumanDate } from '../../views/dates.js';
import { scoreText, stageCell } from '../../views/project.js';
import type { Wizard } from '../../wizard.js';
import { createWizard, printEquivalent, problemText, validator } from '../../wizard.js';
import type { AddressedOptions } from './shared.js';
import { askAdoption, changeFlags, pickProject, reportChange } from './shared.js';

type AdvanceOptions = AddressedOptions & Pick<StageInput, 'date' | 'note' | 'score' | 'by' | 'kind' | 'award'>;

export async function advance(invocation: Invocation<AdvanceOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  const given = invocation.opts;
  wizard.check([[invocation.args[0], 'PROJECT']]);
  const guided = wizard.interactive && [given.date, given.note, given.score, given.by, given.kind, given.award].every((v) => v === undefined);
  await withSession(invocation, async (session) => {
    const target = await wizard.need(invocation.args[0] as string | undefined, 'PROJECT', (p) => pickProject(p, session));
    const outlook = stageOutlook(session.db, { target, cohort: given.cohort });
    const opts: StageInput = guided ? await askAdvance(wizard, session, outlook, given) : { ...given };
    if (!guided && outlook.next === 'adoption') Object.assign(opts, await askAdoption(wizard, opts));
    const id = String(outlook.project.id);
    const plan = planStageChange(session.db, { target: id }, 'advance', opts, session.today);
    printEquivalent(wizard, wizard.commandLine(['project', 'advance'], [id], changeFlags(opts)));
    reportChange(session, commitStageChange(session.db, plan, session.today));
  }, { mode: 'write' });
}

/** Shows where the project stands and what comes next, then asks the date, note, score or adoption. */
async function askAdvance(wizard: Wizard, { out, today }: Session, outlook: StageOutlook, given: StageInput): Promise<StageInput> {
  const { project, state, next } = outlook;
  // A project that cannot advance is refused by the use case, in its words.
  if (next === null) return { ...given };
  wizard.say(
    `${out.safe(t('cli.project.ask.outlook', {
      id: project.id,
      name: outlook.name,
      stage: stageCell(out, state.stage),
      since: formatHumanDate(state.stageDate),
      next: stageCell(out, next),
    }))}`,
    true,
  );
  const opts: StageInput = { ...given };
  const todayText = todayIso(today);
  opts.date = await wizard.need(undefined, '--date', (p) => p.textPrompt(t('cli.project.ask.date'), (v) => checkEventDate(v, state.lastDate, today), todayText));
  if (opts.date === todayText) opts.date = undefined;
  opts.note = await wizard.maybe(undefined, (p) => p.textPrompt(t('cli.project.ask.note')));
  if (next === 'presentation') opts.score = await askScore(wizard, outlook);
  if (next === 'adoption') Object.assign(opts, await askAdoption(wizard, opts, true));
  return opts;
}

/** The event date as typed: a real day, not in the future, not before the project's last event. */
function checkEventDate(value: string, lastDate: string, today: Date): true | string {
  const parsed = parsePastDate(value, today);
  if (!parsed.ok) return problemText(parsed.problem);
  if (parsed.value < lastDate) return t('domain.stage.date_before_last', { date: parsed.value, last: lastDate });
  return true;
}

/** The presentation score, optional; its predicate under the program's bands is shown to confirm. */
async function askScore(wizard: Wizard, { program, bands }: StageOutlook): Promise<string | undefined> {
  for (;;) {
    const score = await wizard.maybe(undefined, (p) => p.textPrompt(t('cli.project.ask.score'), validator(parseScore, true)));
    if (score === undefined) return undefined;
    const value = parseScore(score);
    if (!value.ok) return score;
    wizard.say(t('cli.project.ask.bands', { program: PROGRAM_INFO[program].short, bands: bandsText(bands) }));
    const { confirmPrompt } = await wizard.prompts();
    const predicate = predicateFor(value.value, bands);
    if (await confirmPrompt(t('cli.project.ask.scoreOk', { score: scoreText(value.value, null), predicate }), true)) return score;
  }
}

/** "Sangat Memuaskan > 90 · Memuaskan > 80 · … · Tidak Memuaskan ≤ 60" */
function bandsText(bands: Bands): string {
  const above = bands.map((bound, i) => `${PREDICATES[i]} > ${bound}`);
  return [...above, `${PREDICATES[4]} ≤ ${bands[3]}`].join(' · ');
}
