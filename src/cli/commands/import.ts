import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { collect, withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/import.js');

function importOptions(command: Command): Command {
  return command
    .argument('<file>', t('cli.import.arg.file'))
    .option('--cohort <code>', t('cli.import.opt.cohort'))
    .option('--dry-run', t('cli.import.opt.dryRun'))
    .option('--skip-invalid', t('cli.import.opt.skipInvalid'))
    .option('--rejected <file>', t('cli.import.opt.rejected'))
    .option('--sheet <name>', t('cli.import.opt.sheet'))
    .option('--header-row <n>', t('cli.import.opt.headerRow'))
    .option('--map <header=field>', t('cli.import.opt.map'), collect);
}

export function registerImportCommands(program: Command): void {
  const group = program.command('import').alias('impor').description(t('cli.import.description'));

  withExamples(
    importOptions(group.command('participants').alias('peserta').description(t('cli.import.participants'))),
    'proper import participants peserta-pkp-xxii.csv --cohort pkp-xxii-2024',
    'proper impor peserta daftar.xlsx --cohort pim4-xxiii-2019 --sheet Peserta --map "Nama Pegawai=name" --dry-run',
    'proper import participants daftar.csv --cohort pkp-xxii-2024 --skip-invalid --json',
  ).action(lazy(handlers, 'participants'));

  withExamples(
    importOptions(group.command('projects').alias('proyek').description(t('cli.import.projects'))),
    'proper import projects proyek-workshop-2019.csv --cohort pkp-i-2019',
  ).action(lazy(handlers, 'projects'));

  withExamples(
    group
      .command('followups')
      .alias('pemantauan')
      .description(t('cli.import.followups'))
      .argument('<file>', t('cli.import.arg.file'))
      .option('--cohort <code>', t('cli.import.opt.cohortFollowups'))
      .option('--dry-run', t('cli.import.opt.dryRun'))
      .option('--skip-invalid', t('cli.import.opt.skipInvalid'))
      .option('--rejected <file>', t('cli.import.opt.rejected'))
      .option('--sheet <name>', t('cli.import.opt.sheet'))
      .option('--header-row <n>', t('cli.import.opt.headerRow'))
      .option('--map <header=field>', t('cli.import.opt.map'), collect),
    'proper import followups jawaban-formulir.csv --dry-run',
    'proper impor pemantauan pemantauan-2019.xlsx --cohort pim4-xxii-2018',
    'proper import followups form.csv --map "Apakah inovasi Anda masih berjalan?=status" --json',
  ).action(lazy(() => import('../handlers/import-followups.js'), 'followups'));

  withExamples(
    group
      .command('template')
      .alias('templat')
      .argument('<kind>', t('cli.import.arg.kind'))
      .description(t('cli.import.template'))
      .option('--format <format>', t('cli.import.opt.format'), 'csv')
      .option('--output <file>', t('cli.import.opt.output')),
    'proper import template participants --format xlsx --output templat-peserta.xlsx',
    'proper import template followups --output formulir-pemantauan.csv',
  ).action(lazy(handlers, 'template'));
}
