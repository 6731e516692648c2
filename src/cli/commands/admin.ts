import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

const handlers = () => import('../handlers/admin.js');

/** backup, restore and doctor: looking after the database file itself. */
export function registerAdminCommands(program: Command): void {
  withExamples(
    program
      .command('backup')
      .alias('cadangkan')
      .argument('<file>', t('cli.backup.arg.file'))
      .description(t('cli.backup.description'))
      .option('--force', t('cli.backup.opt.force')),
    'proper backup ~/cadangan/proper-2024-08-15.db',
    'proper cadangkan /media/usb/proper.db --force --json',
  ).action(lazy(handlers, 'backup'));

  withExamples(
    program
      .command('restore')
      .alias('pulihkan')
      .argument('<file>', t('cli.restore.arg.file'))
      .description(t('cli.restore.description'))
      // --yes is a global option, so commander lists it only under proper --help: say it here.
      .addHelpText('after', `\n${t('cli.restore.yesNote')}`),
    'proper restore ~/cadangan/proper-2024-08-15.db',
    'proper pulihkan /media/usb/proper.db --yes',
  ).action(lazy(handlers, 'restore'));

  withExamples(
    program.command('doctor').alias('periksa').description(t('cli.doctor.description')),
    'proper doctor',
    'proper periksa --db /data/bpsdm.db --json',
  ).action(lazy(handlers, 'doctor'));
}
