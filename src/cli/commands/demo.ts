import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

export function registerDemoCommand(program: Command): void {
  withExamples(
    program
      .command('demo')
      .description(t('cli.demo.description'))
      .option('--format <format>', t('cli.demo.opt.format'), 'table'),
    'proper demo',
    'proper demo --format md',
    'proper --db ~/coba-proper.db demo',
  ).action(lazy(() => import('../handlers/demo.js'), 'demo'));
}
