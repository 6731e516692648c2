// `participant list`: people once each, or with --cohort that cohort's enrolments.
import { t } from '../../../i18n/index.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import type { ParticipantFilter } from '../../../usecases/participants.js';
import { listParticipants } from '../../../usecases/participants.js';
import { printEnrolmentTable, printPeopleTable } from '../../views/participant.js';

export async function list(invocation: Invocation<ParticipantFilter>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const listed = listParticipants(db, invocation.opts);
    if (listed.kind === 'enrolments') {
      if (out.json) return out.data(listed.enrolments);
      if (listed.enrolments.length === 0) return out.hint(t('cli.participant.noneInCohort', { cohort: invocation.opts.cohort }));
      return printEnrolmentTable(out, listed.enrolments);
    }
    if (out.json) return out.data(listed.people);
    if (listed.people.length === 0) return out.hint(t('cli.participant.none'));
    printPeopleTable(out, listed.people);
  }, { mode: 'read' });
}
