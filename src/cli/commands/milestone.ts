import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/milestone.js');

export function registerMilestoneCommands(program: Command): void {
  const milestone = program.command('milestone').description(t('cli.milestone.description'));

  withExamples(
    milestone
      .command('add')
      .description(t('cli.milestone.add'))
      .argument('<project>', t('cli.milestone.arg.project'))
      .option('--cohort <code>', t('cli.project.opt.cohortOf'))
      .option('--horizon <horizon>', t('cli.milestone.opt.horizon'))
      .option('--description <text>', t('cli.milestone.opt.description'))
      .option('--target-date <date>', t('cli.milestone.opt.targetDate')),
    'proper milestone add 12 --horizon pendek --description "SK tim Si-Surat ditandatangani" --target-date 2018-09-30',
  ).action(lazy(handlers, 'add'));

  withExamples(
    milestone
      .command('list')
      .description(t('cli.milestone.list'))
      .argument('<project>', t('cli.milestone.arg.project'))
      .option('--cohort <code>', t('cli.project.opt.cohortOf')),
    'proper milestone list 12',
  ).action(lazy(handlers, 'list'));

  withExamples(
    milestone
      .command('rate')
      .description(t('cli.milestone.rate'))
      .argument('<id>', t('cli.milestone.arg.id'))
      .option('--rating <rating>', t('cli.milestone.opt.rating'))
      .option('--evidence <text>', t('cli.milestone.opt.evidence')),
    'proper milestone rate 31 --rating melampaui --evidence "Si-Surat dipakai di 12 OPD"',
  ).action(lazy(handlers, 'rate'));

  withExamples(
    milestone.command('remove').description(t('cli.milestone.remove')).argument('<id>', t('cli.milestone.arg.id')),
    'proper milestone remove 31 --yes',
  ).action(lazy(handlers, 'remove'));
}
