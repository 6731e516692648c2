import type { Command } from 'commander';
import type { CodedTable } from '../../db/codes.js';
import { allCodes } from '../../db/codes.js';
import type { Db } from '../../db/open.js';
import type { Context } from '../context.js';
import { complete, type CompletionValues } from '../completion/complete.js';
import { completionScript, type Shell } from '../completion/scripts.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';

export function script(invocation: Invocation): void {
  const [shell] = invocation.args as [Shell];
  invocation.context.stdout.write(completionScript(shell));
}

/** `proper __complete WORDS…`: prints the candidates for the last word, never an error. */
export async function printCompletions(program: Command, words: string[], context: Context): Promise<void> {
  try {
    const values = await databaseValues(program, words, context);
    for (const candidate of complete(program, words, values)) context.stdout.write(`${candidate}\n`);
  } catch {
    // Completion must never disturb the shell.
  }
}

/** The value of --db among the words typed, as `--db PATH` or `--db=PATH`. */
export function dbFlag(words: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') break;
    if (word === '--db' && i + 1 < words.length) found = words[i + 1];
    else if (word.startsWith('--db=')) found = word.slice('--db='.length);
  }
  return found || undefined;
}

/** Cohort and lokus codes, read (never created nor migrated) through the session; none when it cannot be read. */
async function databaseValues(program: Command, words: string[], context: Context): Promise<CompletionValues> {
  const invocation: Invocation = { args: [], opts: {}, globals: { db: dbFlag(words), color: false, input: false }, command: program, context };
  const codes = (db: Db, table: CodedTable) => allCodes(db, table).filter(Boolean);
  let cohorts: string[] = [];
  let lokus: string[] = [];
  try {
    await withSession(
      invocation,
      ({ db }) => {
        cohorts = codes(db, 'cohorts');
        lokus = codes(db, 'lokus');
      },
      { mode: 'read', migrate: false },
    );
  } catch {
    // No database yet, or one that cannot be read: no codes to offer.
  }
  return { cohorts: () => cohorts, lokus: () => lokus };
}
