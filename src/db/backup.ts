// File-level work of backup and restore: SQLite's online backup into a private file, private
// byte copies, and replacing the database file safely (temp file in the same folder, fsync, rename).
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { tempPathFor } from './leftovers.js';
import type { Db } from './open.js';

/** A timestamp for file names: 20240815T093000. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
}

/** Creates an empty file readable only by its owner; fails if it exists. */
export function createPrivateEmptyFile(path: string): void {
  closeSync(openSync(path, 'wx', 0o600));
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable (not possible on every platform; a failure here loses nothing). */
export function fsyncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows and some network file systems cannot open or sync a folder.
  }
}

/** Copies bytes into a new 0600 file (never readable by others, even for a moment), then fsyncs it. */
export function copyPrivate(from: string, to: string): number {
  const input = openSync(from, 'r');
  let output: number | undefined;
  let total = 0;
  try {
    output = openSync(to, 'wx', 0o600);
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const read = readSync(input, buffer, 0, buffer.length, null);
      if (read === 0) break;
      let written = 0;
      while (written < read) written += writeSync(output, buffer, written, read - written);
      total += read;
    }
    fsyncSync(output);
  } finally {
    closeSync(input);
    if (output !== undefined) closeSync(output);
  }
  return total;
}

/**
 * SQLite's online backup of an open database into `target`: a consistent snapshot taken while other
 * processes go on writing. The copy is written beside the target and renamed into place only when
 * complete, so a half-written backup never carries the target's name.
 */
export async function onlineBackup(db: Db, target: string, nowMs: number): Promise<number> {
  const temp = tempPathFor(target, 'backup', nowMs);
  createPrivateEmptyFile(temp);
  try {
    // All remaining pages in one step: one read transaction, so a writer elsewhere cannot make
    // SQLite restart the copy (in WAL mode the writer does not wait for it either).
    await db.backup(temp, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
    makeSelfContained(temp);
    fsyncFile(temp);
    renameSync(temp, target);
    fsyncFolder(dirname(target));
  } catch (error) {
    removeWithCompanions(temp);
    throw error;
  }
  return statSync(target).size;
}

/** A backup is one file: rollback journal mode, so that it opens anywhere without -wal or -shm. */
function makeSelfContained(path: string): void {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Removes a database file with its -wal, -shm and -journal companions. */
export function removeWithCompanions(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** Flushes the WAL of a database file into it and closes, so that the file alone holds everything. */
export function checkpointAndClose(path: string): void {
  if (!existsSync(path)) return;
  let db: Db | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A damaged file (the usual reason to restore) cannot be checkpointed; its bytes are kept as they are.
  } finally {
    db?.close();
  }
}

/** Replaces `target` by `replacement` (same folder) atomically, dropping the old file's stale -wal and -shm. */
export function replaceFile(replacement: string, target: string): void {
  fsyncFile(replacement);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(replacement, target);
  fsyncFolder(dirname(target));
}
