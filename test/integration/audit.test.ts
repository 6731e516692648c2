import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_TRIGGERS_SQL, AUDITED_TABLES, recordAudit } from '../../src/db/audit.js';
import { openDatabase } from '../../src/db/open.js';
import { osUser } from '../../src/db/session-user.js';
import { projectRoot, tempDb } from '../helpers/proper.js';

type Row = { action: string; table_name: string; row_id: number | null; os_user: string; summary: string | null; old_values: string | null; new_values: string | null };

function seed(db: Database.Database): void {
  db.exec(`
    INSERT INTO cohorts (id, code, program, number, year) VALUES (1, 'pkp-i-2024', 'pkp', 1, 2024);
    INSERT INTO people (id, nip, name) VALUES (1, '197805122005011002', 'Budi');
  `);
}

describe('the audit trail', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  const trail = (db: Database.Database) => db.prepare('SELECT action, table_name, row_id, os_user, summary, old_values, new_values FROM audit_log ORDER BY id').all() as Row[];

  it('names every column of each audited table, in schema order', () => {
    const db = openDatabase(temp.db);
    for (const [table, { columns }] of Object.entries(AUDITED_TABLES)) {
      const actual = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      expect(columns, table).toEqual(actual);
    }
    db.close();
  });

  it('records inserts, real updates and deletes of enrolments, projects and their events, with the OS user', () => {
    const db = openDatabase(temp.db);
    seed(db);
    db.prepare("INSERT INTO enrolments (id, cohort_id, person_id, group_name) VALUES (1, 1, 1, '1')").run();
    db.prepare("INSERT INTO projects (id, enrolment_id, title, stage, stage_date) VALUES (1, 1, 'Antrean daring', 'idea', '2024-03-01')").run();
    db.prepare("INSERT INTO project_events (project_id, kind, to_stage, date) VALUES (1, 'created', 'idea', '2024-03-01')").run();
    db.prepare("UPDATE projects SET score = 91, predicate = 'Sangat Memuaskan' WHERE id = 1").run();
    // An update that changes nothing is not a change.
    db.prepare("UPDATE enrolments SET group_name = '1' WHERE id = 1").run();
    db.prepare('DELETE FROM projects WHERE id = 1').run();

    const rows = trail(db);
    expect(rows.map((r) => `${r.action} ${r.table_name}`)).toEqual([
      'insert enrolments',
      'insert projects',
      'insert project_events',
      'update projects',
      // The event goes with its project (ON DELETE CASCADE), and both are recorded.
      'delete project_events',
      'delete projects',
    ]);
    for (const r of rows) expect(r.os_user).toBe(osUser(process.env));
    const scored = rows[3]!;
    expect(scored.summary).toBe('score,predicate');
    expect(JSON.parse(scored.old_values!)).toMatchObject({ score: null, predicate: null, title: 'Antrean daring' });
    expect(JSON.parse(scored.new_values!)).toMatchObject({ score: 91, predicate: 'Sangat Memuaskan', nip: '197805122005011002', cohort: 'pkp-i-2024' });
    expect(JSON.parse(rows[0]!.new_values!)).toMatchObject({ nip: '197805122005011002', cohort: 'pkp-i-2024', group_name: '1' });
    db.close();
  });

  it('records a setting changed by an upsert', () => {
    const db = openDatabase(temp.db);
    db.prepare("INSERT INTO settings (key, value) VALUES ('bands.pkp', '85,75,65,55') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    const [row] = trail(db);
    expect(row).toMatchObject({ action: 'update', table_name: 'settings', summary: 'value' });
    expect(JSON.parse(row!.old_values!)).toEqual({ key: 'bands.pkp', value: '90,80,70,60' });
    db.close();
  });

  it('writes no trigger rows with { audit: false }, and recordAudit records one row for a whole batch', () => {
    const db = openDatabase(temp.db, { audit: false });
    seed(db);
    db.transaction(() => {
      db.prepare('INSERT INTO enrolments (cohort_id, person_id) VALUES (1, 1)').run();
      recordAudit(db, { action: 'insert', table: 'enrolments', summary: 'import participants peserta.csv: 1 added', newValues: { file: 'peserta.csv', added: 1 } });
    }).immediate();
    const rows = trail(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'insert', table_name: 'enrolments', row_id: null, os_user: osUser(process.env), summary: 'import participants peserta.csv: 1 added' });
    expect(JSON.parse(rows[0]!.new_values!)).toEqual({ file: 'peserta.csv', added: 1 });
    db.close();
  });

  it('leaves the file writable by other tools: the triggers live only on proper\'s own connections', () => {
    openDatabase(temp.db).close();
    const other = new Database(temp.db);
    // The search index's triggers (migration 004, search_*) and the report figures' (006, figures_*)
    // live in the file on purpose: every writer keeps the index and the figures true.
    expect(other.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'trigger' AND name NOT LIKE 'search%' AND name NOT LIKE 'figures%'").get()).toEqual({ n: 0 });
    other.exec("INSERT INTO settings (key, value) VALUES ('pass_mark.x', '70') ON CONFLICT DO NOTHING");
    other.prepare("UPDATE settings SET value = '75' WHERE key = 'pass_mark.pkp'").run();
    expect(other.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    other.close();
  });

  it('opens a version-1 file without migrating it and without triggers', () => {
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'db', 'proper-v1.db'), temp.db);
    const v1 = openDatabase(temp.db, { migrate: false });
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    expect(v1.prepare("SELECT count(*) AS n FROM temp.sqlite_schema WHERE type = 'trigger'").get()).toEqual({ n: 0 });
    v1.close();
  });
});
