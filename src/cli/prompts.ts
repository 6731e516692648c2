// The only file that imports the prompt library (loaded lazily: it costs start-up time).
// Ctrl-C in a prompt becomes an InterruptedError: exit 130, nothing written.
import { InterruptedError } from '../errors.js';

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

export async function confirmPrompt(message: string, defaultValue = false): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  return guarded(() => confirm({ message, default: defaultValue }));
}

/** Free text; `validate` returns true or the message to show while the officer types. */
export async function textPrompt(message: string, validate?: (value: string) => true | string, defaultValue?: string): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  return guarded(() =>
    input({ message, ...(defaultValue !== undefined ? { default: defaultValue } : {}), ...(validate ? { validate } : {}) }),
  );
}

export async function selectPrompt<V extends string>(message: string, choices: Choice<V>[], defaultValue?: V): Promise<V> {
  const { select } = await import('@inquirer/prompts');
  return guarded(() => select<V>({ message, choices, pageSize: 12, ...(defaultValue !== undefined ? { default: defaultValue } : {}) }));
}

/** Pick one of many (participants, lokus) by typing part of a name or number. */
export async function searchPrompt<V extends string>(message: string, choices: Choice<V>[]): Promise<V> {
  const { search } = await import('@inquirer/prompts');
  return guarded(() =>
    search<V>({
      message,
      pageSize: 10,
      source: (term) => {
        const needle = (term ?? '').toLowerCase();
        return choices.filter((c) => c.name.toLowerCase().includes(needle) || c.value.toLowerCase().includes(needle));
      },
    }),
  );
}

export async function checkboxPrompt<V extends string>(message: string, choices: Choice<V>[]): Promise<V[]> {
  const { checkbox } = await import('@inquirer/prompts');
  return guarded(() => checkbox<V>({ message, choices, pageSize: 12 }));
}
