// Binds a declared command to its handler without loading the handler until the command runs.
import type { Command } from 'commander';
import type { Context } from './context.js';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  lang?: string;
  color: boolean;
  yes?: boolean;
  input: boolean;
}

/** What a handler receives: positional arguments, the command's options, the global ones, and the run's context. */
export interface Invocation<O = Record<string, unknown>> {
  args: unknown[];
  opts: O;
  globals: GlobalOptions;
  command: Command;
  context: Context;
}

export type Handler = (invocation: Invocation<any>) => Promise<void> | void;

// The context a program was built for, keyed by its root command (see createProgram).
const contexts = new WeakMap<Command, Context>();

export function bindContext(program: Command, context: Context): void {
  contexts.set(program, context);
}

/** The context of the program `command` belongs to; throws when the program was built without one. */
export function contextOf(command: Command): Context {
  let root = command;
  while (root.parent) root = root.parent;
  const context = contexts.get(root);
  if (!context) throw new Error(`proper: a command ran in a program built without a context (a bug)`);
  return context;
}

export function lazy<M extends Record<K, Handler>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return async (...actionArgs: unknown[]): Promise<void> => {
    const command = actionArgs.at(-1) as Command;
    const opts = actionArgs.at(-2) as Record<string, unknown>;
    const args = actionArgs.slice(0, -2);
    const module = await load();
    await module[name]({ args, opts, globals: command.optsWithGlobals() as GlobalOptions, command, context: contextOf(command) });
  };
}
