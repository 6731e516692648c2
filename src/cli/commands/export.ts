import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/export.js');

export function registerExportCommands(program: Command): void {
  withExamples(
    program
      .command('export')
      .alias('ekspor')
      .argument('<table>', t('cli.export.arg.table'))
      .description(t('cli.export.description'))
      .option('--format <format>', t('cli.export.opt.format'))
      .option('--output <file>', t('cli.export.opt.output'))
      .addHelpText('after', `\n${t('cli.export.help')}`),
    'proper export participants --output peserta.csv',
    'proper ekspor proyek --format json > proyek.json',
  ).action(lazy(handlers, 'exportTable'));
}
