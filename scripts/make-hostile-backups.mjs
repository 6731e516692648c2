// Hostile backups: files that look like proper backups but carry something proper never creates
// (SPEC §10, issue 13). They are built here, from a good backup, rather than committed as binaries;
// test/integration/restore-hostile.test.ts builds them in its set-up.
//
//   node scripts/make-hostile-backups.mjs GOOD.db [OLD-V1.db] OUT-FOLDER   # writes OUT-FOLDER/NAME.db for each
//
// Each entry: `name`, the schema version it starts from (`base`: 'current' or 'v1'), `spoil(db)`
// run on an open better-sqlite3 connection to the copy, and `names`: words the refusal must name.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const hostileBackups = [
  {
    name: 'trigger-copies-personal-data',
    base: 'current',
    names: ['harvest', 'copy_new_people'],
    spoil: (db) =>
      db.exec(`CREATE TABLE harvest (nip TEXT, name TEXT, birth_date TEXT);
        CREATE TRIGGER copy_new_people AFTER INSERT ON people BEGIN
          INSERT INTO harvest VALUES (NEW.nip, NEW.name, NEW.birth_date); END;`),
  },
  {
    name: 'trigger-deletes-audit-rows',
    base: 'current',
    names: ['forget_changes'],
    spoil: (db) => db.exec('CREATE TRIGGER forget_changes AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = NEW.id; END;'),
  },
  {
    name: 'visit-deletes-milestones',
    base: 'current',
    names: ['wipe_milestones'],
    spoil: (db) => db.exec('CREATE TRIGGER wipe_milestones AFTER INSERT ON visits BEGIN DELETE FROM milestones; END;'),
  },
  {
    name: 'participant-add-aborts',
    base: 'current',
    names: ['no_new_people'],
    spoil: (db) => db.exec("CREATE TRIGGER no_new_people BEFORE INSERT ON people BEGIN SELECT RAISE(ABORT, 'no'); END;"),
  },
  {
    name: 'trigger-named-like-the-audit-trail',
    base: 'current',
    names: ['audit_projects_insert'],
    spoil: (db) => db.exec('CREATE TRIGGER audit_projects_insert AFTER INSERT ON projects BEGIN DELETE FROM project_events; END;'),
  },
  {
    name: 'extra-view',
    base: 'current',
    names: ['everyone'],
    spoil: (db) => db.exec('CREATE VIEW everyone AS SELECT nip, name, birth_date FROM people;'),
  },
  {
    name: 'extra-index',
    base: 'current',
    names: ['people_by_birth'],
    spoil: (db) => db.exec('CREATE INDEX people_by_birth ON people(birth_date);'),
  },
  {
    name: 'missing-index',
    base: 'current',
    names: ['visits_by_lokus'],
    spoil: (db) => db.exec('DROP INDEX visits_by_lokus;'),
  },
  {
    name: 'check-constraint-removed',
    base: 'current',
    names: ['people'],
    spoil: (db) => {
      // The same columns, but the NIP check weakened: any 18 characters pass.
      const [{ sql }] = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'people'").all();
      db.pragma('foreign_keys = OFF');
      db.exec(`${sql.replace('CREATE TABLE people', 'CREATE TABLE people_new').replace("nip NOT GLOB '*[^0-9]*'", '1')};
        INSERT INTO people_new SELECT * FROM people;
        DROP TABLE people;
        ALTER TABLE people_new RENAME TO people;`);
    },
  },
  {
    name: 'core-table-with-other-columns',
    base: 'v1',
    names: ['people', '-birth_date', '+secret'],
    spoil: (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec(`CREATE TABLE people_new (id INTEGER PRIMARY KEY, nip TEXT NOT NULL UNIQUE, id_type TEXT NOT NULL DEFAULT 'nip',
          name TEXT NOT NULL, gender TEXT, rank TEXT, grade TEXT, position TEXT, agency TEXT, unit TEXT, email TEXT, phone TEXT, secret TEXT);
        INSERT INTO people_new (id, nip, id_type, name, gender, rank, grade, position, agency, unit, email, phone)
          SELECT id, nip, id_type, name, gender, rank, grade, position, agency, unit, email, phone FROM people;
        DROP TABLE people;
        ALTER TABLE people_new RENAME TO people;`);
    },
  },
  {
    name: 'version-1-holding-the-version-2-audit-table',
    base: 'v1',
    names: ['audit_log'],
    spoil: (db) =>
      db.exec(`CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        os_user TEXT, action TEXT NOT NULL, table_name TEXT NOT NULL, row_id INTEGER, summary TEXT, old_values TEXT, new_values TEXT);`),
  },
  {
    name: 'negative-user-version',
    base: 'current',
    names: ['-5'],
    spoil: (db) => db.pragma('user_version = -5'),
  },
];

/** Copies `from` to `to` (0600) and applies the entry's spoiling to the copy. */
export function makeHostileBackup(entry, from, to) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(to + suffix, { force: true });
  fs.copyFileSync(from, to);
  fs.chmodSync(to, 0o600);
  const db = new Database(to);
  try {
    db.pragma('journal_mode = DELETE');
    entry.spoil(db);
  } finally {
    db.close();
  }
  return to;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [good, second, third] = process.argv.slice(2);
  const old = third ? second : path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'db', 'proper-v1.db');
  const out = third ?? second;
  if (!good || !out) {
    console.error('usage: node scripts/make-hostile-backups.mjs GOOD.db [OLD-V1.db] OUT-FOLDER');
    process.exit(2);
  }
  fs.mkdirSync(out, { recursive: true });
  for (const entry of hostileBackups) {
    const file = makeHostileBackup(entry, entry.base === 'v1' ? old : good, path.join(out, `${entry.name}.db`));
    console.log(file);
  }
}
