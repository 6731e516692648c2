// `proper backup` and `proper restore`. A backup is SQLite's online backup (safe while others
// write); a restore checks the candidate completely before anything is replaced, keeps the
// current file beside it, swaps the file in atomically and migrates it forward when older.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  checkpointAndClose,
  copyPrivate,
  fileStamp,
  onlineBackup,
  removeWithCompanions,
  replaceFile,
  siblingTempPath,
} from '../db/backup.js';
import { checkOutputTarget } from '../db/output-file.js';
import { foreignKeyViolations, integrityFindings, looksLikeSqlite, missingCoreTables } from '../db/doctor.js';
import { SCHEMA_VERSION, schemaVersion } from '../db/migrate.js';
import type { Db } from '../db/open.js';
import { ConflictError, InvalidDataError, UsageError } from '../errors.js';

export interface BackupResult {
  file: string;
  bytes: number;
  schema_version: number;
}

export async function backupDatabase(db: Db, dbPath: string, file: string, { force = false } = {}): Promise<BackupResult> {
  const target = resolve(file);
  if (target === resolve(dbPath)) throw new UsageError('admin.backup.sameFile', { file });
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError('admin.backup.isDirectory', { file });
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  // Never over the database through a link, nor over a device or a FIFO (/dev/null, even as root).
  checkOutputTarget(target, { database: dbPath });
  if (existsSync(target) && !force) throw new ConflictError('admin.backup.exists', { file });
  const bytes = await onlineBackup(db, target);
  return { file: target, bytes, schema_version: schemaVersion(db) };
}

export interface RestoreResult {
  file: string;
  path: string;
  /** The database file as it was before the restore, kept beside it; null when there was none. */
  previous: string | null;
  /** The restored file's schema version as it was put in place; the caller's session migrates it forward. */
  schema_version: number;
}

/**
 * Restores `file` over the database at `dbPath`. `confirm` runs after the checks pass and before
 * anything is replaced; it throws to stop. `now` stamps the copy of the replaced file.
 */
export async function restoreDatabase(dbPath: string, file: string, confirm: () => Promise<void>, now: Date): Promise<RestoreResult> {
  const source = resolve(file);
  const target = resolve(dbPath);
  if (!existsSync(source)) throw new UsageError('admin.restore.missing', { file });
  if (statSync(source).isDirectory()) throw new UsageError('admin.restore.isDirectory', { file });
  if (source === target) throw new UsageError('admin.restore.sameFile', { file });

  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  // The checks run on a private copy in the target's folder: what was checked is exactly what is
  // put in place, the candidate itself is never opened for writing, and the final rename is atomic.
  const staged = siblingTempPath(target, 'restore');
  try {
    try {
      copyPrivate(source, staged);
      if (existsSync(`${source}-wal`)) copyPrivate(`${source}-wal`, `${staged}-wal`);
    } catch {
      throw new UsageError('admin.restore.unreadable', { file });
    }
    const version = checkCandidate(staged, file);
    await confirm();

    let previous: string | null = null;
    if (existsSync(target)) {
      checkpointAndClose(target);
      previous = `${target}.before-restore-${fileStamp(now)}`;
      copyPrivate(target, previous);
      // A WAL that could not be checkpointed (a damaged file) is kept with it, so nothing is lost.
      if (existsSync(`${target}-wal`) && statSync(`${target}-wal`).size > 0) copyPrivate(`${target}-wal`, `${previous}-wal`);
    }
    replaceFile(staged, target);
    return { file: source, path: target, previous, schema_version: version };
  } finally {
    removeWithCompanions(staged);
  }
}

/** Every check a restore needs; returns the candidate's schema version. Leaves the copy closed and whole. */
function checkCandidate(staged: string, file: string): number {
  if (statSync(staged).size === 0 || !looksLikeSqlite(staged)) throw new InvalidDataError('admin.restore.notADatabase', { file });
  let db: Db;
  try {
    db = new Database(staged, { fileMustExist: true });
  } catch {
    throw new InvalidDataError('admin.restore.notADatabase', { file });
  }
  try {
    const version = schemaVersion(db);
    if (version > SCHEMA_VERSION) throw new ConflictError('admin.restore.newer', { file, version, supported: SCHEMA_VERSION });
    const integrity = integrityFindings(db);
    if (integrity.length > 0) throw new InvalidDataError('admin.restore.integrity', { file, count: integrity.length }, integrity.slice(0, 20));
    const missing = missingCoreTables(db);
    if (version === 0 || missing.length > 0) throw new InvalidDataError('admin.restore.notProper', { file, tables: missing.join(', ') });
    const violations = foreignKeyViolations(db);
    if (violations.length > 0) {
      throw new InvalidDataError(
        'admin.restore.foreignKeys',
        { file, count: violations.length },
        violations.slice(0, 20).map((v) => `  ${v.table} #${v.rowid ?? '?'} → ${v.parent}`),
      );
    }
    return version;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_')) throw new InvalidDataError('admin.restore.notADatabase', { file });
    throw error;
  } finally {
    // Closing the last connection checkpoints a copied WAL into the staged file.
    db.close();
  }
}
