import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { collect, withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/visit.js');

export function registerVisitCommands(program: Command): void {
  const visit = program.command('visit').alias('kunjungan').description(t('cli.visit.description'));

  withExamples(
    visit
      .command('add')
      .description(t('cli.visit.add'))
      .option('--cohort <code>', t('cli.visit.opt.cohort'))
      .option('--lokus <lokus>', t('cli.visit.opt.lokus'))
      .option('--date <date>', t('cli.visit.opt.date'))
      .option('--group <group>', t('cli.visit.opt.group'), collect)
      .option('--companion <name>', t('cli.visit.opt.companion')),
    'proper visit add --cohort pim4-xxii-2018 --lokus sby-dpmptsp --date "15 Agustus 2018" --group 3 --group 4 --companion "Dra. Sri Wahyuni, M.Si."',
  ).action(lazy(handlers, 'add'));

  withExamples(
    visit
      .command('list')
      .description(t('cli.visit.list'))
      .option('--cohort <code>', t('cli.filter.cohort'))
      .option('--lokus <lokus>', t('cli.visit.filter.lokus')),
    'proper visit list --cohort pim4-xxii-2018',
    'proper kunjungan list --lokus sby-dpmptsp --json',
  ).action(lazy(handlers, 'list'));

  withExamples(
    visit.command('remove').argument('<id>', t('cli.visit.arg.id')).description(t('cli.visit.remove')),
    'proper visit remove 3 --yes',
  ).action(lazy(handlers, 'remove'));
}
