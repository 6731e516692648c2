import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';


function personFieldOptions(command: Command): Command {
  return command
    .option('--name <name>', t('cli.participant.opt.name'))
    .option('--gender <gender>', t('cli.participant.opt.gender'))
    .option('--birth-date <date>', t('cli.participant.opt.birthDate'))
    .option('--rank <rank>', t('cli.participant.opt.rank'))
    .option('--grade <grade>', t('cli.participant.opt.grade'))
    .option('--position <position>', t('cli.participant.opt.position'))
    .option('--agency <agency>', t('cli.participant.opt.agency'))
    .option('--unit <unit>', t('cli.participant.opt.unit'))
    .option('--email <email>', t('cli.participant.opt.email'))
    .option('--phone <phone>', t('cli.participant.opt.phone'))
    .option('--id-type <type>', t('cli.participant.opt.idType'));
}

function enrolmentOptions(command: Command): Command {
  return command
    .option('--cohort <code>', t('cli.participant.opt.cohort'))
    .option('--group <group>', t('cli.participant.opt.group'))
    .option('--status <status>', t('cli.participant.opt.status'));
}

export function registerParticipantCommands(program: Command): void {
  const participant = program.command('participant').alias('peserta').description(t('cli.participant.description'));

  withExamples(
    enrolmentOptions(personFieldOptions(participant.command('add').argument('[nip]', t('cli.participant.arg.nipAsked')).description(t('cli.participant.add')))),
    'proper participant add "19820315 200801 1 004" --cohort pim4-xxii-2018 --name "Budi Santoso, S.E." --rank "Penata Tk. I (III/d)" --agency "Kementerian Ketenagakerjaan" --group 2',
    'proper peserta add 3180512 --id-type nrp --cohort pkp-i-2024 --name "Kompol Andi Wijaya"',
  ).action(lazy(() => import('../handlers/participant/add.js'), 'add'));

  withExamples(
    participant
      .command('list')
      .description(t('cli.participant.list'))
      .option('--cohort <code>', t('cli.filter.cohort'))
      .option('--agency <agency>', t('cli.participant.filter.agency'))
      .option('--group <group>', t('cli.participant.filter.group'))
      .option('--year <year>', t('cli.filter.year'))
      .option('--program <program>', t('cli.filter.program')),
    'proper participant list --cohort pim4-xxii-2018 --group 2',
    'proper peserta list --agency "Kota Medan" --year 2019 --json',
  ).action(lazy(() => import('../handlers/participant/list.js'), 'list'));

  withExamples(
    participant.command('show').argument('<nip>', t('cli.participant.arg.nip')).description(t('cli.participant.show')),
    'proper participant show "19820315 200801 1 004"',
  ).action(lazy(() => import('../handlers/participant/show.js'), 'show'));

  withExamples(
    enrolmentOptions(
      personFieldOptions(
        participant
          .command('edit')
          .argument('<nip>', t('cli.participant.arg.nip'))
          .description(t('cli.participant.edit'))
          .option('--nip <new-nip>', t('cli.participant.opt.nip')),
      ),
    ),
    'proper participant edit 198203152008011004 --grade IV/a --position "Kepala Bidang Penempatan Tenaga Kerja"',
    'proper peserta edit 198203152008011004 --cohort pim4-xxii-2018 --group 3 --status lulus',
  ).action(lazy(() => import('../handlers/participant/edit.js'), 'edit'));

  withExamples(
    participant
      .command('remove')
      .argument('<nip>', t('cli.participant.arg.nip'))
      .description(t('cli.participant.remove'))
      .option('--cohort <code>', t('cli.participant.opt.removeCohort'))
      .option('--force', t('cli.participant.opt.force')),
    'proper participant remove 198203152008011004 --cohort pim4-xxii-2018 --yes',
  ).action(lazy(() => import('../handlers/participant/remove.js'), 'remove'));

  withExamples(
    participant
      .command('move')
      .argument('<nip>', t('cli.participant.arg.nip'))
      .description(t('cli.participant.move'))
      .option('--from <code>', t('cli.participant.opt.from'))
      .option('--to <code>', t('cli.participant.opt.to')),
    'proper participant move 198203152008011004 --from pim4-xxii-2018 --to pim4-xxiii-2018',
  ).action(lazy(() => import('../handlers/participant/move.js'), 'move'));
}
