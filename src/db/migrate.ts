// Numbered SQL migrations (migrations/NNN_name.sql) applied in order by PRAGMA user_version,
// all in one transaction, after a complete backup copy of a file that already holds data.
import { closeSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { ConflictError, InvalidDataError } from '../errors.js';
import { createPrivateEmptyFile, fileStamp, fsyncFile, fsyncFolder, removeWithCompanions } from './backup.js';
import { publishUnique, tempPathFor } from './leftovers.js';
import { seedDefaultSettings } from './settings-seed.js';

/** The schema version this program writes. A test checks it matches the migrations folder. */
export const SCHEMA_VERSION = 6;

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

/** Refuses a file made by a newer proper, an SQLite file of another program, or a negative version. Reads only. */
export function assertCompatible(db: Database.Database, path: string): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new ConflictError('db.newerThanProgram', { path, version: current, supported: SCHEMA_VERSION });
  }
  if (current < 0) throw new InvalidDataError('db.negativeVersion', { path, version: current });
  if (current === 0 && hasTables(db)) throw new InvalidDataError('db.notProper', { path });
}

/**
 * Brings the file at `path` to SCHEMA_VERSION: a complete backup copy first (for a file that holds
 * data), then every pending migration in one transaction. `now` names the backup.
 */
export function migrate(db: Database.Database, path: string, now: Date): void {
  const current = schemaVersion(db);
  if (current === SCHEMA_VERSION) return;
  if (current > 0) backupBeforeMigration(db, path, now);
  applyMigrations(db);
}

/** Applies the pending migrations in one write transaction (no backup: for a private copy, or after one). */
export function applyMigrations(db: Database.Database): void {
  const pending = loadMigrations();
  db.transaction(() => {
    // Read inside the write lock: another process may have migrated meanwhile.
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

/**
 * Writes PATH.vN-STAMP.bak (N: the version inside the copy) and keeps only the newest few. The
 * copy is made under a temporary name and linked to a name no other backup holds only once
 * complete and synced: an existing backup of the same second never means "skip", and a killed
 * migration never leaves an unfinished file named like a backup.
 */
function backupBeforeMigration(db: Database.Database, path: string, now: Date): void {
  const temp = tempPathFor(path, 'premigrate', now.getTime());
  // VACUUM INTO would create the copy 0644; it accepts an empty file, so make it private first.
  createPrivateEmptyFile(temp);
  let published: string;
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    fsyncFile(temp);
    const version = userVersionInHeader(temp);
    const stamp = fileStamp(now);
    published = publishUnique(temp, (n) => `${path}.v${version}-${stamp}${n === 0 ? '' : `-${n}`}.bak`);
    fsyncFolder(dirname(path));
  } catch (error) {
    removeWithCompanions(temp);
    throw error;
  }
  pruneMigrationBackups(path, published);
}

/** PRAGMA user_version as stored in the file header (bytes 60–63, big-endian), read without opening it. */
function userVersionInHeader(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(64);
    readSync(fd, header, 0, 64, 0);
    return header.readInt32BE(60);
  } finally {
    closeSync(fd);
  }
}

function pruneMigrationBackups(path: string, keep: string): void {
  const folder = dirname(path);
  const pattern = new RegExp(`^${escapeRegExp(basename(path))}\\.v\\d+-(\\d{8}T\\d{6})(?:-(\\d+))?\\.bak$`);
  const order = (file: string) => {
    const m = pattern.exec(file)!;
    return `${m[1]}-${(m[2] ?? '0').padStart(4, '0')}`;
  };
  const backups = readdirSync(folder)
    .filter((file) => pattern.test(file))
    .sort((a, b) => (order(a) < order(b) ? 1 : -1));
  for (const file of backups.slice(KEPT_MIGRATION_BACKUPS)) {
    if (join(folder, file) !== keep) rmSync(join(folder, file), { force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
