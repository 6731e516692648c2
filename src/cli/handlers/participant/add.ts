// `participant add`: a person by NIP (or NRP), enrolled in a cohort when one is named; guided at a terminal.
import { parsePastDate } from '../../../domain/dates.js';
import { parseIdentifier, parseIdType } from '../../../domain/nip.js';
import { RANKS } from '../../../domain/rank.js';
import { GENDERS } from '../../../domain/types.js';
import { UsageError } from '../../../errors.js';
import { t } from '../../../i18n/index.js';
import { listCohortsFiltered } from '../../../usecases/cohorts.js';
import type { EnrolmentInput, PersonInput } from '../../../usecases/participants.js';
import { addParticipant, knownPerson } from '../../../usecases/participants.js';
import type { Invocation } from '../../invocation.js';
import type { Session } from '../../session.js';
import { withSession } from '../../session.js';
import { cohortChoice } from '../../views/cohort.js';
import { formatHumanDate } from '../../views/dates.js';
import { displayId, enrolmentPairs, personPairs } from '../../views/participant.js';
import { createWizard, nonEmpty, printEquivalent, validator, type Wizard } from '../../wizard.js';

type AddOptions = PersonInput & EnrolmentInput;

export async function add(invocation: Invocation<AddOptions>): Promise<void> {
  const wizard = createWizard(invocation);
  wizard.check([[invocation.args[0], 'NIP']]);
  requireCohortFor(invocation.opts);
  await withSession(invocation, async (session) => {
    const { nip, opts } = await askParticipantFields(wizard, invocation, session);
    const { db, out, today } = session;
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
  }, { mode: 'write' });
}

/**
 * The NIP and fields `participant add` needs: given, or asked for at a terminal. The NIP is
 * checked as it is typed; its birth date and gender are shown, not asked (they must agree).
 */
async function askParticipantFields(wizard: Wizard, invocation: Invocation<AddOptions>, session: Session) {
  const { db, today } = session;
  const given = invocation.opts;
  const idType = given.idType !== undefined ? parseIdType(given.idType) : undefined;
  const checkId = (value: string) => parseIdentifier(value, idType?.ok ? idType.value : 'nip', today);
  const nip = await wizard.need(invocation.args[0] as string | undefined, 'NIP', (p) => p.textPrompt(t('cli.participant.ask.nip'), validator(checkId)));
  const known = knownPerson(db, nip);
  const opts: AddOptions = { ...given };
  if (!known && wizard.asked) showFromNip(session, checkId(nip));
  if (!known) opts.name = await wizard.need(given.name, '--name', (p) => p.textPrompt(t('cli.participant.ask.name'), nonEmpty));
  if (!wizard.asked) return { nip, opts };

  const parsed = checkId(nip);
  if (!known && !(parsed.ok && parsed.value.nip)) {
    opts.birthDate = await wizard.maybe(given.birthDate, (p) => p.textPrompt(t('cli.participant.ask.birthDate'), validator((v) => parsePastDate(v, today), true)));
    opts.gender = await wizard.maybe(given.gender, (p) =>
      p.selectPrompt(t('cli.participant.ask.gender'), [
        { value: '', name: t('cli.ask.skip') },
        ...GENDERS.map((g) => ({ value: g, name: t(`report.gender.${g}`) })),
      ]),
    );
  }
  const cohorts = listCohortsFiltered(db, {});
  if (cohorts.length > 0) {
    opts.cohort = await wizard.maybe(given.cohort, (p) =>
      // The latest cohort first chosen: most people are added to the one being run.
      p.selectPrompt(t('cli.participant.ask.cohort'), [...cohorts.map(cohortChoice), { value: '', name: t('cli.participant.ask.noCohort') }], cohorts.at(-1)!.code),
    );
  }
  if (opts.cohort !== undefined) opts.group = await wizard.maybe(given.group, (p) => p.textPrompt(t('cli.participant.ask.group')));
  if (!known) {
    if (given.rank === undefined) {
      opts.grade = await wizard.maybe(given.grade, (p) =>
        p.selectPrompt(t('cli.participant.ask.rank'), [
          { value: '', name: t('cli.ask.skip') },
          ...RANKS.map((r) => ({ value: r.grade, name: `${r.grade.padEnd(5)} ${r.rank}` })),
        ]),
      );
    }
    opts.position = await wizard.maybe(given.position, (p) => p.textPrompt(t('cli.participant.ask.position')));
    opts.agency = await wizard.maybe(given.agency, (p) => p.textPrompt(t('cli.participant.ask.agency')));
    opts.unit = await wizard.maybe(given.unit, (p) => p.textPrompt(t('cli.participant.ask.unit')));
  }
  const shownNip = parsed.ok ? parsed.value.identifier : nip;
  printEquivalent(
    wizard,
    wizard.commandLine(['participant', 'add'], [shownNip], {
      '--id-type': given.idType, '--cohort': opts.cohort, '--group': opts.group, '--name': opts.name,
      '--gender': opts.gender, '--birth-date': opts.birthDate, '--rank': opts.rank, '--grade': opts.grade,
      '--position': opts.position, '--agency': opts.agency, '--unit': opts.unit, '--email': opts.email, '--phone': opts.phone,
      '--status': opts.status,
    }),
  );
  return { nip, opts };
}

/** What an NIP says about its holder, shown once it is typed: the birth date and gender it carries. */
function showFromNip({ out }: Session, parsed: ReturnType<typeof parseIdentifier>): void {
  if (!parsed.ok || !parsed.value.nip) return;
  const { birthDate, gender } = parsed.value.nip;
  out.hint(t('cli.participant.fromNip', { birth_date: formatHumanDate(birthDate), gender: t(`report.gender.${gender}`) }));
}

/** --group and --status describe an enrolment, so on `add` they need the cohort it is in. */
function requireCohortFor(opts: AddOptions): void {
  if (opts.cohort !== undefined) return;
  for (const [value, flag] of [[opts.group, '--group'], [opts.status, '--status']] as const) {
    if (value !== undefined) throw new UsageError('participant.needsCohort', { flag });
  }
}
