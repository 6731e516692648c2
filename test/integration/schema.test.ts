import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, SCHEMA_VERSION } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open.js';
import { expectedSchema, normaliseSql, readSchema, schemaDifferences } from '../../src/db/schema.js';
import { tempDb } from '../helpers/proper.js';

describe('normaliseSql', () => {
  it('ignores comments, line breaks and spacing but keeps quoted text', () => {
    const a = "CREATE TABLE t (\n  a TEXT, -- the a\n  b TEXT /* b */ CHECK (b IN ('x  y', '--'))\n)";
    const b = "CREATE TABLE t(a TEXT,b TEXT CHECK(b IN ('x  y','--')))";
    expect(normaliseSql(a)).toBe(normaliseSql(b));
    expect(normaliseSql(a)).toContain("'x  y'");
    expect(normaliseSql("CHECK (b IN ('x y'))")).not.toBe(normaliseSql("CHECK (b IN ('x  y'))"));
  });
});

describe('the schema proper creates', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  it('is derived from the migrations: every migration\'s tables are in it', () => {
    const names = expectedSchema(SCHEMA_VERSION).map((o) => o.name);
    for (const migration of loadMigrations()) {
      for (const [, table] of migration.sql.matchAll(/CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?(\w+)/gi)) expect(names).toContain(table);
    }
    expect(loadMigrations().at(-1)!.version).toBe(SCHEMA_VERSION);
  });

  it('is exactly what a new database file holds, with the audit trail\'s TEMP triggers on the connection', () => {
    const db = openDatabase(temp.db);
    try {
      const temps = db.prepare("SELECT count(*) AS n FROM temp.sqlite_schema WHERE type = 'trigger'").get() as { n: number };
      expect(temps.n).toBeGreaterThan(0);
      expect(schemaDifferences(db, SCHEMA_VERSION)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('names a trigger added to the file, and the table it is on', () => {
    const db = openDatabase(temp.db);
    db.exec('CREATE TRIGGER t1 AFTER INSERT ON cohorts BEGIN SELECT 1; END');
    expect(schemaDifferences(db, SCHEMA_VERSION)).toEqual([{ change: 'unexpected', type: 'trigger', name: 't1', table: 'cohorts', detail: '' }]);
    db.close();
  });

  it('ignores SQLite\'s own statistics tables (ANALYZE)', () => {
    const db = openDatabase(temp.db);
    db.exec('ANALYZE');
    expect(readSchema(db).map((o) => o.name)).not.toContain('sqlite_stat1');
    expect(schemaDifferences(db, SCHEMA_VERSION)).toEqual([]);
    db.close();
  });

  it('of an older version is what that version\'s migrations create', () => {
    const db = new Database(':memory:');
    db.exec(loadMigrations()[0]!.sql);
    expect(schemaDifferences(db, 1)).toEqual([]);
    expect(schemaDifferences(db, SCHEMA_VERSION).map((d) => d.change)).toContain('missing');
    db.close();
  });
});
