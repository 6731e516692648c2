// Numbered SQL migrations (migrations/NNN_name.sql) applied in order by PRAGMA user_version,
// all in one transaction, after a backup copy of a file that already holds data.
import { closeSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { ConflictError, InvalidDataError } from '../errors.js';
import { seedDefaultSettings } from './settings-seed.js';

/** The schema version this program writes. A test checks it matches the migrations folder. */
export const SCHEMA_VERSION = 2;

/** How many automatic pre-migration backups are kept beside the file. */
export const KEPT_MIGRATION_BACKUPS = 3;

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: readFileSync(join(dir, file), 'utf8'),
    }));
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a file made by a newer proper, or an SQLite file of another program. Reads only. */
export function assertCompatible(db: Database.Database, path: string): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new ConflictError('db.newerThanProgram', { path, version: current, supported: SCHEMA_VERSION });
  }
  if (current === 0 && hasTables(db)) throw new InvalidDataError('db.notProper', { path });
}

/**
 * Migrates forward inside one IMMEDIATE transaction, after a backup copy stamped with `now`
 * (the caller's clock: the session passes the run's). Without `now`, a file that needs the copy
 * is a programming error (thrown as such), never a copy stamped with a made-up time.
 */
export function migrate(db: Database.Database, path: string, now: Date | undefined): void {
  const current = schemaVersion(db);
  if (current === SCHEMA_VERSION) return;

  if (current > 0) {
    if (now === undefined) throw new Error(`migrate: a clock (now) is needed to stamp the backup copy (a bug)`);
    backupBeforeMigration(db, path, current, now);
  }
  const pending = loadMigrations().filter((m) => m.version > current);
  db.transaction(() => {
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const now = schemaVersion(db);
    for (const migration of pending) {
      if (migration.version <= now) continue;
      db.exec(migration.sql);
      if (migration.version === 1) seedDefaultSettings(db);
      db.pragma(`user_version = ${Number(migration.version)}`);
    }
  }).immediate();
}

function hasTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

/** Writes PATH.vN-TIMESTAMP.bak with VACUUM INTO and keeps only the newest few. */
function backupBeforeMigration(db: Database.Database, path: string, version: number, now: Date): void {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const target = `${path}.v${version}-${stamp}.bak`;
  // VACUUM INTO would create the copy 0644; it accepts an empty file, so make it private first.
  // An existing one was written this very second by another process migrating the same file.
  try {
    closeSync(openSync(target, 'wx', 0o600));
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return;
    throw error;
  }
  db.prepare('VACUUM INTO ?').run(target);
  const prefix = `${basename(path)}.v`;
  const old = readdirSync(dirname(path))
    .filter((file) => file.startsWith(prefix) && file.endsWith('.bak'))
    .sort((a, b) => (a.slice(a.lastIndexOf('-')) < b.slice(b.lastIndexOf('-')) ? 1 : -1));
  for (const file of old.slice(KEPT_MIGRATION_BACKUPS)) rmSync(join(dirname(path), file), { force: true });
}
