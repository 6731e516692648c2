import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/followup.js');

/** proper followup due|record|list (pemantauan): the checks after the training (SPEC §11). */
export function registerFollowupCommands(program: Command): void {
  const followup = program.command('followup').alias('pemantauan').description(t('cli.followup.description'));

  withExamples(
    followup
      .command('due')
      .alias('jatuh-tempo')
      .description(t('cli.followup.due'))
      .option('--as-of <date>', t('cli.followup.opt.asOf'))
      .option('--within <days>', t('cli.followup.opt.within'))
      .option('--cohort <code>', t('cli.filter.cohort'))
      .option('--program <program>', t('cli.filter.program'))
      .option('--year <year>', t('cli.filter.year'))
      .option('--format <format>', t('cli.followup.opt.format'))
      .option('--output <file>', t('cli.followup.opt.output')),
    'proper followup due --within 31',
    'proper pemantauan due --within 31 --format ics --output pemantauan.ics',
    'proper followup due --cohort pim4-xxii-2018 --as-of 2019-12-31 --format csv --output jatuh-tempo.csv',
    'proper followup due --program pim4 --year 2018 --json',
  ).action(lazy(handlers, 'due'));

  withExamples(
    followup
      .command('record')
      .alias('catat')
      .description(t('cli.followup.record'))
      .argument('<project>', t('cli.followup.arg.project'))
      .option('--cohort <code>', t('cli.project.opt.cohortOf'))
      .option('--status <status>', t('cli.followup.opt.status'))
      .option('--months <m>', t('cli.followup.opt.months'))
      .option('--date <date>', t('cli.followup.opt.date'))
      .option('--reason <reason>', t('cli.followup.opt.reason'))
      .option('--note <text>', t('cli.followup.opt.note'))
      .option('--evidence <text>', t('cli.followup.opt.evidence'))
      .option('--ikm <n>', t('cli.followup.opt.ikm')),
    'proper followup record 12 --status running --evidence "SK Kepala Dinas No. 5/2019" --ikm 84,2',
    'proper pemantauan record 7 --status berhenti --reason mutasi --note "Pengusul pindah ke Disnaker Provinsi"',
    'proper followup record 198203102013121006 --cohort pim4-medan-2019 --months 24 --status running --date 2021-06-20',
  ).action(lazy(handlers, 'record'));

  withExamples(
    followup
      .command('list')
      .alias('daftar')
      .description(t('cli.followup.list'))
      .argument('<project>', t('cli.followup.arg.project'))
      .option('--cohort <code>', t('cli.project.opt.cohortOf')),
    'proper followup list 12',
    'proper pemantauan list 198203102013121006 --cohort pim4-medan-2019 --json',
  ).action(lazy(handlers, 'list'));
}
