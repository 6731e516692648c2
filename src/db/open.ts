// Opening the one SQLite file: created 0600, WAL, foreign keys on, a busy timeout so that two
// officers' commands wait for each other, and migrated forward before use.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InvalidDataError, UsageError } from '../errors.js';
import { sortKeyOfName } from '../domain/name.js';
import { AUDIT_SCHEMA_VERSION, installAuditTriggers } from './audit.js';
import { type Access, storageError } from './errors.js';
import { sweepLeftovers } from './leftovers.js';
import { bindSessionUser, osUser } from './session-user.js';
import { assertCompatible, migrate, SCHEMA_VERSION, schemaVersion } from './migrate.js';

export type Db = Database.Database;

const EPOCH = new Date(0);
function noClock(): Date {
  throw new Error(`openDatabase: a clock (now) is needed to name the backup before migrating (a bug)`);
}

/** How long a command waits for another process's write lock before giving up (exit 5). */
export const BUSY_TIMEOUT_MS = 15_000;

export interface OpenOptions {
  /** Create the file when missing. Only commands that record something do (SPEC §2). */
  create?: boolean;
  /** Apply pending migrations (with a backup copy first). */
  migrate?: boolean;
  /**
   * A connection that can only read (PRAGMA query_only): nothing it runs can change the file. It
   * is opened read-write underneath so that, closing last, it removes the -wal and -shm files
   * instead of leaving them behind; SQLite opens a write-protected file read-only by itself.
   * An older file is still migrated forward first (SPEC §2), which is the one write it makes.
   */
  readonly?: boolean;
  /**
   * Record every change to projects, enrolments and settings in audit_log through this
   * connection's TEMP triggers (default). A bulk import passes false and records one row itself
   * with recordAudit() from src/db/audit.ts.
   */
  audit?: boolean;
  /** The OS user the audit trail records (see osUser in session-user.ts). */
  user?: string;
  /**
   * The clock that names a pre-migration backup (the session passes the run's). Without it, a file
   * that needs that backup is a programming error, never a copy named with a made-up time.
   */
  now?: () => Date;
  /** How long to wait for another process's write lock (milliseconds; default BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
}

/**
 * Opens the database at `path` (callers: src/cli/session.ts only, and the restore's own checks).
 * Throws UsageError 'storage.missing' when it does not exist and `create` is false, and the
 * translations of src/db/errors.ts for locks, permissions, full disks and files that are not
 * SQLite databases.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const { create = true, migrate: runMigrations = true, readonly = false, audit = true, now = noClock } = options;
  const exists = existsSync(path);
  if (!exists && !create) throw new UsageError('storage.missing', { path });
  if (exists && statSync(path).isDirectory()) throw new UsageError('db.isDirectory', { path });
  if (!exists) createPrivateFile(path);

  const db = connect(path, Math.trunc(Number(options.busyTimeoutMs ?? BUSY_TIMEOUT_MS)), readonly ? 'read' : 'write');
  try {
    // Before anything that writes (even switching to WAL rewrites the header), refuse files
    // that are not ours or are newer than this program.
    assertCompatible(db, path);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    const version = schemaVersion(db);
    if (runMigrations && (!readonly || version < SCHEMA_VERSION)) {
      // A killed backup, restore or migration of an earlier run left its temporary copy here.
      if (!readonly) sweepLeftovers(dirname(path));
      // Only a file holding data at an older version gets a backup copy, named by the clock.
      if (version < SCHEMA_VERSION) migrate(db, path, version > 0 ? now() : EPOCH);
    }
    if (readonly) db.pragma('query_only = ON');
    else if (audit && schemaVersion(db) >= AUDIT_SCHEMA_VERSION) installAuditTriggers(db, options.user ?? osUser({}));
    else bindSessionUser(db, options.user ?? osUser({}));
  } catch (error) {
    db.close();
    throw storageError(error, path, readonly ? 'read' : 'write');
  }
  return db;
}

function connect(path: string, busyTimeoutMs: number, access: Access): Db {
  try {
    const db = new Database(path, { fileMustExist: true });
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // Lists order people by `name_key(name)`: the name without its titles (src/domain/name.ts).
    db.function('name_key', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? sortKeyOfName(name) : name));
    return db;
  } catch (error) {
    throw storageError(error, path, access);
  }
}

/** The file and its WAL companions are private: participants' NIPs and birth dates are personal data. */
function createPrivateFile(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // SQLite gives the -wal and -shm files the permissions of the database file itself.
    closeSync(openSync(path, 'a', 0o600));
  } catch (error) {
    throw storageError(error, path, 'write');
  }
}

/**
 * Opens a file to examine it (`doctor`), never creating or migrating it; null when it is not an
 * SQLite database SQLite can open. The connection may write (SQLite falls back to read-only by
 * itself for a write-protected file) only so that, being the last to close, it removes the -wal
 * and -shm files that a read-only connection would leave behind; the checks themselves only read.
 * A file that cannot be opened for lack of permission (the file, or its folder where SQLite must
 * create -wal and -shm) throws the translation of src/db/errors.ts: it is not "not a database".
 */
export function openForInspection(path: string): Db | null {
  if (!looksLikeSqlite(path)) return null;
  try {
    const db = new Database(path, { fileMustExist: true });
    // Reading the schema is what fails on a file that is not a database, or in a read-only folder.
    db.pragma('user_version', { simple: true });
    return db;
  } catch (error) {
    const translated = storageError(error, path, 'read');
    if (translated instanceof InvalidDataError) return null;
    throw translated;
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** True when the file starts with SQLite's header (an empty file is an empty database too). */
export function looksLikeSqlite(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw storageError(error, path, 'read');
  }
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 0 || header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}
