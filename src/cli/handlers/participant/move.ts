// `participant move`: an enrolment (and its project) from one cohort to another.
import { t } from '../../../i18n/index.js';
import type { Invocation } from '../../invocation.js';
import { required, withSession } from '../../session.js';
import { moveParticipant } from '../../../usecases/participants.js';
import { displayId, enrolmentPairs } from '../../views/participant.js';

interface MoveOptions {
  from?: string;
  to?: string;
}

export async function move(invocation: Invocation<MoveOptions>): Promise<void> {
  const [nip] = invocation.args as [string];
  const from = required(invocation.opts.from, '--from');
  const to = required(invocation.opts.to, '--to');
  await withSession(invocation, ({ db, out }) => {
    const moved = moveParticipant(db, nip, from, to);
    if (out.json) return out.data({ ...moved.enrolment, from: moved.from, project_moved: moved.project_moved });
    out.record(enrolmentPairs(moved.enrolment));
    out.success(t('cli.participant.moved', { nip: displayId(moved.enrolment), from: moved.from, to: moved.enrolment.cohort }));
    if (moved.project_moved) out.hint(t('cli.participant.movedProject', { to: moved.enrolment.cohort }));
    out.hint(t('cli.next', { command: `proper participant edit ${moved.enrolment.nip} --cohort ${moved.enrolment.cohort} --group …` }));
  }, { mode: 'write' });
}
