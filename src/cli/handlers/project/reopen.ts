// `project reopen`: a dropped project back to the stage it was dropped from.
import { changeStage } from '../../../usecases/project-stages.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import type { AddressedOptions } from './shared.js';
import { refOf, reportChange } from './shared.js';

interface ReopenOptions extends AddressedOptions {
  date?: string;
  note?: string;
}

export async function reopen(invocation: Invocation<ReopenOptions>): Promise<void> {
  await withSession(invocation, ({ db, out, today }) => {
    reportChange({ db, out }, changeStage(db, refOf(invocation), 'reopen', invocation.opts, today));
  }, { mode: 'write' });
}
