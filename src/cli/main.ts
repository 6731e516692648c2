// The entry point: builds the command tree, runs it, and maps every outcome to an exit code
// (SPEC §5). Only commander and the command declarations load here; each handler imports its
// use case lazily, so `proper --help` stays fast.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { ExitCode } from '../errors.js';
import { parseLanguage, setLanguage } from '../i18n/index.js';
import { createContext, type ContextOverrides } from './context.js';
import { readVersion } from './version.js';

/**
 * Runs one command line and returns its exit code (SPEC §5). The context (environment, streams,
 * clock, today) is built here, once, and every handler receives it; `overrides` let a test run
 * the whole program in-process with buffers for streams (test/helpers/run.ts).
 */
export async function run(argv: string[], env: NodeJS.ProcessEnv = process.env, overrides: ContextOverrides = {}): Promise<number> {
  const context = createContext(
    { ...env },
    { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, now: () => new Date(), platform: process.platform, ...overrides },
  );
  // Scripts ask for the version often; it needs no command tree at all.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    context.stdout.write(`${readVersion()}\n`);
    return ExitCode.ok;
  }
  const language = languageFrom(argv, env) ?? 'id';
  setLanguage(language);
  // `proper --help` is rendered at build time (scripts/build-assets.js): loading commander and
  // declaring the tree would cost more than Node's own start (SPEC §9).
  const rootHelp = isRootHelp(argv) ? readRootHelp(language) : undefined;
  if (rootHelp !== undefined) {
    context.stdout.write(rootHelp);
    return ExitCode.ok;
  }
  const { CommanderError } = await import('commander');
  let program: Command | undefined;
  try {
    const { createProgram } = await import('./program.js');
    if (argv[0] === '__complete') {
      program = await createProgram(undefined, context);
      const { printCompletions } = await import('./handlers/completion.js');
      await printCompletions(program, argv.slice(1), context);
      return ExitCode.ok;
    }
    program = await createProgram(argv, context);
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError && (error.exitCode === 0 || error.code === 'commander.version')) return ExitCode.ok;
    const { renderError } = await import('./errors-render.js');
    return renderError(error, argv, context, program);
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
