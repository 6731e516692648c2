// The one writer of the files proper hands to the officer (SPEC §4): --output, --rejected,
// NAME.rejected.csv, import templates, backups and the calendar. Such a file holds personal data,
// so it is written to a private temporary file beside the target (0600 whatever the umask),
// fsynced, then renamed into place: a failed or killed write leaves the old file, or none, never
// half a file. A target that is the database, its -wal or -shm, or an input being read, also
// through a symbolic or hard link, and anything that is not a regular file (a device such as
// /dev/null, a FIFO, a folder) is refused before anything is written.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { storageError } from './errors.js';

/** The files an output must never replace: the database (with its -wal and -shm) and the inputs being read. */
export interface OutputGuard {
  database?: string | undefined;
  inputs?: readonly string[];
}

/**
 * Refuses `target` (UsageError, exit 2) when it is, or resolves to, a protected file, or exists
 * and is not a regular file; also when its folder does not exist. Returns the absolute path.
 */
export function checkOutputTarget(target: string, guard: OutputGuard = {}, field?: string): string {
  const path = resolve(target);
  const extra = field ? { field } : {};
  const existing = statOrNull(path);
  if (existing && !existing.isFile()) throw new UsageError('storage.output.notRegular', { path: target, ...extra });
  const protectedFiles = [
    ...(guard.database ? [guard.database, `${guard.database}-wal`, `${guard.database}-shm`, `${guard.database}-journal`].map((p) => ({ p, key: 'storage.output.isDatabase' })) : []),
    ...(guard.inputs ?? []).map((p) => ({ p, key: 'storage.output.isInput' })),
  ];
  const folder = dirname(path);
  const realFolder = realOrNull(folder);
  if (realFolder === null) throw new UsageError('storage.output.folderMissing', { path: target, folder, ...extra });
  for (const { p, key } of protectedFiles) {
    if (sameFile(path, realFolder, existing, p)) throw new UsageError(key, { path: target, ...extra });
  }
  return path;
}

/** Two names of one file: the same device and inode, or (when either is missing yet) the same resolved path. */
function sameFile(path: string, realFolder: string, stat: fs.Stats | null, other: string): boolean {
  const otherStat = statOrNull(other);
  if (stat && otherStat) return stat.dev === otherStat.dev && stat.ino === otherStat.ino;
  const otherFolder = realOrNull(dirname(resolve(other)));
  const real = realOrNull(path) ?? join(realFolder, basename(path));
  const otherReal = realOrNull(other) ?? (otherFolder ? join(otherFolder, basename(other)) : resolve(other));
  return real === otherReal;
}

function statOrNull(path: string): fs.Stats | null {
  try {
    return fs.statSync(path);
  } catch {
    return null;
  }
}

function realOrNull(path: string): string | null {
  try {
    return fs.realpathSync(path);
  } catch {
    return null;
  }
}

/** A file being written: chunks go to the temporary file; `commit` puts it in place, `abort` removes it. */
export interface OutputFile {
  readonly path: string;
  write(chunk: string | Uint8Array): void;
  /** fsync, then rename over the target (and sync the folder). Returns the bytes written. */
  commit(): number;
  /** Drops the temporary file; the target stays as it was. Safe to call after commit or twice. */
  abort(): void;
}

export interface OpenOutputOptions {
  /** The files the target must not be (the session's database; the input being imported). */
  guard?: OutputGuard;
  /** The option that named the file (for the message: --output, --rejected). */
  field?: string;
}

/**
 * Starts writing `target` through a private temporary file beside it. Failures (a missing
 * permission, a full disk) come out translated by src/db/errors.ts with the target's path, after
 * the temporary file has been removed.
 */
export function openOutputFile(target: string, { guard = {}, field }: OpenOutputOptions = {}): OutputFile {
  const path = checkOutputTarget(target, guard, field);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  let bytes = 0;
  let done = false;
  const fail = (error: unknown): never => {
    abort();
    throw storageError(error, target, 'write', 'file');
  };
  const abort = () => {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already closed or never opened: nothing to release.
      }
      fd = undefined;
    }
    if (!done) fs.rmSync(temp, { force: true });
    done = true;
  };
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
    // The umask may have taken bits away; it must not have added any, and 0600 is what we want.
    fs.fchmodSync(fd, 0o600);
  } catch (error) {
    fail(error);
  }
  return {
    path,
    write(chunk) {
      if (done || fd === undefined) throw new Error(`output file ${target} written after it was closed (a bug)`);
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      try {
        let written = 0;
        while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
        bytes += data.length;
      } catch (error) {
        fail(error);
      }
    },
    commit() {
      if (done || fd === undefined) throw new Error(`output file ${target} committed twice (a bug)`);
      try {
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fd = undefined;
        // Checked again just before the rename: the target may have changed while we wrote.
        checkOutputTarget(target, guard, field);
        fs.renameSync(temp, path);
        done = true;
      } catch (error) {
        fail(error);
      }
      syncFolder(dirname(path));
      return bytes;
    },
    abort,
  };
}

/** Writes `data` to `target` whole or not at all (see openOutputFile). Returns the bytes written. */
export function writeOutputFile(target: string, data: string | Uint8Array, options: OpenOutputOptions = {}): number {
  const file = openOutputFile(target, options);
  try {
    file.write(data);
    return file.commit();
  } finally {
    file.abort();
  }
}

/** Makes a rename durable; not possible everywhere (Windows, some network file systems), and losing it loses nothing. */
function syncFolder(folder: string): void {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // See above.
  }
}
