// Work in progress beside a database or a backup is written under a name that says so
// (.NAME.proper-PURPOSE-PID-MS.tmp) and gets its finished name only by an atomic rename or link
// once complete. A process killed meanwhile cannot clean up, so its temporary copies (personal
// data) are found here by name and removed by the next run, or named by `proper doctor`.
import { existsSync, linkSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type TempPurpose = 'backup' | 'restore' | 'keep' | 'premigrate';

/** A hidden name beside `path` for work in progress, unique to this process and moment. */
export function tempPathFor(path: string, purpose: TempPurpose, nowMs: number): string {
  return join(dirname(path), `.${basename(path)}.proper-${purpose}-${process.pid}-${nowMs}.tmp`);
}

/**
 * Gives a complete file its finished name without ever replacing another: the first of
 * name(0), name(1), … that does not exist yet. Returns the name taken; `temp` is gone afterwards.
 */
export function publishUnique(temp: string, name: (attempt: number) => string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const target = name(attempt);
    try {
      linkSync(temp, target);
      rmSync(temp, { force: true });
      return target;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EEXIST') continue;
      // File systems without hard links (FAT on a USB stick): check, then rename.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
        if (existsSync(target)) continue;
        renameSync(temp, target);
        return target;
      }
      throw error;
    }
  }
  throw new Error(`no free name for ${temp}`);
}

export interface Leftover {
  path: string;
  /** 'temp': a killed process's temporary copy; 'unfinished': a pre-migration backup an older proper never finished. */
  kind: 'temp' | 'unfinished';
  bytes: number;
}

const COMPANION = '(-wal|-shm|-journal)?';
const TEMP_NAME = new RegExp(`^\\..+\\.(?:proper-)?(backup|restore|keep|premigrate)-(\\d+)-\\d+\\.tmp${COMPANION}$`);
// Older versions wrote PATH.vN-STAMP.bak in place: an empty one, or one beside its journal, was never finished.
const MIGRATION_BACKUP = new RegExp(`^(.+\\.v\\d+-\\d{8}T\\d{6}(?:-\\d+)?\\.bak)${COMPANION}$`);

/** The leftovers of killed proper processes in `folder` (never those of a process still running). */
export function findLeftovers(folder: string): Leftover[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: Leftover[] = [];
  const present = new Set(names);
  for (const name of names) {
    const path = join(folder, name);
    const temp = TEMP_NAME.exec(name);
    if (temp) {
      if (!isRunning(Number(temp[2]))) found.push({ path, kind: 'temp', bytes: sizeOf(path) });
      continue;
    }
    const bak = MIGRATION_BACKUP.exec(name);
    if (bak && isUnfinishedBackup(join(folder, bak[1]!), present.has(`${bak[1]}-journal`))) {
      found.push({ path, kind: 'unfinished', bytes: sizeOf(path) });
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Removes the leftovers of killed processes in `folder`; returns what was removed. Never throws. */
export function sweepLeftovers(folder: string): Leftover[] {
  const removed: Leftover[] = [];
  for (const leftover of findLeftovers(folder)) {
    try {
      rmSync(leftover.path, { force: true });
      removed.push(leftover);
    } catch {
      // Someone else's file we may not remove: doctor names it.
    }
  }
  return removed;
}

/** VACUUM INTO killed midway leaves the copy empty, or beside its hot journal. */
function isUnfinishedBackup(bak: string, hasJournal: boolean): boolean {
  return hasJournal || !existsSync(bak) || sizeOf(bak) === 0;
}

/** True when a process with this id exists on this machine (one we may not signal counts as running). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
