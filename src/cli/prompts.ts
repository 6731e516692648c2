// The only file that imports the prompt library (loaded lazily: it costs start-up time).
// Ctrl-C in a prompt becomes an InterruptedError: exit 130, nothing written. The library's own
// words (key hints, "No results found", Yes/No) are given in the user's language.
import { InterruptedError } from '../errors.js';
import { t } from '../i18n/index.js';

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
export async function confirmPrompt(message: string, defaultValue = false): Promise<boolean> {
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
    }),
  );
  return read(answer) ?? defaultValue;
}

/** Free text; `validate` returns true or the message to show while the officer types. */
export async function textPrompt(message: string, validate?: (value: string) => true | string, defaultValue?: string): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  return guarded(() =>
    input({ message, theme: theme(), ...(defaultValue !== undefined ? { default: defaultValue } : {}), ...(validate ? { validate } : {}) }),
  );
}

export async function selectPrompt<V extends string>(message: string, choices: Choice<V>[], defaultValue?: V): Promise<V> {
  const { select } = await import('@inquirer/prompts');
  return guarded(() => select<V>({ message, choices, pageSize: 12, theme: theme(), ...(defaultValue !== undefined ? { default: defaultValue } : {}) }));
}

/** Pick one of many (participants, projects) by typing part of a name or number. */
export async function searchPrompt<V extends string>(message: string, choices: Choice<V>[]): Promise<V> {
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
    }),
  );
}

export async function checkboxPrompt<V extends string>(message: string, choices: Choice<V>[]): Promise<V[]> {
  const { checkbox } = await import('@inquirer/prompts');
  return guarded(() => checkbox<V>({ message, choices, pageSize: 12, theme: theme() }));
}
