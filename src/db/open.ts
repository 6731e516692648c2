// Opening the one SQLite file: created 0600, WAL, foreign keys on, a busy timeout so that two
// officers' commands wait for each other, and migrated forward before use.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConflictError, InvalidDataError, UsageError } from '../errors.js';
import { AUDIT_SCHEMA_VERSION, installAuditTriggers } from './audit.js';
import { sweepLeftovers } from './leftovers.js';
import { assertCompatible, migrate, schemaVersion } from './migrate.js';

export type Db = Database.Database;

/** How long a command waits for another process's write lock before giving up (exit 5). */
export const BUSY_TIMEOUT_MS = 15_000;

export interface OpenOptions {
  /** Create the file when missing (every command does; `restore` checks do not). */
  create?: boolean;
  /** Apply pending migrations (with a backup copy first). */
  migrate?: boolean;
  readonly?: boolean;
  /**
   * Record every change to projects, enrolments and settings in audit_log through this
   * connection's TEMP triggers (default). A bulk import passes false and records one row itself
   * with recordAudit() from src/db/audit.ts.
   */
  audit?: boolean;
  /** The clock that names a pre-migration backup (the CLI passes its own; tests fix it). */
  now?: () => Date;
}

export function openDatabase(path: string, { create = true, migrate: runMigrations = true, readonly = false, audit = true, now = () => new Date() }: OpenOptions = {}): Db {
  const exists = existsSync(path);
  if (!exists && !create) throw new UsageError('db.missing', { path });
  if (exists && statSync(path).isDirectory()) throw new UsageError('db.isDirectory', { path });
  if (!exists) createPrivateFile(path);

  const db = connect(path, readonly);
  try {
    // Before anything that writes (even switching to WAL rewrites the header), refuse files
    // that are not ours or are newer than this program.
    assertCompatible(db, path);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (runMigrations && !readonly) {
      // A killed backup, restore or migration of an earlier run left its temporary copy here.
      sweepLeftovers(dirname(path));
      migrate(db, path, now());
    }
    if (audit && !readonly && schemaVersion(db) >= AUDIT_SCHEMA_VERSION) installAuditTriggers(db);
  } catch (error) {
    db.close();
    throw translateOpenError(error, path);
  }
  return db;
}

function connect(path: string, readonly: boolean): Db {
  try {
    const db = new Database(path, { readonly, fileMustExist: true });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return db;
  } catch (error) {
    throw translateOpenError(error, path);
  }
}

/** The file and its WAL companions are private: participants' NIPs and birth dates are personal data. */
function createPrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // SQLite gives the -wal and -shm files the permissions of the database file itself.
  closeSync(openSync(path, 'a', 0o600));
}

function translateOpenError(error: unknown, path: string): Error {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new InvalidDataError('db.notADatabase', { path });
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ConflictError('db.locked', { path });
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') return new UsageError('db.cannotOpen', { path });
  return error instanceof Error ? error : new Error(String(error));
}
