import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { collect, withExamples } from '../help.js';
import { lazy } from '../invocation.js';


function projectFieldOptions(command: Command): Command {
  return command
    .option('--title <title>', t('cli.project.opt.title'))
    .option('--innovation-name <name>', t('cli.project.opt.innovationName'))
    .option('--description <text>', t('cli.project.opt.description'))
    .option('--coach <name>', t('cli.project.opt.coach'))
    .option('--mentor <name>', t('cli.project.opt.mentor'))
    .option('--examiner <name>', t('cli.project.opt.examiner'))
    .option('--inspired-by-lokus <lokus>', t('cli.project.opt.lokus'));
}

/** A command addressing one project: `ID`, or `NIP --cohort CODE`; picked at a terminal when `optional`. */
function addressed(command: Command, optional = false): Command {
  return command
    .argument(optional ? '[project]' : '<project>', t(optional ? 'cli.project.arg.projectPicked' : 'cli.project.arg.project'))
    .option('--cohort <code>', t('cli.project.opt.cohortOf'));
}

function adoptionOptions(command: Command): Command {
  return command
    .option('--by <agency>', t('cli.project.opt.by'), collect)
    .option('--kind <kind>', t('cli.project.opt.kind'))
    .option('--award <award>', t('cli.project.opt.award'));
}

export function registerProjectCommands(program: Command): void {
  const project = program.command('project').alias('proyek').description(t('cli.project.description'));

  withExamples(
    projectFieldOptions(
      project
        .command('add')
        .description(t('cli.project.add'))
        .option('--nip <nip>', t('cli.project.opt.nip'))
        .option('--cohort <code>', t('cli.project.opt.cohort')),
    )
      .option('--date <date>', t('cli.project.opt.startDate'))
      .option('--note <note>', t('cli.project.opt.note')),
    'proper project add --nip "19820315 200801 1 004" --cohort pim4-xxii-2018 --title "Surat masuk dan keluar secara daring" --innovation-name Si-Surat --mentor "Kabag Umum Setda" --inspired-by-lokus sby-diskominfo --date 2018-08-01',
  ).action(lazy(() => import('../handlers/project/add.js'), 'add'));

  withExamples(
    project
      .command('list')
      .description(t('cli.project.list'))
      .option('--cohort <code>', t('cli.filter.cohort'))
      .option('--stage <stage>', t('cli.project.filter.stage'))
      .option('--agency <agency>', t('cli.project.filter.agency'))
      .option('--lokus <lokus>', t('cli.project.filter.lokus'))
      .option('--year <year>', t('cli.filter.year'))
      .option('--program <program>', t('cli.filter.program')),
    'proper project list --cohort pim4-xxii-2018 --stage presentasi',
    'proper proyek list --year 2019 --program pkp --json',
  ).action(lazy(() => import('../handlers/project/list.js'), 'list'));

  withExamples(
    addressed(project.command('show').description(t('cli.project.show'))),
    'proper project show 12',
    'proper proyek show 198203152008011004 --cohort pim4-xxii-2018',
  ).action(lazy(() => import('../handlers/project/show.js'), 'show'));

  withExamples(
    projectFieldOptions(addressed(project.command('edit').description(t('cli.project.edit'))))
      .option('--score <score>', t('cli.project.opt.editScore'))
      .option('--ikm-before <n>', t('cli.project.opt.ikmBefore'))
      .option('--ikm-after <n>', t('cli.project.opt.ikmAfter')),
    'proper project edit 12 --examiner "Dr. Siti Rahmawati, M.Si." --coach "Drs. Bambang Hartono"',
    'proper project edit 12 --ikm-before 72,4 --ikm-after 84,1',
  ).action(lazy(() => import('../handlers/project/edit.js'), 'edit'));

  withExamples(
    adoptionOptions(
      addressed(project.command('advance').description(t('cli.project.advance')), true)
        .option('--date <date>', t('cli.project.opt.date'))
        .option('--note <note>', t('cli.project.opt.note'))
        .option('--score <score>', t('cli.project.opt.score')),
    ),
    'proper project advance 12 --date 2018-09-03 --note "Rancangan disetujui mentor"',
    `proper project advance          # ${t('cli.project.example.guided')}`,
    'proper proyek advance 12 --date 2018-10-24 --score 88,5',
    'proper project advance 12 --by "Setda Kota Medan" --kind replikasi --award "KIPP 2019 Top 99"',
  ).action(lazy(() => import('../handlers/project/advance.js'), 'advance'));

  withExamples(
    adoptionOptions(
      addressed(project.command('move').description(t('cli.project.move')))
        .requiredOption('--to <stage>', t('cli.project.opt.to'))
        .option('--reason <reason>', t('cli.project.opt.reason'))
        .option('--date <date>', t('cli.project.opt.date'))
        .option('--note <note>', t('cli.project.opt.note'))
        .option('--score <score>', t('cli.project.opt.score')),
    ),
    'proper project move 12 --to implementasi --date 2018-09-10',
    'proper project move 12 --to rancangan --reason "Rancangan dikembalikan penguji"',
  ).action(lazy(() => import('../handlers/project/move.js'), 'move'));

  withExamples(
    adoptionOptions(
      addressed(project.command('adopt').description(t('cli.project.adopt')), true)
        .option('--date <date>', t('cli.project.opt.date'))
        .option('--note <note>', t('cli.project.opt.note')),
    ),
    'proper project adopt 12 --by "Dinas Kominfo Kota Medan" --by "Bagian Umum Setda" --kind replikasi --date 2019-03-01',
  ).action(lazy(() => import('../handlers/project/adopt.js'), 'adopt'));

  withExamples(
    addressed(project.command('drop').description(t('cli.project.drop')))
      .option('--reason <reason>', t('cli.project.opt.reason'))
      .option('--date <date>', t('cli.project.opt.date')),
    'proper project drop 12 --reason "Peserta mutasi ke instansi lain"',
  ).action(lazy(() => import('../handlers/project/drop.js'), 'drop'));

  withExamples(
    addressed(project.command('reopen').description(t('cli.project.reopen')))
      .option('--date <date>', t('cli.project.opt.date'))
      .option('--note <note>', t('cli.project.opt.note')),
    'proper project reopen 12 --note "Dilanjutkan oleh pejabat pengganti"',
  ).action(lazy(() => import('../handlers/project/reopen.js'), 'reopen'));

  withExamples(
    project
      .command('similar')
      .alias('mirip')
      .description(t('cli.project.similar'))
      .argument('<id>', t('cli.project.arg.similarId'))
      .option('--limit <n>', t('cli.project.opt.similarLimit')),
    'proper project similar 12',
    'proper proyek mirip 12 --limit 5 --json',
  ).action(lazy(() => import('../handlers/project/similar.js'), 'similar'));

  withExamples(
    addressed(project.command('history').description(t('cli.project.history'))),
    'proper project history 12',
  ).action(lazy(() => import('../handlers/project/history.js'), 'history'));
}
