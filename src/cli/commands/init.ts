import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

export function registerInitCommand(program: Command): void {
  withExamples(
    program.command('init').description(t('cli.init.description')),
    'proper init',
    'proper --db ~/diklat/bpsdm-sumut.db init',
  ).action(lazy(() => import('../handlers/init.js'), 'init'));
}
