// The entry point: builds the command tree, runs it, and maps every outcome to an exit code
// (SPEC §5). Only commander and the command declarations load here; each handler imports its
// use case lazily, so `proper --help` stays fast.
import type { Command } from 'commander';
import { ExitCode } from '../errors.js';
import { parseLanguage, setLanguage } from '../i18n/index.js';
import { readVersion } from './version.js';

export async function run(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Scripts ask for the version often; it needs no command tree at all.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${readVersion()}\n`);
    return ExitCode.ok;
  }
  setLanguage(languageFrom(argv, env) ?? 'id');
  const { CommanderError } = await import('commander');
  let program: Command | undefined;
  try {
    const { createProgram } = await import('./program.js');
    if (argv[0] === '__complete') {
      program = await createProgram();
      const { printCompletions } = await import('./handlers/completion.js');
      printCompletions(program, argv.slice(1));
      return ExitCode.ok;
    }
    program = await createProgram(argv);
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError && (error.exitCode === 0 || error.code === 'commander.version')) return ExitCode.ok;
    const { renderError } = await import('./errors-render.js');
    return renderError(error, argv, env, program);
  }
}

/** The language is needed before commander parses (help texts are translated), so read it early. */
function languageFrom(argv: string[], env: NodeJS.ProcessEnv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return parseLanguage(argv[i + 1]);
    if (arg.startsWith('--lang=')) return parseLanguage(arg.slice('--lang='.length));
  }
  return parseLanguage(env.PROPER_LANG);
}
