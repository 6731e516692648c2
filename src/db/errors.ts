// The one translation of storage and operating-system failures into proper's errors (SPEC §2, §5):
// a lock held past the busy timeout is a conflict (5); a missing permission is a usage error (2)
// naming the path and what may not be done; a full disk or another I/O failure is 1 with a message
// that says so. Every database open and every file proper writes goes through here, so that no
// command reports "Unexpected failure: database is locked" again.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConflictError, InvalidDataError, ProperError, StorageFailure, UsageError } from '../errors.js';

/** The `code` of an SQLite or Node error ('SQLITE_BUSY_SNAPSHOT', 'ENOSPC' …), or ''. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

const PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_PERM', 'SQLITE_AUTH']);
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'SQLITE_FULL']);
const IO = new Set(['EIO', 'ENXIO', 'ESTALE', 'SQLITE_IOERR', 'SQLITE_NOLFS', 'SQLITE_PROTOCOL']);

/** SQLite's extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE …) count as their primary code. */
function primary(code: string): string {
  if (!code.startsWith('SQLITE_')) return code;
  const parts = code.split('_');
  return parts.slice(0, 2).join('_');
}

export type Access = 'read' | 'write';
/** The database (SQLite needs its folder writable for -wal and -shm) or another file proper reads or writes. */
export type Subject = 'database' | 'file';

/**
 * The proper error for a storage failure on `path`, or `error` itself when it is not one (a bug
 * stays a bug). `access` says what was being done, for the permission message.
 * Examples: SQLITE_BUSY → ConflictError 'db.locked'; EACCES → UsageError 'storage.noWrite';
 * SQLITE_FULL / ENOSPC → StorageFailure 'storage.diskFull'; SQLITE_IOERR_* → 'storage.io'.
 */
export function translateStorageError(error: unknown, path: string, access: Access = 'write', subject: Subject = 'database'): unknown {
  if (error instanceof ProperError) return error;
  const code = errorCode(error);
  const kind = primary(code);
  if (kind === 'SQLITE_BUSY' || kind === 'SQLITE_LOCKED') return new ConflictError('db.locked', { path });
  if (kind === 'SQLITE_NOTADB' || kind === 'SQLITE_CORRUPT') return new InvalidDataError('db.notADatabase', { path });
  if (FULL.has(kind)) return new StorageFailure('storage.diskFull', { path, code });
  if (PERMISSION.has(kind) || kind === 'SQLITE_READONLY' || kind === 'SQLITE_CANTOPEN') {
    return diagnose(path, kind === 'SQLITE_READONLY' ? 'write' : access, subject) ?? (kind === 'SQLITE_CANTOPEN' ? new UsageError('db.cannotOpen', { path }) : permissionError(path, access));
  }
  if (IO.has(kind)) return new StorageFailure('storage.io', { path, code });
  return error;
}

/** translateStorageError for code that must throw an Error. */
export function storageError(error: unknown, path: string, access: Access = 'write', subject: Subject = 'database'): Error {
  const translated = translateStorageError(error, path, access, subject);
  return translated instanceof Error ? translated : new Error(String(translated));
}

function permissionError(path: string, access: Access): UsageError {
  return new UsageError(access === 'read' ? 'storage.noRead' : 'storage.noWrite', { path });
}

/**
 * Which permission is missing, checked in turn: reading the file, writing it, writing its folder
 * (where SQLite creates -wal and -shm even to read, and where proper puts its temporary files).
 * Undefined when every one is there (the failure has another cause).
 */
function diagnose(path: string, access: Access, subject: Subject): UsageError | undefined {
  const exists = existsSync(path);
  if (exists && !allowed(path, constants.R_OK)) return permissionError(path, 'read');
  if (exists && access === 'write' && !allowed(path, constants.W_OK)) return permissionError(path, 'write');
  const folder = dirname(path);
  if ((subject === 'database' || access === 'write') && !allowed(folder, constants.W_OK)) {
    return new UsageError(subject === 'database' ? 'storage.folderNotWritable' : 'storage.noWriteFolder', { path, folder });
  }
  return undefined;
}

function allowed(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/**
 * For a failure during a command's work: an SQLite error concerns the database at `dbPath`; a
 * file-system error names its own path (Node puts it on the error). Anything else is unchanged.
 */
export function translateWorkError(error: unknown, dbPath: string): unknown {
  if (error instanceof ProperError) return error;
  const code = errorCode(error);
  if (code.startsWith('SQLITE_')) return translateStorageError(error, dbPath, 'write');
  const path = (error as { path?: unknown }).path;
  if (code !== '' && typeof path === 'string') {
    const syscall = (error as { syscall?: unknown }).syscall;
    return translateStorageError(error, path, syscall === 'read' || syscall === 'scandir' ? 'read' : 'write', 'file');
  }
  return error;
}
