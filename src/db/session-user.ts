// The operating-system user a process acts for, as the audit trail records it. The name is kept
// in a per-connection TEMP table (temp.session_user) that the audit triggers read, bound as a
// parameter so that no SQL function has to be registered and no value is pasted into SQL.
import { userInfo } from 'node:os';
import type Database from 'better-sqlite3';

/** `os.userInfo().username`, or USER / USERNAME of `env` when the account has no passwd entry (containers). */
export function osUser(env: Readonly<Record<string, string | undefined>>): string {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = undefined;
  }
  return name || env.USER || env.USERNAME || 'unknown';
}

/** The name bound on this connection by bindSessionUser, or 'unknown' when none was. */
export function sessionUser(db: Database.Database): string {
  try {
    const row = db.prepare('SELECT name FROM temp.session_user LIMIT 1').get() as { name: string } | undefined;
    return row?.name ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Creates temp.session_user on this connection holding the OS user's name. */
export function bindSessionUser(db: Database.Database, name: string): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS session_user (name TEXT NOT NULL)');
  db.prepare('DELETE FROM temp.session_user').run();
  db.prepare('INSERT INTO temp.session_user (name) VALUES (?)').run(name);
}
