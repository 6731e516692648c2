import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';
import { registerFollowupReport } from './report-followup.js';

const handlers = () => import('../handlers/report.js');

function formatOptions(command: Command): Command {
  return command
    .option('--format <format>', t('cli.report.opt.format'))
    .option('--output <file>', t('cli.report.opt.output'))
    .option('--as-of <date>', t('cli.report.opt.asOf'));
}

export function registerReportCommands(program: Command): void {
  const report = program.command('report').alias('laporan').description(t('cli.report.description'));

  withExamples(
    formatOptions(
      report
        .command('cohort')
        .alias('angkatan')
        .argument('<code>', t('cli.report.arg.code'))
        .description(t('cli.report.cohort'))
        .option('--top <n>', t('cli.report.opt.top'))
        .option('--stall-days <days>', t('cli.report.opt.stallDays')),
    ),
    'proper report cohort pim4-xxii-2018',
    'proper laporan angkatan pim4-xxii-2018 --format html --output laporan-pim4-xxii.html',
    'proper report cohort pim4-xxii-2018 --format xlsx --output laporan.xlsx --top 5 --stall-days 45',
    'proper report cohort pim4-xxii-2018 --json',
    'proper report cohort pim4-xxii-2018 --output laporan.md --as-of 2018-10-26',
  ).action(lazy(handlers, 'cohort'));

  withExamples(
    formatOptions(
      report
        .command('lokus')
        .description(t('cli.report.lokus'))
        .option('--cohort <code>', t('cli.filter.cohort'))
        .option('--year <year>', t('cli.filter.year'))
        .option('--program <program>', t('cli.filter.program'))
        .option('--projects-per-lokus <n>', t('cli.report.opt.projectsPerLokus')),
    ),
    'proper report lokus --year 2018',
    'proper laporan lokus --program pim4 --format md --output lokus.md',
  ).action(lazy(handlers, 'lokus'));

  withExamples(
    formatOptions(
      report
        .command('summary')
        .alias('rekap')
        .description(t('cli.report.summary'))
        .option('--year <year>', t('cli.filter.year'))
        .option('--program <program>', t('cli.filter.program')),
    ),
    'proper report summary --year 2018',
    'proper laporan rekap --program pkp --format xlsx --output rekap-pkp.xlsx',
  ).action(lazy(handlers, 'summary'));

  withExamples(
    formatOptions(
      report
        .command('originality')
        .alias('orisinalitas')
        .argument('<code>', t('cli.report.arg.code'))
        .description(t('cli.report.originality')),
    ),
    'proper report originality pim4-medan-2019',
    'proper laporan orisinalitas pim4-medan-2019 --format xlsx --output orisinalitas.xlsx',
  ).action(lazy(handlers, 'originality'));
  registerFollowupReport(report);
}
