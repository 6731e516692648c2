// proper report followup (laporan pemantauan): the sustainability report of SPEC §11.
import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/report-followup.js');

export function registerFollowupReport(report: Command): void {
  withExamples(
    report
      .command('followup')
      .alias('pemantauan')
      .description(t('cli.report.followup'))
      .option('--cohort <code>', t('cli.filter.cohort'))
      .option('--year <year>', t('cli.filter.year'))
      .option('--program <program>', t('cli.filter.program'))
      .option('--format <format>', t('cli.report.opt.format'))
      .option('--output <file>', t('cli.report.opt.output'))
      .option('--as-of <date>', t('cli.report.opt.asOf')),
    'proper report followup',
    'proper laporan pemantauan --year 2018 --format md --output keberlanjutan-2018.md',
    'proper report followup --program pim4 --format html --output keberlanjutan.html',
    'proper report followup --cohort pim4-xxii-2018 --as-of 2020-12-31 --json',
  ).action(lazy(handlers, 'followup'));
}
