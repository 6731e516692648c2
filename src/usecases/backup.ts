// `proper backup` and `proper restore`. A backup is SQLite's online backup (safe while others
// write); a restore stages the candidate as a private copy, checks it, migrates it there when
// older and checks it again, keeps the current file under a name of its own, and only then
// swaps the checked copy in atomically (SPEC §10).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkpointAndClose, copyPrivate, fileStamp, onlineBackup, removeWithCompanions, replaceFile } from '../db/backup.js';
import { checkOutputTarget } from '../db/output-file.js';
import { publishUnique, sweepLeftovers, tempPathFor } from '../db/leftovers.js';
import { SCHEMA_VERSION, schemaVersion } from '../db/migrate.js';
import type { Db } from '../db/open.js';
import { ConflictError, UsageError } from '../errors.js';
import { checkAndMigrateCandidate } from './restore-check.js';

export interface BackupResult {
  file: string;
  bytes: number;
  schema_version: number;
}

/** Writes an online backup of `db` to `file`; `now` names its temporary copy. Throws UsageError or ConflictError (exists). */
export async function backupDatabase(db: Db, dbPath: string, file: string, now: Date, { force = false } = {}): Promise<BackupResult> {
  const target = resolve(file);
  if (target === resolve(dbPath)) throw new UsageError('admin.backup.sameFile', { file });
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw new UsageError('admin.backup.isDirectory', { file });
    if (!force) throw new ConflictError('admin.backup.exists', { file });
  }
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  // Never over the database through a link, nor over a device or a FIFO (/dev/null, even as root).
  checkOutputTarget(target, { database: dbPath });
  sweepLeftovers(dirname(target));
  const bytes = await onlineBackup(db, target, now.getTime());
  return { file: target, bytes, schema_version: schemaVersion(db) };
}

export interface RestoreResult {
  file: string;
  path: string;
  /** The database file as it was before the restore, kept beside it; null when there was none. */
  previous: string | null;
  schema_version: number;
  /** The restored file's version before it was migrated forward, when it was older. */
  migrated_from: number | null;
}

/**
 * Restores `file` over the database at `dbPath`. `confirm` runs after every check has passed and
 * before anything is replaced; it throws to stop. `now` names the kept old file and the temporary
 * copies. Throws UsageError (2), InvalidDataError (3: the candidate failed a check, nothing
 * replaced) or ConflictError (5: a newer proper's file).
 */
export async function restoreDatabase(dbPath: string, file: string, now: Date, confirm: () => Promise<void>): Promise<RestoreResult> {
  const source = resolve(file);
  const target = resolve(dbPath);
  if (!existsSync(source)) throw new UsageError('admin.restore.missing', { file });
  if (statSync(source).isDirectory()) throw new UsageError('admin.restore.isDirectory', { file });
  if (source === target) throw new UsageError('admin.restore.sameFile', { file });

  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  sweepLeftovers(dirname(target));
  // The checks run on a private copy in the target's folder: what was checked is exactly what is
  // put in place, the candidate itself is never opened for writing, and the final rename is atomic.
  const staged = tempPathFor(target, 'restore', now.getTime());
  try {
    try {
      copyPrivate(source, staged);
      if (existsSync(`${source}-wal`)) copyPrivate(`${source}-wal`, `${staged}-wal`);
    } catch {
      throw new UsageError('admin.restore.unreadable', { file });
    }
    const version = checkAndMigrateCandidate(staged, file);
    await confirm();
    const previous = existsSync(target) ? keepPrevious(target, now) : null;
    replaceFile(staged, target);
    return { file: source, path: target, previous, schema_version: SCHEMA_VERSION, migrated_from: version < SCHEMA_VERSION ? version : null };
  } finally {
    removeWithCompanions(staged);
  }
}

/**
 * Copies the live file to TARGET.before-restore-STAMP (or …-STAMP-2, -3: never another restore's
 * file), through a temporary name so that an interrupted copy is never taken for a kept file.
 */
function keepPrevious(target: string, now: Date): string {
  checkpointAndClose(target);
  const temp = tempPathFor(target, 'keep', now.getTime());
  try {
    copyPrivate(target, temp);
    const stamp = fileStamp(now);
    const kept = publishUnique(temp, (n) => `${target}.before-restore-${stamp}${n === 0 ? '' : `-${n}`}`);
    // A WAL that could not be checkpointed (a damaged file) is kept with it, so nothing is lost.
    if (existsSync(`${target}-wal`) && statSync(`${target}-wal`).size > 0) copyPrivate(`${target}-wal`, `${kept}-wal`);
    return kept;
  } finally {
    removeWithCompanions(temp);
  }
}
