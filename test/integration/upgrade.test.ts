// Every database file made by an earlier schema version (test/fixtures/db/proper-vN.db, built by
// scripts/make-db-fixtures.mjs and committed) opens, migrates to the latest version and keeps
// every row; a file from a newer proper is refused and left byte for byte as it was.
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEPT_MIGRATION_BACKUPS, SCHEMA_VERSION } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open.js';
import { projectRoot, properWith, tempDb } from '../helpers/proper.js';

const fixturesDir = join(projectRoot, 'test', 'fixtures', 'db');
const fixtures = readdirSync(fixturesDir)
  .map((file) => /^proper-v(\d+)\.db$/.exec(file))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: m[0], version: Number(m[1]) }))
  .sort((a, b) => a.version - b.version);

/** Every row of every table, as text, to compare a file before and after. */
function snapshot(path: string, tables?: string[]): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  // The search index (search_*, migration 004) and the report figures (figures_*, 006) are derived
  // from the other tables and checked by their own tests.
  const names = tables ?? (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' AND name NOT LIKE 'figures_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const result: Record<string, unknown[]> = {};
  // Table names come from sqlite_schema of a test fixture, never from input.
  for (const name of names) result[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  db.close();
  return result;
}

/** `after`'s rows cut down to the columns the older file had (a migration may add columns). */
function withColumnsOf(before: Record<string, unknown[]>, after: Record<string, unknown[]>): Record<string, unknown[]> {
  const cut: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(after)) {
    const columns = Object.keys((before[table]?.[0] ?? {}) as object);
    cut[table] = rows.map((row) => Object.fromEntries(columns.map((c) => [c, (row as Record<string, unknown>)[c]])));
  }
  return cut;
}

describe('upgrading database files of earlier versions', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  it('has a fixture for every earlier schema version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const fixture of fixtures) {
    it(`migrates ${fixture.file} to the latest version, keeps every row, and leaves a private .bak copy`, () => {
      copyFileSync(join(fixturesDir, fixture.file), temp.db);
      const before = snapshot(temp.db);
      expect(Object.values(before).every((rows) => rows.length > 0), 'the fixture has rows in every table').toBe(true);

      const db = openDatabase(temp.db, { now: () => new Date('2024-08-15T09:30:00Z') });
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db.close();
      expect(withColumnsOf(before, snapshot(temp.db, Object.keys(before)))).toEqual(before);
      expect(snapshot(temp.db).audit_log).toEqual(before.audit_log ?? []);

      const backups = readdirSync(temp.dir).filter((f) => f.startsWith(`proper.db.v${fixture.version}-`) && f.endsWith('.bak'));
      expect(backups).toHaveLength(1);
      const bak = join(temp.dir, backups[0]!);
      expect(statSync(bak).mode & 0o777).toBe(0o600);
      const kept = new Database(bak, { readonly: true });
      expect(kept.pragma('user_version', { simple: true })).toBe(fixture.version);
      kept.close();
      expect(snapshot(bak)).toEqual(before);
    });

    it(`serves ${fixture.file} through the CLI after migrating it`, () => {
      copyFileSync(join(fixturesDir, fixture.file), temp.db);
      const proper = properWith(temp.db);
      expect(proper(['cohort', 'list', '--json']).json<{ code: string }[]>().map((c) => c.code)).toContain('pim4-xxii-2018');
      const doctor = proper(['doctor', '--json']);
      expect(doctor.code, doctor.stdout).toBe(0);
      expect(doctor.json()).toMatchObject({ healthy: true, schema_version: SCHEMA_VERSION });
    });
  }

  it(`keeps only the newest ${KEPT_MIGRATION_BACKUPS} automatic backups`, () => {
    copyFileSync(join(fixturesDir, 'proper-v1.db'), temp.db);
    for (const stamp of ['20200101T000000', '20210101T000000', '20220101T000000', '20230101T000000']) {
      writeFileSync(join(temp.dir, `proper.db.v1-${stamp}.bak`), 'old');
    }
    openDatabase(temp.db, { now: () => new Date('2024-08-15T09:30:00Z') }).close();
    const left = readdirSync(temp.dir).filter((f) => f.endsWith('.bak')).sort();
    expect(left).toHaveLength(KEPT_MIGRATION_BACKUPS);
    expect(left.slice(0, 2)).toEqual(['proper.db.v1-20220101T000000.bak', 'proper.db.v1-20230101T000000.bak']);
  });

  it('refuses a file from a newer proper with exit 5 and leaves it byte for byte untouched', () => {
    copyFileSync(join(fixturesDir, 'proper-v1.db'), temp.db);
    const raw = new Database(temp.db);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(temp.db);
    const files = readdirSync(temp.dir).sort();

    const proper = properWith(temp.db);
    for (const args of [['cohort', 'list'], ['cohort', 'add', 'x', '--program', 'pkp', '--number', '1', '--year', '2024'], ['history']]) {
      const result = proper([...args, '--lang', 'en']);
      expect(result.code).toBe(5);
      expect(result.stderr).toContain('newer proper');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    const doctor = proper(['doctor']);
    expect(doctor.code).toBe(5);
    expect(readFileSync(temp.db).equals(before)).toBe(true);
    expect(readdirSync(temp.dir).sort()).toEqual(files);
  });
});
