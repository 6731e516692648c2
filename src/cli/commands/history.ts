import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

/** The audit trail of changes to projects, enrolments and settings. */
export function registerHistoryCommand(program: Command): void {
  withExamples(
    program
      .command('history')
      .alias('riwayat')
      .description(t('cli.history.description'))
      .option('--table <table>', t('cli.history.opt.table'))
      .option('--user <user>', t('cli.history.opt.user'))
      .option('--since <date>', t('cli.history.opt.since'))
      .option('--limit <n>', t('cli.history.opt.limit')),
    'proper history --table projects --since 2024-08-01',
    'proper riwayat --user budi --limit 20 --json',
  ).action(lazy(() => import('../handlers/history.js'), 'history'));
}
