// Binds a declared command to its handler without loading the handler until the command runs.
import type { Command } from 'commander';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  lang?: string;
  color: boolean;
  yes?: boolean;
  input: boolean;
}

/** What a handler receives: positional arguments, the command's options, and the global ones. */
export interface Invocation<O = Record<string, unknown>> {
  args: unknown[];
  opts: O;
  globals: GlobalOptions;
  command: Command;
}

export type Handler = (invocation: Invocation<any>) => Promise<void> | void;

export function lazy<M extends Record<K, Handler>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return async (...actionArgs: unknown[]): Promise<void> => {
    const command = actionArgs.at(-1) as Command;
    const opts = actionArgs.at(-2) as Record<string, unknown>;
    const args = actionArgs.slice(0, -2);
    const module = await load();
    await module[name]({ args, opts, globals: command.optsWithGlobals() as GlobalOptions, command });
  };
}
