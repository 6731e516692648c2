import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

/** Full-text search over projects and lokus (SPEC §12). */
export function registerSearchCommand(program: Command): void {
  withExamples(
    program
      .command('search')
      .alias('cari')
      .description(t('cli.search.description'))
      .argument('<query...>', t('cli.search.arg.query'))
      .option('--in <where>', t('cli.search.opt.in'))
      .option('--program <program>', t('cli.search.opt.program'))
      .option('--year <year>', t('cli.search.opt.year'))
      .option('--stage <stage>', t('cli.search.opt.stage'))
      .option('--limit <n>', t('cli.search.opt.limit')),
    'proper search surat',
    'proper cari "surat masuk" --in projects --year 2019',
    'proper search e-wadul --in lokus --json',
  ).action(lazy(() => import('../handlers/search.js'), 'search'));
}
