import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/config.js');

export function registerConfigCommands(program: Command): void {
  const config = program.command('config').alias('pengaturan').description(t('cli.config.description'));

  withExamples(config.command('list').description(t('cli.config.list')), 'proper config list', 'proper pengaturan list --json').action(
    lazy(handlers, 'list'),
  );

  withExamples(
    config.command('get').description(t('cli.config.get')).argument('<key>', t('cli.config.arg.key')),
    'proper config get bands.pkp',
  ).action(lazy(handlers, 'get'));

  withExamples(
    config
      .command('set')
      .description(t('cli.config.set'))
      .argument('<key>', t('cli.config.arg.key'))
      .argument('<value>', t('cli.config.arg.value')),
    'proper config set bands.pkp 90,80,70,60',
    'proper pengaturan set pass_mark.pka 75',
  ).action(lazy(handlers, 'set'));
}
