// The demo's temporary folder: named with the demo's process id, so that the next demo can tell
// a folder whose demo was killed (SIGKILL, a closed terminal) from one still in use, and remove it.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from '../db/leftovers.js';

const PREFIX = 'proper-demo-';
/** Folders of an older proper carry no process id: removed once this old (ms). */
const UNNAMED_STALE_AFTER_MS = 60 * 60 * 1000;

/** Creates TMP/proper-demo-PID-XXXXXX (0700). */
export function makeDemoFolder(tmp: string): string {
  return mkdtempSync(join(tmp, `${PREFIX}${process.pid}-`));
}

/**
 * Removes the demo folders in `tmp` whose demo is no longer running; returns their paths.
 * `nowMs` dates the folders of older versions, which carry no process id. Never throws.
 */
export function sweepDemoFolders(tmp: string, nowMs: number): string[] {
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(PREFIX)) continue;
    const path = join(tmp, name);
    const pid = /^proper-demo-(\d+)-/.exec(name)?.[1];
    try {
      const stale = pid !== undefined ? !isRunning(Number(pid)) : nowMs - statSync(path).mtimeMs > UNNAMED_STALE_AFTER_MS;
      if (!stale || !statSync(path).isDirectory()) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Another user's folder, or one removed meanwhile.
    }
  }
  return removed;
}
