import type { Command } from 'commander';
import type { CodedTable } from '../../db/codes.js';
import { allCodes } from '../../db/codes.js';
import { openDatabase } from '../../db/open.js';
import { resolveDbPath } from '../../db/path.js';
import { complete, type CompletionValues } from '../completion/complete.js';
import { completionScript, type Shell } from '../completion/scripts.js';
import type { Invocation } from '../invocation.js';

export function script(invocation: Invocation): void {
  const [shell] = invocation.args as [Shell];
  process.stdout.write(completionScript(shell));
}

/** `proper __complete WORDS…`: prints the candidates for the last word, never an error. */
export function printCompletions(program: Command, words: string[]): void {
  try {
    for (const candidate of complete(program, words, databaseValues(words))) process.stdout.write(`${candidate}\n`);
  } catch {
    // Completion must never disturb the shell.
  }
}

function databaseValues(words: string[]): CompletionValues {
  const flagIndex = words.indexOf('--db');
  const path = resolveDbPath({ flag: flagIndex >= 0 ? words[flagIndex + 1] : undefined });
  const codes = (table: CodedTable): string[] => {
    try {
      const db = openDatabase(path, { create: false, migrate: false, readonly: true });
      try {
        return allCodes(db, table).filter(Boolean);
      } finally {
        db.close();
      }
    } catch {
      return [];
    }
  };
  return {
    cohorts: () => codes('cohorts'),
    lokus: () => codes('lokus'),
  };
}
