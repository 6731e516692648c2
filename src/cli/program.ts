// The command tree. Each group declares its commands and options here-and-now (for --help) and
// loads its handler only when run.
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { t } from '../i18n/index.js';
import { localisedHelp } from './help.js';
import { registerCohortCommands } from './commands/cohort.js';
import { registerAdminCommands } from './commands/admin.js';
import { registerHistoryCommand } from './commands/history.js';
import { registerCompletionCommand } from './commands/completion.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerInitCommand } from './commands/init.js';
import { registerProjectCommands } from './commands/project.js';
import { registerMilestoneCommands } from './commands/milestone.js';
import { registerConfigCommands } from './commands/config.js';
import { registerLokusCommands } from './commands/lokus.js';
import { registerParticipantCommands } from './commands/participant.js';
import { registerVisitCommands } from './commands/visit.js';
import { registerImportCommands } from './commands/import.js';
import { registerReportCommands } from './commands/report.js';
import { registerExportCommands } from './commands/export.js';

export type Registrar = (program: Command) => void;

/** Command groups register themselves here, in the order --help lists them. */
export const registrars: Registrar[] = [registerInitCommand, registerCohortCommands, registerParticipantCommands, registerImportCommands, registerLokusCommands, registerVisitCommands, registerProjectCommands, registerMilestoneCommands, registerConfigCommands, registerReportCommands, registerExportCommands, registerDemoCommand, registerCompletionCommand, registerHistoryCommand, registerAdminCommands];

export function createProgram(): Command {
  const program = new Command('proper')
    .description(t('cli.program.description'))
    .version(readVersion(), '-V, --version', t('cli.option.version'))
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand(false)
    .addOption(new Option('--db <path>', t('cli.option.db')))
    .addOption(new Option('--json', t('cli.option.json')))
    .addOption(new Option('--lang <lang>', t('cli.option.lang')).choices(['id', 'en']))
    .addOption(new Option('--no-color', t('cli.option.noColor')))
    .addOption(new Option('-y, --yes', t('cli.option.yes')))
    .addOption(new Option('--no-input', t('cli.option.noInput')))
    .showSuggestionAfterError(true)
    // Set before the subcommands are added, which copy these settings: errors are thrown and
    // rendered by main.ts in the user's language instead of printed by commander.
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .configureHelp(localisedHelp());
  for (const register of registrars) register(program);
  return program;
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
