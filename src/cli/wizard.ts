// Guided entry: a required value that was not given is asked for at a terminal, and is a usage
// error naming the option everywhere else (scripts, CI, --no-input, --yes). After a wizard, the
// equivalent one-line command is printed so the officer learns to script it.
import type { Problem, Result } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Invocation } from './invocation.js';
import { isInteractive } from './session.js';
import { terminalSafe } from './terminal-text.js';

export type { Prompts } from './prompts.js';
import type { Prompts } from './prompts.js';
import type { Context } from './context.js';

export interface Wizard {
  /** True when prompts may appear. */
  readonly interactive: boolean;
  /** The value given, or asked for at a terminal; a usage error naming `flag` otherwise. */
  need(value: string | undefined, flag: string, ask: (prompts: Prompts) => Promise<string>): Promise<string>;
  /**
   * Without a terminal, the usage error for the first value missing, before anything is opened or
   * asked; at a terminal nothing (the wizard asks for them in turn).
   */
  check(values: [value: unknown, flag: string][]): void;
  /** Like need, for an optional value: asked only at a terminal, skipped otherwise. */
  maybe(value: string | undefined, ask: (prompts: Prompts) => Promise<string>): Promise<string | undefined>;
  /** Records an answer so that the one-line command can be printed afterwards. */
  answered(flag: string, value: string | string[]): void;
  /** A line on stderr (an outlook before a question, the one-line equivalent after), escaped unless `escaped` says it already is (Output.safe). */
  say(line: string, escaped?: boolean): void;
  /** The prompts themselves, for a question that is not one value (loaded on first use). */
  prompts(): Promise<Prompts>;
  /** Did the officer answer any prompt? */
  readonly asked: boolean;
  /** The command line that does the same without prompts. */
  commandLine(command: string[], positional: string[], given: Record<string, string | string[] | undefined>): string;
}

export function createWizard(invocation: Invocation<unknown>): Wizard {
  const interactive = isInteractive(invocation);
  const answers = new Map<string, string | string[]>();
  let prompts: Prompts | undefined;
  const load = async () => (prompts ??= await loadPrompts(invocation.context, invocation.globals.color !== false));

  return {
    interactive,
    get asked() {
      return answers.size > 0;
    },
    async need(value, flag, ask) {
      if (value !== undefined && value !== '') return value;
      if (!interactive) throw new UsageError('cli.error.missingValue', { flag });
      const answer = (await ask(await load())).trim();
      answers.set(flag, answer);
      return answer;
    },
    check(values) {
      if (interactive) return;
      for (const [value, flag] of values) {
        if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
          throw new UsageError('cli.error.missingValue', { flag });
        }
      }
    },
    async maybe(value, ask) {
      if (value !== undefined || !interactive) return value;
      const answer = (await ask(await load())).trim();
      if (answer === '') return undefined;
      answers.set(`?${answers.size}`, answer);
      return answer;
    },
    answered(flag, value) {
      answers.set(flag, value);
    },
    say(line, escaped = false) {
      invocation.context.stderr.write(`${escaped ? line : terminalSafe(line)}\n`);
    },
    prompts: load,
    commandLine(command, positional, given) {
      const parts = ['proper', ...command, ...positional.map(shellQuote)];
      for (const [flag, value] of Object.entries(given)) {
        if (value === undefined || value === '') continue;
        for (const v of Array.isArray(value) ? value : [value]) parts.push(flag, shellQuote(v));
      }
      return parts.join(' ');
    },
  };
}

/** Quotes a word for POSIX shells only when it needs it. */
export function shellQuote(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The message shown under a wizard: the same thing as one command. */
export function equivalentCommandHint(line: string): string {
  return t('cli.wizard.equivalent', { command: line });
}

/** A prompt validator from a domain rule: true, or the rule's problem in the user's language. */
export function validator<T>(check: (value: string) => Result<T>, optional = false): (value: string) => true | string {
  return (value) => {
    if (optional && value.trim() === '') return true;
    const result = check(value);
    return result.ok ? true : problemText(result.problem);
  };
}

export function problemText(problem: Problem): string {
  return t(problem.key, problem.params);
}

/** Prints the one-line equivalent of what the officer answered, on stderr, after a wizard. */
export function printEquivalent(wizard: Wizard, line: string): void {
  if (wizard.asked) wizard.say(equivalentCommandHint(line));
}

/** A required free-text answer: anything but blank. */
export function nonEmpty(value: string): true | string {
  return value.trim() === '' ? t('cli.ask.required') : true;
}

/** The prompt library, talking to the run's terminal. */
export async function loadPrompts(context: Context, color = true): Promise<Prompts> {
  const { promptsFor } = await import('./prompts.js');
  const output = context.stdout as unknown as NodeJS.WritableStream;
  if (color && !context.env.NO_COLOR) return promptsFor({ input: context.stdin, output });
  const { uncolouredStream } = await import('./uncoloured.js');
  return promptsFor({ input: context.stdin, output: uncolouredStream(output) });
}
