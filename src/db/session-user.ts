// The operating-system user a process acts for, as the audit trail records it. The name is kept
// in a per-connection TEMP table (temp.session_user) that the audit triggers read, bound as a
// parameter so that no SQL function has to be registered and no value is pasted into SQL.
import { userInfo } from 'node:os';
import type Database from 'better-sqlite3';

let cached: string | undefined;

/** `os.userInfo().username`, or USER / USERNAME when the account has no passwd entry (containers). */
export function osUser(env: NodeJS.ProcessEnv = process.env): string {
  if (cached !== undefined) return cached;
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = undefined;
  }
  cached = name || env.USER || env.USERNAME || 'unknown';
  return cached;
}

/** Creates temp.session_user on this connection holding the OS user's name. */
export function bindSessionUser(db: Database.Database, name: string = osUser()): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS session_user (name TEXT NOT NULL)');
  db.prepare('DELETE FROM temp.session_user').run();
  db.prepare('INSERT INTO temp.session_user (name) VALUES (?)').run(name);
}
