import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/cohort.js');

function cohortFieldOptions(command: Command): Command {
  return command
    .option('--program <program>', t('cli.cohort.opt.program'))
    .option('--number <number>', t('cli.cohort.opt.number'))
    .option('--year <year>', t('cli.cohort.opt.year'))
    .option('--organizer <name>', t('cli.cohort.opt.organizer'))
    .option('--start-date <date>', t('cli.cohort.opt.startDate'))
    .option('--end-date <date>', t('cli.cohort.opt.endDate'))
    .option('--place <place>', t('cli.cohort.opt.place'));
}

export function registerCohortCommands(program: Command): void {
  const cohort = program.command('cohort').alias('angkatan').description(t('cli.cohort.description'));

  withExamples(
    cohortFieldOptions(cohort.command('add').argument('[code]', t('cli.cohort.arg.code')).description(t('cli.cohort.add'))),
    'proper cohort add pim4-xxii-2018 --program "PIM IV" --number XXII --year 2018 --organizer "Pusdiklat Kemnaker" --start-date 2018-07-02 --end-date 2018-10-26 --place Jakarta',
  ).action(lazy(handlers, 'add'));

  withExamples(
    cohort
      .command('list')
      .description(t('cli.cohort.list'))
      .option('--year <year>', t('cli.filter.year'))
      .option('--program <program>', t('cli.filter.program')),
    'proper cohort list --year 2018',
    'proper angkatan list --program pkp --json',
  ).action(lazy(handlers, 'list'));

  withExamples(
    cohort.command('show').argument('<code>', t('cli.cohort.arg.code')).description(t('cli.cohort.show')),
    'proper cohort show pim4-xxii-2018',
  ).action(lazy(handlers, 'show'));

  withExamples(
    cohortFieldOptions(
      cohort
        .command('edit')
        .argument('<code>', t('cli.cohort.arg.code'))
        .description(t('cli.cohort.edit'))
        .option('--code <new-code>', t('cli.cohort.opt.code')),
    ),
    'proper cohort edit pim4-xxii-2018 --place "Graha Sawunggaling, Surabaya"',
  ).action(lazy(handlers, 'edit'));

  withExamples(
    cohort
      .command('remove')
      .argument('<code>', t('cli.cohort.arg.code'))
      .description(t('cli.cohort.remove'))
      .option('--force', t('cli.cohort.opt.force')),
    'proper cohort remove pim4-xxii-2018 --yes',
  ).action(lazy(handlers, 'remove'));
}
