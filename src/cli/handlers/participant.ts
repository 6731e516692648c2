import { formatNip } from '../../domain/nip.js';
import { t } from '../../i18n/index.js';
import {
  addParticipant,
  editParticipant,
  listParticipants,
  lookupKey,
  moveParticipant,
  removeParticipant,
  showParticipant,
} from '../../usecases/participants.js';
import { UsageError } from '../../errors.js';
import { confirmDestructive } from '../confirm.js';
import type { Invocation } from '../invocation.js';
import { required, withSession } from '../session.js';
import {
  displayId,
  enrolmentPairs,
  personPairs,
  printEnrolmentTable,
  printPeopleTable,
  printPersonCohorts,
  printPersonProjects,
} from '../views/participant.js';

interface ParticipantOptions {
  name?: string;
  gender?: string;
  birthDate?: string;
  rank?: string;
  grade?: string;
  position?: string;
  agency?: string;
  unit?: string;
  email?: string;
  phone?: string;
  idType?: string;
  cohort?: string;
  group?: string;
  status?: string;
  nip?: string;
  year?: string;
  program?: string;
  force?: boolean;
  from?: string;
  to?: string;
}

export async function add(invocation: Invocation<ParticipantOptions>): Promise<void> {
  const [nip] = invocation.args as [string];
  const { opts } = invocation;
  requireCohortFor(opts);
  await withSession(invocation, ({ db, out, today }) => {
    const added = addParticipant(db, today, nip, opts);
    const { person, enrolment } = added;
    if (out.json) return out.data(enrolment ?? person);
    out.record(enrolment ? enrolmentPairs(enrolment) : personPairs(person));
    if (!added.newPerson) out.hint(t('cli.participant.reused', { nip: displayId(person) }));
    if (enrolment) {
      out.success(t('cli.participant.added', { nip: displayId(person), name: person.name, cohort: enrolment.cohort }));
      out.hint(t('cli.next', { command: `proper project add --nip ${person.nip} --cohort ${enrolment.cohort} --title "…"` }));
    } else {
      out.success(t('cli.participant.addedPerson', { nip: displayId(person), name: person.name }));
      out.hint(t('cli.participant.nextEnrol', { nip: person.nip }));
    }
  });
}

export async function list(invocation: Invocation<ParticipantOptions>): Promise<void> {
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
  });
}

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
  });
}

export async function edit(invocation: Invocation<ParticipantOptions>): Promise<void> {
  const [nip] = invocation.args as [string];
  await withSession(invocation, ({ db, out, today }) => {
    const { person, enrolment } = editParticipant(db, today, nip, invocation.opts);
    if (out.json) return out.data(enrolment ?? person);
    out.record(enrolment ? enrolmentPairs(enrolment) : personPairs(person));
    out.success(t('cli.participant.edited', { nip: displayId(person) }));
  });
}

export async function remove(invocation: Invocation<ParticipantOptions>): Promise<void> {
  const [nip] = invocation.args as [string];
  const { cohort, force } = invocation.opts;
  const shown = formatNip(lookupKey(nip));
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
  });
}

export async function move(invocation: Invocation<ParticipantOptions>): Promise<void> {
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
  });
}

/** --group and --status describe an enrolment, so on `add` they need the cohort it is in. */
function requireCohortFor(opts: ParticipantOptions): void {
  if (opts.cohort !== undefined) return;
  for (const [value, flag] of [[opts.group, '--group'], [opts.status, '--status']] as const) {
    if (value !== undefined) throw new UsageError('participant.needsCohort', { flag });
  }
}
