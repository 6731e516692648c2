// Turns any failure into one clear message on stderr and its exit code. Expected errors print
// without a stack; anything else is a bug: one line, the stack only with PROPER_DEBUG=1.
import { type Command, CommanderError } from 'commander';
import { ExitCode, ProperError } from '../errors.js';
import { t } from '../i18n/index.js';
import { commanderMessage } from './commander-messages.js';
import type { Context } from './context.js';
import { terminalSafe } from './terminal-text.js';

const commanderKeys: Record<string, string> = {
  'commander.unknownOption': 'cli.error.unknownOption',
  'commander.unknownCommand': 'cli.error.unknownCommand',
  'commander.missingArgument': 'cli.error.missingArgument',
  'commander.optionMissingArgument': 'cli.error.optionMissingArgument',
  'commander.missingMandatoryOptionValue': 'cli.error.missingMandatoryOption',
  'commander.invalidArgument': 'cli.error.invalidArgument',
  'commander.excessArguments': 'cli.error.excessArguments',
  'commander.conflictingOption': 'cli.error.conflictingOption',
};

export function renderError(error: unknown, argv: string[], context: Context, program?: Command): number {
  const { env } = context;
  // Messages echo input (a code, a file name, a cell): escaped so that none can drive the terminal.
  const write = (line: string) => context.stderr.write(`${terminalSafe(line)}\n`);
  if (error instanceof ProperError) {
    const label = (name: unknown) => fieldLabel(String(name), argv, program);
    const params = { ...error.params };
    if (params.flag !== undefined) params.flag = label(params.flag);
    const field = params.field !== undefined ? `${label(params.field)}: ` : '';
    write(`proper: ${field}${t(error.key, params)}`);
    for (const line of error.details) write(line);
    if (env.PROPER_DEBUG === '1' && error.stack) write(error.stack);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    // A group named without its subcommand (`proper cohort`): commander has shown its help on
    // stderr; that is the whole message.
    if (error.code === 'commander.help') return ExitCode.usage;
    const key = commanderKeys[error.code];
    // commander's own text names the option or command; keep it as the detail when the error is
    // not one commanderMessage words itself.
    const detail = error.message.replace(/^error: /, '');
    write(`proper: ${commanderMessage(error.code, error.message) ?? (key ? t(key, { detail }) : detail)}`);
    write(t('cli.error.seeHelp', { command: commandPath(argv, program) }));
    return ExitCode.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`proper: ${t('error.unexpected', { message: oneLine(message) })}`);
  if (env.PROPER_DEBUG === '1' && error instanceof Error && error.stack) write(error.stack);
  return ExitCode.failure;
}

/** The commands named in argv, outermost first. */
function commandsOf(argv: string[], program: Command | undefined): Command[] {
  const commands: Command[] = [];
  let command = program;
  for (const arg of argv) {
    const sub = command?.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) continue;
    commands.push(sub);
    command = sub;
  }
  return commands;
}

/** "proper cohort add": the commands named in argv, to point at the right --help. */
function commandPath(argv: string[], program: Command | undefined): string {
  return ['proper', ...commandsOf(argv, program).map((c) => c.name())].join(' ');
}

/**
 * Use cases name the field at fault in the domain's words (`startDate`, `start_date`, `year`); at
 * the command line it is shown as the option that gives it (`--start-date`) when the command has one.
 */
export function fieldLabel(field: string, argv: string[], program: Command | undefined): string {
  const attribute = field.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  const command = commandsOf(argv, program).at(-1);
  const option = command?.options.find((o) => o.attributeName() === attribute);
  return option?.long ?? field;
}

function oneLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
