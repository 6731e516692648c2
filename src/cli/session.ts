// A command's run: the open database, today's date, and how to talk to the user.
import type { Db } from '../db/open.js';
import { openDatabase } from '../db/open.js';
import { resolveDbPath } from '../db/path.js';
import { UsageError } from '../errors.js';
import type { Invocation } from './invocation.js';
import { createOutput, type Output } from './output.js';
import { today } from './today.js';

export interface Session {
  db: Db;
  dbPath: string;
  today: Date;
  out: Output;
  /** Prompts may appear: stdin and stdout are terminals and neither --no-input, --yes nor CI says otherwise. */
  interactive: boolean;
  yes: boolean;
}

export function isInteractive(invocation: Invocation<unknown>, env: NodeJS.ProcessEnv = process.env): boolean {
  const { globals } = invocation;
  return Boolean(process.stdin.isTTY && process.stdout.isTTY && globals.input !== false && !globals.yes && !env.CI);
}

export function outputFor(invocation: Invocation<unknown>, env: NodeJS.ProcessEnv = process.env): Promise<Output> {
  const color = invocation.globals.color !== false && !invocation.globals.json && !env.NO_COLOR && Boolean(process.stdout.isTTY);
  return createOutput({ json: Boolean(invocation.globals.json), color });
}

export { today };

export async function withSession<T>(invocation: Invocation<unknown>, work: (session: Session) => Promise<T> | T): Promise<T> {
  const dbPath = resolveDbPath({ flag: invocation.globals.db });
  const db = openDatabase(dbPath);
  try {
    return await work({
      db,
      dbPath,
      today: today(),
      out: await outputFor(invocation),
      interactive: isInteractive(invocation),
      yes: Boolean(invocation.globals.yes),
    });
  } finally {
    db.close();
  }
}

/** A required value that was not given: a usage error naming the option to pass. */
export function required<T>(value: T | undefined | null | '', flag: string): T {
  if (value === undefined || value === null || value === '') throw new UsageError('cli.error.missingValue', { flag });
  return value;
}
