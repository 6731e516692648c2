// The command tree. The command being run declares its options (for parsing and --help); each
// handler is loaded only when its command runs.
import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { readVersion } from './version.js';
import { localisedHelp } from './help.js';
import type { Context } from './context.js';
import { bindContext } from './invocation.js';
export type Registrar = (program: Command) => void;

/**
 * The top-level commands, in the order --help lists them. Only the declarations of the command a
 * user runs are loaded and built; the others appear as name and description, which is all that
 * `proper --help` shows. This keeps every start within SPEC §9's budget.
 */
interface TopLevel {
  /** Each command's name and alias; its description is the catalogue's `cli.NAME.description`. */
  names: readonly (readonly [name: string, alias?: string])[];
  load: () => Promise<Registrar>;
}

const topLevel: TopLevel[] = [
  { names: [['init']], load: async () => (await import('./commands/init.js')).registerInitCommand },
  { names: [['cohort', 'angkatan']], load: async () => (await import('./commands/cohort.js')).registerCohortCommands },
  { names: [['participant', 'peserta']], load: async () => (await import('./commands/participant.js')).registerParticipantCommands },
  { names: [['import', 'impor']], load: async () => (await import('./commands/import.js')).registerImportCommands },
  { names: [['lokus']], load: async () => (await import('./commands/lokus.js')).registerLokusCommands },
  { names: [['visit', 'kunjungan']], load: async () => (await import('./commands/visit.js')).registerVisitCommands },
  { names: [['project', 'proyek']], load: async () => (await import('./commands/project.js')).registerProjectCommands },
  { names: [['followup', 'pemantauan']], load: async () => (await import('./commands/followup.js')).registerFollowupCommands },
  { names: [['milestone']], load: async () => (await import('./commands/milestone.js')).registerMilestoneCommands },
  { names: [['config', 'pengaturan']], load: async () => (await import('./commands/config.js')).registerConfigCommands },
  { names: [['report', 'laporan']], load: async () => (await import('./commands/report.js')).registerReportCommands },
  { names: [['export', 'ekspor']], load: async () => (await import('./commands/export.js')).registerExportCommands },
  { names: [['demo']], load: async () => (await import('./commands/demo.js')).registerDemoCommand },
  { names: [['completion']], load: async () => (await import('./commands/completion.js')).registerCompletionCommand },
  { names: [['search', 'cari']], load: async () => (await import('./commands/search.js')).registerSearchCommand },
  { names: [['history', 'riwayat']], load: async () => (await import('./commands/history.js')).registerHistoryCommand },
  {
    names: [['backup', 'cadangkan'], ['restore', 'pulihkan'], ['doctor', 'periksa']],
    load: async () => (await import('./commands/admin.js')).registerAdminCommands,
  },
];

/** Help is laid out for 80 columns whatever the terminal, so that it reads the same everywhere
 *  and the root help can be rendered once, at build time (see main.ts). */
export const HELP_WIDTH = 80;

const GLOBAL_OPTIONS_WITH_VALUES = new Set(['--db', '--lang']);

/** The top-level command named in argv (by name or alias), skipping global options and their values. */
export function targetOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (GLOBAL_OPTIONS_WITH_VALUES.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * The program. With `argv`, only the command named there is fully declared (see topLevel);
 * without, every command is (for completion, and for tests that walk the whole tree). With a
 * `context`, commands run against it (its streams, environment and clock) and commander's own
 * output (help) goes to its streams; a program without one can be walked but not run.
 */
export async function createProgram(argv?: readonly string[], context?: Context): Promise<Command> {
  const program = createRoot(context);
  if (context) bindContext(program, context);
  const target = argv === undefined ? undefined : targetOf(argv);
  for (const entry of topLevel) {
    const wanted = argv === undefined || entry.names.some((names) => names.includes(target ?? ''));
    if (wanted) (await entry.load())(program);
    else for (const [name, alias] of entry.names) declareStub(program, name, alias);
  }
  return program;
}

/** A top-level command as --help lists it: name, alias and description only. */
function declareStub(program: Command, name: string, alias: string | undefined): void {
  const stub = program.command(name).description(t(`cli.${name}.description`));
  if (alias) stub.alias(alias);
}

function createRoot(context: Context | undefined): Command {
  const streams = context ? { writeOut: (text: string) => void context.stdout.write(text), writeErr: (text: string) => void context.stderr.write(text) } : {};
  return new Command('proper')
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
    .configureOutput({ ...streams, outputError: () => undefined, getOutHelpWidth: () => HELP_WIDTH, getErrHelpWidth: () => HELP_WIDTH })
    .configureHelp(localisedHelp());
}


/** `proper --help` as text, for the build to keep beside the compiled code. */
export async function renderRootHelp(): Promise<string> {
  const program = await createProgram([], undefined);
  let text = '';
  program.configureOutput({ writeOut: (chunk) => (text += chunk) });
  program.outputHelp();
  return text;
}
