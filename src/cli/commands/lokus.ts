import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { collect, withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/lokus.js');

function lokusFieldOptions(command: Command): Command {
  return command
    .option('--name <name>', t('cli.lokus.opt.name'))
    .option('--agency <agency>', t('cli.lokus.opt.agency'))
    .option('--city <city>', t('cli.lokus.opt.city'))
    .option('--province <province>', t('cli.lokus.opt.province'))
    .option('--innovation <name>', t('cli.lokus.opt.innovation'), collect);
}

export function registerLokusCommands(program: Command): void {
  const lokus = program.command('lokus').description(t('cli.lokus.description'));

  withExamples(
    lokusFieldOptions(lokus.command('add').argument('<code>', t('cli.lokus.arg.code')).description(t('cli.lokus.add'))),
    'proper lokus add sby-dpmptsp --name "DPM-PTSP Kota Surabaya" --agency "Pemerintah Kota Surabaya" --city Surabaya --province "Jawa Timur" --innovation "Surabaya Single Window" --innovation e-Kios',
  ).action(lazy(handlers, 'add'));

  withExamples(
    lokus
      .command('list')
      .description(t('cli.lokus.list'))
      .option('--city <city>', t('cli.lokus.filter.city'))
      .option('--province <province>', t('cli.lokus.filter.province')),
    'proper lokus list --city Surabaya',
    'proper lokus list --province "Jawa Timur" --json',
  ).action(lazy(handlers, 'list'));

  withExamples(
    lokus.command('show').argument('<lokus>', t('cli.lokus.arg.ref')).description(t('cli.lokus.show')),
    'proper lokus show sby-dpmptsp',
  ).action(lazy(handlers, 'show'));

  withExamples(
    lokusFieldOptions(
      lokus
        .command('edit')
        .argument('<lokus>', t('cli.lokus.arg.ref'))
        .description(t('cli.lokus.edit'))
        .option('--code <new-code>', t('cli.lokus.opt.code'))
        .option('--add-innovation <name>', t('cli.lokus.opt.addInnovation'), collect)
        .option('--remove-innovation <name>', t('cli.lokus.opt.removeInnovation'), collect),
    ),
    'proper lokus edit sby-dpmptsp --add-innovation e-Wadul',
    'proper lokus edit 3 --innovation Sipadu --innovation e-Health',
  ).action(lazy(handlers, 'edit'));

  withExamples(
    lokus
      .command('remove')
      .argument('<lokus>', t('cli.lokus.arg.ref'))
      .description(t('cli.lokus.remove'))
      .option('--force', t('cli.lokus.opt.force')),
    'proper lokus remove sby-dpmptsp --yes',
  ).action(lazy(handlers, 'remove'));
}
