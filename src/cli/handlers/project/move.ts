// `project move`: to any stage. The plan says whether the move needs a reason (a move back); the
// project is resolved once, and the change checked before anyone is asked. A move back with its
// reason is an ordinary write: no confirmation, no --yes (SPEC §4).
import { t } from '../../../i18n/index.js';
import type { StageInput } from '../../../usecases/project-stages.js';
import { commitStageChange, planStageChange } from '../../../usecases/project-stages.js';
import type { Invocation } from '../../invocation.js';
import { required, withSession } from '../../session.js';
import { createWizard, nonEmpty, printEquivalent } from '../../wizard.js';
import type { AddressedOptions } from './shared.js';
import { refOf, reportChange } from './shared.js';

type MoveOptions = AddressedOptions & Pick<StageInput, 'to' | 'reason' | 'date' | 'note' | 'score' | 'by' | 'kind' | 'award'>;

export async function move(invocation: Invocation<MoveOptions>): Promise<void> {
  const to = required(invocation.opts.to, '--to');
  const wizard = createWizard(invocation);
  await withSession(invocation, async (session) => {
    const plan = planStageChange(session.db, refOf(invocation), 'move', { ...invocation.opts, to }, session.today);
    // Without a terminal, committing a move back without --reason is refused by the stage rule (exit 3).
    if (plan.needsReason && !wizard.interactive) return void commitStageChange(session.db, plan, session.today);
    const reason = plan.needsReason
      ? await wizard.need(undefined, '--reason', (p) => p.textPrompt(t('cli.project.ask.reason'), nonEmpty))
      : invocation.opts.reason;
    printEquivalent(wizard, wizard.commandLine(['project', 'move'], [String(plan.project.id)], { '--to': to, '--reason': reason, '--date': invocation.opts.date }));
    reportChange(session, commitStageChange(session.db, plan, session.today, reason));
  }, { mode: 'write' });
}
