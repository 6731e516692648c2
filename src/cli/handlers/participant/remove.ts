// `participant remove`: a person, or with --cohort one enrolment; confirmed at a terminal, --yes elsewhere.
import { formatNip, identifierKey } from '../../../domain/nip.js';
import { t } from '../../../i18n/index.js';
import { removeParticipant } from '../../../usecases/participants.js';
import { confirmDestructive } from '../../confirm.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';

interface RemoveOptions {
  cohort?: string;
  force?: boolean;
}

export async function remove(invocation: Invocation<RemoveOptions>): Promise<void> {
  const [nip] = invocation.args as [string];
  const { cohort, force } = invocation.opts;
  const shown = formatNip(identifierKey(nip));
  await withSession(invocation, async (session) => {
    const question =
      cohort !== undefined
        ? t('cli.participant.confirmRemoveEnrolment', { nip: shown, cohort })
        : t('cli.participant.confirmRemove', { nip: shown });
    await confirmDestructive(session, question);
    const removed = removeParticipant(session.db, nip, cohort, Boolean(force));
    if (session.out.json) return session.out.data({ removed: removed.nip, ...removed });
    const params = { nip: formatNip(removed.nip), cohort: removed.cohort, enrolments: removed.enrolments, projects: removed.projects };
    session.out.success(t(removed.person_removed ? 'cli.participant.removed' : 'cli.participant.removedEnrolment', params));
    session.out.hint(t('cli.next', { command: removed.person_removed ? 'proper participant list' : `proper participant list --cohort ${removed.cohort}` }));
  }, { mode: 'write' });
}
