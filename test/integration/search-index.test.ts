// The search index (migration 004) is filled by the migration and follows every write made to the
// file, by proper or by any other SQLite client, inside the writer's transaction.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { searchIndexFindings } from '../../src/db/search-index-check.js';
import { projectRoot, tempDb } from '../helpers/proper.js';

/** What the index should hold, computed from the tables themselves. */
function expected(db: Db) {
  const projects = db
    .prepare(
      `SELECT p.id, p.title, p.innovation_name, p.description,
              (SELECT group_concat(line, char(10)) FROM (
                 SELECT description AS line FROM milestones WHERE project_id = p.id
                 UNION ALL SELECT award FROM adoptions WHERE project_id = p.id AND award IS NOT NULL
                 UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = p.id)) AS details
       FROM projects p ORDER BY p.id`,
    )
    .all();
  const lokus = db
    .prepare(
      `SELECT l.id, l.name, (SELECT group_concat(name, char(10)) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = l.id ORDER BY position)) AS innovations
       FROM lokus l ORDER BY l.id`,
    )
    .all();
  return { projects, lokus };
}

function indexed(db: Db) {
  const ids = (db.prepare('SELECT id FROM projects ORDER BY id').pluck().all() as number[]).join(',');
  const words = (db.prepare('SELECT rowid FROM search_words ORDER BY rowid').pluck().all() as number[]).join(',');
  expect(words, 'the whole-word index holds every project').toBe(ids);
  return {
    projects: db.prepare('SELECT rowid AS id, title, innovation_name, description, details FROM search_projects ORDER BY rowid').all(),
    lokus: db.prepare('SELECT rowid AS id, name, innovations FROM search_lokus ORDER BY rowid').all(),
  };
}

/** Details lines may come in any order; compare them as sorted lists. */
function normalised(state: ReturnType<typeof indexed>) {
  const lines = (text: unknown) => (typeof text === 'string' ? text.split('\n').sort() : text);
  return { ...state, projects: state.projects.map((p) => ({ ...(p as object), details: lines((p as { details: unknown }).details) })) };
}

describe('the search index', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  it('is built by the migration for the rows an older file already holds', () => {
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'db', 'proper-v1.db'), temp.db);
    const db = openDatabase(temp.db, { now: () => new Date('2026-01-01T00:00:00Z') });
    expect(normalised(indexed(db))).toEqual(normalised(expected(db)));
    expect((db.prepare('SELECT count(*) AS n FROM search_projects').get() as { n: number }).n).toBeGreaterThan(0);
    expect(searchIndexFindings(db)).toEqual([]);
    db.close();
  });

  it('follows inserts, updates and deletes of projects, milestones, adoptions, adopters, lokus and innovations', () => {
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'db', 'proper-v1.db'), temp.db);
    openDatabase(temp.db, { now: () => new Date('2026-01-01T00:00:00Z') }).close();
    // Another SQLite client writing the file: the triggers live in the file, not in proper.
    const db = new Database(temp.db);
    db.pragma('foreign_keys = ON');
    const project = (db.prepare('SELECT id FROM projects ORDER BY id LIMIT 1').get() as { id: number }).id;
    db.exec(`
      UPDATE projects SET title = 'Persuratan elektronik', description = 'Surat masuk dan keluar' WHERE id = ${project};
      INSERT INTO milestones (project_id, horizon, description) VALUES (${project}, 'short', 'Disposisi daring di 3 bagian');
      UPDATE milestones SET description = 'Disposisi daring di semua bagian' WHERE project_id = ${project} AND description LIKE 'Disposisi%';
      INSERT INTO adoptions (project_id, kind, award, date) VALUES (${project}, 'replicated', 'KIPP 2020 Top 45', '2020-03-01');
      INSERT INTO adoption_adopters (adoption_id, adopter) VALUES (last_insert_rowid(), 'Pemerintah Kota Binjai');
      UPDATE adoption_adopters SET adopter = 'Pemkot Binjai' WHERE adopter = 'Pemerintah Kota Binjai';
      INSERT INTO lokus (code, name) VALUES ('mdn-dukcapil', 'Disdukcapil Kota Medan');
      INSERT INTO lokus_innovations (lokus_id, position, name) VALUES (last_insert_rowid(), 1, 'Sitancap');
      UPDATE lokus SET name = 'Dinas Kependudukan Kota Medan' WHERE code = 'mdn-dukcapil';
    `);
    expect(normalised(indexed(db))).toEqual(normalised(expected(db)));

    db.exec(`
      DELETE FROM adoption_adopters WHERE adopter = 'Pemkot Binjai';
      DELETE FROM milestones WHERE project_id = ${project};
      DELETE FROM lokus_innovations WHERE name = 'Sitancap';
      DELETE FROM lokus WHERE code = 'mdn-dukcapil';
      DELETE FROM project_events WHERE project_id = ${project};
      DELETE FROM adoptions WHERE project_id = ${project};
      DELETE FROM projects WHERE id = ${project};
    `);
    expect(normalised(indexed(db))).toEqual(normalised(expected(db)));
    expect(searchIndexFindings(db)).toEqual([]);
    db.close();
  });

  it('leaves nothing behind when the transaction that wrote is rolled back', () => {
    const db = openDatabase(temp.db, { now: () => new Date('2026-01-01T00:00:00Z') });
    db.exec(`INSERT INTO cohorts (code, program, number, year) VALUES ('pim4-i-2020', 'pim4', 1, 2020);
             INSERT INTO people (nip, name) VALUES ('198203152008011004', 'Budi');
             INSERT INTO enrolments (cohort_id, person_id) VALUES (1, 1);`);
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO projects (enrolment_id, title, stage, stage_date) VALUES (1, 'Surat daring', 'idea', '2020-01-01')").run();
        throw new Error('stop');
      })(),
    ).toThrow('stop');
    expect(indexed(db).projects).toEqual([]);
    db.close();
  });

  it('is reported by the check when it no longer matches the projects', () => {
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'db', 'proper-v1.db'), temp.db);
    const db = openDatabase(temp.db, { now: () => new Date('2026-01-01T00:00:00Z') });
    db.exec('DROP TRIGGER search_projects_delete; DELETE FROM project_events; DELETE FROM adoptions; DELETE FROM milestones; DELETE FROM projects WHERE id = (SELECT min(id) FROM projects)');
    expect(searchIndexFindings(db)).toEqual([
      { table: 'search_projects', missing: 0, extra: 1, integrity: null },
      { table: 'search_words', missing: 0, extra: 1, integrity: null },
    ]);
    db.close();
  });
});
