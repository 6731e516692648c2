// `participant edit`: a person's fields, and with --cohort their enrolment's group and status.
import { t } from '../../../i18n/index.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import type { EditInput } from '../../../usecases/participants.js';
import { editParticipant } from '../../../usecases/participants.js';
import { displayId, enrolmentPairs, personPairs } from '../../views/participant.js';

export async function edit(invocation: Invocation<EditInput>): Promise<void> {
  const [nip] = invocation.args as [string];
  await withSession(invocation, ({ db, out, today }) => {
    const { person, enrolment } = editParticipant(db, today, nip, invocation.opts);
    if (out.json) return out.data(enrolment ?? person);
    out.record(enrolment ? enrolmentPairs(enrolment) : personPairs(person));
    out.success(t('cli.participant.edited', { nip: displayId(person) }));
    out.hint(t('cli.next', { command: `proper participant show ${person.nip}` }));
  }, { mode: 'write' });
}
