// `project adopt`: who took a presented project up and how; also a further record on an adopted one.
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import type { StageInput } from '../../../usecases/project-stages.js';
import { changeStage } from '../../../usecases/project-stages.js';
import { createWizard, printEquivalent } from '../../wizard.js';
import type { AddressedOptions } from './shared.js';
import { askAdoption, changeFlags, pickProject, reportChange } from './shared.js';

type AdoptOptions = AddressedOptions & Pick<StageInput, 'date' | 'note' | 'by' | 'kind' | 'award'>;

export async function adopt(invocation: Invocation<AdoptOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  const given = invocation.opts;
  wizard.check([[invocation.args[0], 'PROJECT'], [given.by?.[0], '--by'], [given.kind, '--kind']]);
  await withSession(invocation, async (session) => {
    const target = await wizard.need(invocation.args[0] as string | undefined, 'PROJECT', (p) => pickProject(p, session));
    const opts = { ...given, ...(await askAdoption(wizard, given)) };
    printEquivalent(wizard, wizard.commandLine(['project', 'adopt'], [target], { ...changeFlags(opts), '--cohort': given.cohort }));
    reportChange(session, changeStage(session.db, { target, cohort: given.cohort }, 'adopt', opts, session.today));
  }, { mode: 'write' });
}
