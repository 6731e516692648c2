// Guided entry: a required value that was not given is asked for at a terminal, and is a usage
// error naming the option everywhere else (scripts, CI, --no-input, --yes). After a wizard, the
// equivalent one-line command is printed so the officer learns to script it.
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Invocation } from './invocation.js';
import { isInteractive } from './session.js';

export type Prompts = typeof import('./prompts.js');

export interface Wizard {
  /** True when prompts may appear. */
  readonly interactive: boolean;
  /** The value given, or asked for at a terminal; a usage error naming `flag` otherwise. */
  need(value: string | undefined, flag: string, ask: (prompts: Prompts) => Promise<string>): Promise<string>;
  /** Like need, for an optional value: asked only at a terminal, skipped otherwise. */
  maybe(value: string | undefined, ask: (prompts: Prompts) => Promise<string>): Promise<string | undefined>;
  /** Records an answer so that the one-line command can be printed afterwards. */
  answered(flag: string, value: string | string[]): void;
  /** Did the officer answer any prompt? */
  readonly asked: boolean;
  /** The command line that does the same without prompts. */
  commandLine(command: string[], positional: string[], given: Record<string, string | string[] | undefined>): string;
}

export function createWizard(invocation: Invocation<unknown>): Wizard {
  const interactive = isInteractive(invocation);
  const answers = new Map<string, string | string[]>();
  let prompts: Prompts | undefined;
  const load = async () => (prompts ??= await import('./prompts.js'));

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
    async maybe(value, ask) {
      if (value !== undefined || !interactive) return value;
      const answer = (await ask(await load())).trim();
      return answer === '' ? undefined : answer;
    },
    answered(flag, value) {
      answers.set(flag, value);
    },
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
