// `project drop`: stops a project at any stage, with its reason; `reopen` takes it back.
import { t } from '../../../i18n/index.js';
import type { StageInput } from '../../../usecases/project-stages.js';
import { commitStageChange, planStageChange } from '../../../usecases/project-stages.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import { createWizard, nonEmpty, printEquivalent } from '../../wizard.js';
import type { AddressedOptions } from './shared.js';
import { refOf, reportChange } from './shared.js';

type DropOptions = AddressedOptions & Pick<StageInput, 'reason' | 'date'>;

export async function drop(invocation: Invocation<DropOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  wizard.check([[invocation.opts.reason, '--reason']]);
  await withSession(invocation, async (session) => {
    const plan = planStageChange(session.db, refOf(invocation), 'drop', invocation.opts, session.today);
    const reason = plan.needsReason
      ? await wizard.need(undefined, '--reason', (p) => p.textPrompt(t('cli.project.ask.reason'), nonEmpty))
      : invocation.opts.reason;
    printEquivalent(wizard, wizard.commandLine(['project', 'drop'], [String(plan.project.id)], { '--reason': reason, '--date': invocation.opts.date }));
    reportChange(session, commitStageChange(session.db, plan, session.today, reason));
  }, { mode: 'write' });
}
