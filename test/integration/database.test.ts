import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, SCHEMA_VERSION } from '../../src/db/migrate.js';
import { BUSY_TIMEOUT_MS, openDatabase } from '../../src/db/open.js';
import { resolveDbPath } from '../../src/db/path.js';
import { ConflictError, InvalidDataError } from '../../src/errors.js';
import { tempDb } from '../helpers/proper.js';

describe('the database file', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  it('is created with permissions 0600 in a folder made on first use, in WAL mode with foreign keys on', () => {
    const path = join(temp.dir, 'nested', 'folder', 'proper.db');
    const db = openDatabase(path);
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'y')").run();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}-wal`).mode & 0o777).toBe(0o600);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Two officers' commands wait for each other this long before one gives up with exit 5.
    expect(BUSY_TIMEOUT_MS).toBe(15_000);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    db.close();
  });

  it('is migrated from an empty file to the latest schema version and seeded with the default bands', () => {
    const db = openDatabase(temp.db);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const bands = db.prepare("SELECT value FROM settings WHERE key = 'bands.pkp'").get() as { value: string };
    expect(bands.value).toBe('90,80,70,60');
    db.close();
  });

  it('numbers its migrations 1..N without gaps, the last being the schema version the program writes', () => {
    const versions = loadMigrations(join(process.cwd(), 'src', 'db', 'migrations')).map((m) => m.version);
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    expect(versions.at(-1)).toBe(SCHEMA_VERSION);
  });

  it('refuses a file made by a newer proper and leaves it untouched', () => {
    const raw = new Database(temp.db);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = readFileSync(temp.db);
    expect(() => openDatabase(temp.db)).toThrow(ConflictError);
    expect(readFileSync(temp.db).equals(before)).toBe(true);
  });

  it('refuses an SQLite file of another program instead of adding its tables to it', () => {
    const raw = new Database(temp.db);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    raw.close();
    expect(() => openDatabase(temp.db)).toThrow(InvalidDataError);
  });

  it('refuses a file that is not a database at all as invalid data', () => {
    writeFileSync(temp.db, 'DAFTAR PESERTA\nnip;nama\n');
    expect(() => openDatabase(temp.db)).toThrow(InvalidDataError);
  });
});

describe('resolveDbPath', () => {
  it('prefers --db, then PROPER_DB, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(resolveDbPath({ flag: '/a.db', env: { PROPER_DB: '/b.db' }, platform: 'linux', home: '/home/u' })).toBe('/a.db');
    expect(resolveDbPath({ env: { PROPER_DB: '/b.db', XDG_DATA_HOME: '/x' }, platform: 'linux', home: '/home/u' })).toBe('/b.db');
    expect(resolveDbPath({ env: { XDG_DATA_HOME: '/x' }, platform: 'linux', home: '/home/u' })).toBe('/x/proper/proper.db');
    expect(resolveDbPath({ env: {}, platform: 'linux', home: '/home/u' })).toBe('/home/u/.local/share/proper/proper.db');
  });

  it('uses %APPDATA% on Windows', () => {
    expect(resolveDbPath({ env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\u' })).toContain('proper');
  });
});
