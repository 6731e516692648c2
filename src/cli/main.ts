// The entry point: builds the command tree, runs it, and maps every outcome to an exit code
// (SPEC §5). Only commander and the command declarations load here; each handler imports its
// use case lazily, so `proper --help` stays fast.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { ExitCode } from '../errors.js';
import { parseLanguage, setLanguage, t } from '../i18n/index.js';
import { helpAsOption } from './commander-messages.js';
import { type Context, createContext, type ContextOverrides, type Interruption, type OutStream } from './context.js';
import { readVersion } from './version.js';

/**
 * Runs one command line and returns its exit code (SPEC §5). The context (environment, streams,
 * clock, today) is built here, once, and every handler receives it; `overrides` let a test run
 * the whole program in-process with buffers for streams (test/helpers/run.ts).
 */
export async function run(argv: string[], env: NodeJS.ProcessEnv = process.env, overrides: ContextOverrides = {}): Promise<number> {
  const context = createContext(
    { ...env },
    { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, now: () => new Date(), platform: process.platform, interrupts: processInterrupts, ...overrides },
  );
  // A stdout that breaks (the reader went away, the disk filled) is noted here and ends the run
  // quietly afterwards, whatever the command was doing (SPEC §5).
  let broken: unknown;
  const stdout = context.stdout as Partial<Pick<NodeJS.EventEmitter, 'on'>> & { write: OutStream['write'] };
  // Stays attached: a stream reports a failed write on a later tick, possibly after the command ended.
  stdout.on?.('error', (error: unknown) => (broken ??= error));
  let code: number;
  try {
    code = await execute(argv, context);
  } catch (error) {
    if (!isBrokenOutput(error)) throw error;
    broken ??= error;
    code = ExitCode.ok;
  }
  await flushed(stdout);
  return broken === undefined ? code : brokenOutput(broken, code, context);
}

/**
 * The real process: run with its arguments, environment and streams, and set its exit code. A
 * reader that stops early (`proper … | head`) ends it at once and quietly; a full disk under
 * stdout ends it with one line on stderr, exit 1 (a stream that cannot drain would wait forever).
 */
export async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const code = brokenOutput(error, Number(process.exitCode ?? ExitCode.ok), { stderr: process.stderr });
    process.exit(code);
  });
  process.exitCode = await run(process.argv.slice(2));
}

/**
 * The process's Ctrl-C, held: the first SIGINT aborts the signal (the command stops cleanly and
 * says so, exit 130); the listener is then gone, so a second one ends the process at once.
 */
function processInterrupts(): Interruption {
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  return { signal: controller.signal, release: () => process.off('SIGINT', onSignal) };
}

/** Resolves once what was written to `stdout` has been handed on (or has failed), so that a failure is known. */
function flushed(stdout: OutStream & { on?: unknown }): Promise<void> {
  // A plain object that only has write() (an embedding program's sink) has nothing pending.
  if (typeof stdout.on !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    try {
      (stdout.write as (chunk: string, done: () => void) => boolean)('', () => resolve());
    } catch {
      resolve();
    }
  });
}

/** A write to stdout failed: EPIPE (a closed pipe) or ENOSPC and the like, with no file path named. */
function isBrokenOutput(error: unknown): boolean {
  const { code, syscall, path } = (error ?? {}) as { code?: string; syscall?: string; path?: string };
  return path === undefined && (code === 'EPIPE' || ((code === 'ENOSPC' || code === 'EIO' || code === 'EDQUOT') && syscall === 'write') || code === 'ERR_STREAM_DESTROYED');
}

/** The exit code after stdout broke: the command's own when the reader just stopped, else 1 with one line. */
function brokenOutput(error: unknown, code: number, context: Pick<Context, 'stderr'>): number {
  if ((error as { code?: string }).code === 'EPIPE' || (error as { code?: string }).code === 'ERR_STREAM_DESTROYED') return code;
  try {
    context.stderr.write(`proper: ${t('storage.stdoutFull')}\n`);
  } catch {
    // stderr is gone too: nothing more can be said.
  }
  return ExitCode.failure;
}

async function execute(given: string[], context: Context): Promise<number> {
  const { env } = context;
  const argv = helpAsOption(given);
  // Scripts ask for the version often; it needs no command tree at all.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    context.stdout.write(`${readVersion()}\n`);
    return ExitCode.ok;
  }
  const language = languageFrom(argv, env) ?? 'id';
  setLanguage(language);
  // PROPER_LANG=english is a mistake to name, not a silent Indonesian (a --lang given wins over it).
  if (!argv.some((a) => a === '--lang' || a.startsWith('--lang=')) && env.PROPER_LANG && parseLanguage(env.PROPER_LANG) === undefined) {
    const [{ renderError }, { UsageError }] = await Promise.all([import('./errors-render.js'), import('../errors.js')]);
    return renderError(new UsageError('cli.error.langEnv', { value: env.PROPER_LANG }), argv, context);
  }
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
    if (isBrokenOutput(error)) throw error;
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
function languageFrom(argv: string[], env: Context["env"]) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return parseLanguage(argv[i + 1]);
    if (arg.startsWith('--lang=')) return parseLanguage(arg.slice('--lang='.length));
  }
  return parseLanguage(env.PROPER_LANG);
}
