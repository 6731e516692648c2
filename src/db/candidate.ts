// The connection to a backup's private staged copy (restore, SPEC §10): untrusted input, opened
// apart from the live database and never through the session.
import Database from 'better-sqlite3';
import type { Db } from './open.js';

/**
 * Opens the staged copy at `path` (it must exist). Its views and triggers may call no function
 * SQLite deems unsafe (`trusted_schema = OFF`). Throws SQLite's error when the file cannot be opened.
 */
export function openCandidate(path: string): Db {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('trusted_schema = OFF');
  return db;
}

/** Leaves the copy self-contained: a rollback journal, no -wal beside it once closed. */
export function useRollbackJournal(db: Db): void {
  db.pragma('journal_mode = DELETE');
}
