// The only file that imports the prompt library (loaded lazily: it costs start-up time).
// Ctrl-C in a prompt becomes an InterruptedError: exit 130, nothing written. The library's own
// words (key hints, "No results found", Yes/No) are given in the user's language.
import { InterruptedError } from '../errors.js';
import { t } from '../i18n/index.js';

/** The terminal the prompts talk to: the run's stdin and stdout (src/cli/context.ts). */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export interface Choice<V extends string = string> {
  value: V;
  name: string;
  description?: string;
}

async function guarded<T>(prompt: () => Promise<T>): Promise<T> {
  try {
    return await prompt();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new InterruptedError();
    throw error;
  }
}

// The key hints the library shows under a list, by the English action word it passes.
const ACTIONS: Record<string, string> = {
  navigate: 'cli.prompt.key.navigate',
  select: 'cli.prompt.key.select',
  submit: 'cli.prompt.key.submit',
  all: 'cli.prompt.key.all',
  invert: 'cli.prompt.key.invert',
};

// The library's own error lines, which it does not let us replace otherwise.
const LIBRARY_ERRORS: Record<string, string> = {
  'No results found': 'cli.prompt.noResults',
  'At least one choice must be selected': 'cli.prompt.chooseOne',
  'You must provide a valid value': 'cli.prompt.invalid',
  'You must select a valid value': 'cli.prompt.invalid',
};

function theme() {
  return {
    style: {
      keysHelpTip: (keys: [key: string, action: string][]) =>
        keys.map(([key, action]) => `${key === 'space' ? t('cli.prompt.key.space') : key} ${ACTIONS[action] ? t(ACTIONS[action]) : action}`).join(' • '),
      error: (text: string) => `> ${LIBRARY_ERRORS[text] ? t(LIBRARY_ERRORS[text]) : text}`,
    },
  };
}

const YES = new Set(['y', 'ya', 'iya', 'yes']);
const NO = new Set(['n', 'no', 't', 'tidak', 'tdk', 'g', 'gak', 'nggak']);

/** Yes or no, in either language: "y", "ya", "yes"; "n", "no", "t", "tidak". Enter keeps the default. */
async function confirmPrompt(io: PromptStreams, message: string, defaultValue = false): Promise<boolean> {
  const { input } = await import('@inquirer/prompts');
  const read = (answer: string): boolean | undefined => {
    const word = answer.trim().toLowerCase();
    if (word === '') return defaultValue;
    return YES.has(word) ? true : NO.has(word) ? false : undefined;
  };
  const hint = t(defaultValue ? 'cli.prompt.yesNoDefaultYes' : 'cli.prompt.yesNoDefaultNo');
  const answer = await guarded(() =>
    input({
      message: `${message} ${hint}`,
      theme: theme(),
      validate: (value) => (read(value) === undefined ? t('cli.prompt.answerYesNo') : true),
      transformer: (value, { isFinal }) => (isFinal ? t(read(value) ? 'cli.prompt.yes' : 'cli.prompt.no') : value),
    }, io),
  );
  return read(answer) ?? defaultValue;
}

/** Free text; `validate` returns true or the message to show while the officer types. */
async function textPrompt(io: PromptStreams, message: string, validate?: (value: string) => true | string, defaultValue?: string): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  return guarded(() =>
    input({ message, theme: theme(), ...(defaultValue !== undefined ? { default: defaultValue } : {}), ...(validate ? { validate } : {}) }, io),
  );
}

async function selectPrompt<V extends string>(io: PromptStreams, message: string, choices: Choice<V>[], defaultValue?: V): Promise<V> {
  const { select } = await import('@inquirer/prompts');
  return guarded(() => select<V>({ message, choices, pageSize: 12, theme: theme(), ...(defaultValue !== undefined ? { default: defaultValue } : {}) }, io));
}

/** Pick one of many (participants, projects) by typing part of a name or number. */
async function searchPrompt<V extends string>(io: PromptStreams, message: string, choices: Choice<V>[]): Promise<V> {
  const { search } = await import('@inquirer/prompts');
  return guarded(() =>
    search<V>({
      message,
      pageSize: 10,
      theme: theme(),
      source: (term) => {
        const needle = (term ?? '').toLowerCase();
        return choices.filter((c) => c.name.toLowerCase().includes(needle) || c.value.toLowerCase().includes(needle));
      },
    }, io),
  );
}

async function checkboxPrompt<V extends string>(io: PromptStreams, message: string, choices: Choice<V>[]): Promise<V[]> {
  const { checkbox } = await import('@inquirer/prompts');
  return guarded(() => checkbox<V>({ message, choices, pageSize: 12, theme: theme() }, io));
}

/** The prompts, talking to `io`. */
export function promptsFor(io: PromptStreams) {
  return {
    confirmPrompt: (message: string, defaultValue = false) => confirmPrompt(io, message, defaultValue),
    textPrompt: (message: string, validate?: (value: string) => true | string, defaultValue?: string) => textPrompt(io, message, validate, defaultValue),
    selectPrompt: <V extends string>(message: string, choices: Choice<V>[], defaultValue?: V) => selectPrompt(io, message, choices, defaultValue),
    searchPrompt: <V extends string>(message: string, choices: Choice<V>[]) => searchPrompt(io, message, choices),
    checkboxPrompt: <V extends string>(message: string, choices: Choice<V>[]) => checkboxPrompt(io, message, choices),
  };
}

export type Prompts = ReturnType<typeof promptsFor>;
