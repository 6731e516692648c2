// `participant show`: a person with their cohorts and change projects.
import { t } from '../../../i18n/index.js';
import type { Invocation } from '../../invocation.js';
import { withSession } from '../../session.js';
import { showParticipant } from '../../../usecases/participants.js';
import { personPairs, printPersonCohorts, printPersonProjects } from '../../views/participant.js';

export async function show(invocation: Invocation): Promise<void> {
  const [nip] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const detail = showParticipant(db, nip);
    if (out.json) return out.data(detail);
    out.record(personPairs(detail));
    out.line();
    out.line(out.paint.bold(t('cli.participant.section.cohorts')));
    if (detail.cohorts.length === 0) out.line(t('cli.participant.noCohorts'));
    else printPersonCohorts(out, detail.cohorts);
    out.line();
    out.line(out.paint.bold(t('cli.participant.section.projects')));
    if (detail.projects.length === 0) out.line(t('cli.participant.noProjects'));
    else printPersonProjects(out, detail.projects);
  }, { mode: 'read' });
}
