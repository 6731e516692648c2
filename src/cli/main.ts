// The entry point: builds the command tree, runs it, and maps every outcome to an exit code
// (SPEC §5). Only commander and the command declarations load here; each handler imports its
// use case lazily, so `proper --help` stays fast.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { ExitCode } from '../errors.js';
import { parseLanguage, setLanguage } from '../i18n/index.js';
import { helpAsOption } from './commander-messages.js';
import { readVersion } from './version.js';

export async function run(given: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const argv = helpAsOption(given);
  // Scripts ask for the version often; it needs no command tree at all.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${readVersion()}\n`);
    return ExitCode.ok;
  }
  const language = languageFrom(argv, env) ?? 'id';
  setLanguage(language);
  // PROPER_LANG=english is a mistake to name, not a silent Indonesian (a --lang given wins over it).
  if (!argv.some((a) => a === '--lang' || a.startsWith('--lang=')) && env.PROPER_LANG && parseLanguage(env.PROPER_LANG) === undefined) {
    const [{ renderError }, { UsageError }] = await Promise.all([import('./errors-render.js'), import('../errors.js')]);
    return renderError(new UsageError('cli.error.langEnv', { value: env.PROPER_LANG }), argv, env);
  }
  // `proper --help` is rendered at build time (scripts/build-assets.js): loading commander and
  // declaring the tree would cost more than Node's own start (SPEC §9).
  const rootHelp = isRootHelp(argv) ? readRootHelp(language) : undefined;
  if (rootHelp !== undefined) {
    process.stdout.write(rootHelp);
    return ExitCode.ok;
  }
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

function isRootHelp(argv: string[]): boolean {
  const words = argv.filter((arg, i) => arg !== '--lang' && argv[i - 1] !== '--lang' && !arg.startsWith('--lang='));
  return words.length === 1 && (words[0] === '--help' || words[0] === '-h');
}

function readRootHelp(language: string): string | undefined {
  try {
    return readFileSync(new URL(`./root-help.${language}.txt`, import.meta.url), 'utf8');
  } catch {
    return undefined;
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
