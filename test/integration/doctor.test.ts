import Database from 'better-sqlite3';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { examine as examineAt } from '../helpers/examine.js';

const examine = (path: string, mountsText: string) => examineAt(path, today, { mountsText });
import { properWith, tempDb } from '../helpers/proper.js';

const today = new Date('2024-12-31T12:00:00');

/** A small healthy database: one cohort, one person enrolled, one project scored at presentation. */
function seedHealthy(path: string): void {
  const db = openDatabase(path);
  db.exec(`
    INSERT INTO cohorts (id, code, program, number, year) VALUES (1, 'pkp-i-2024', 'pkp', 1, 2024);
    INSERT INTO people (id, nip, name) VALUES (1, '197805122005011002', 'Budi');
    INSERT INTO enrolments (id, cohort_id, person_id) VALUES (1, 1, 1);
    INSERT INTO projects (id, enrolment_id, title, stage, stage_date, score, predicate) VALUES (1, 1, 'Antrean daring', 'presentation', '2024-10-01', 85, 'Memuaskan');
    INSERT INTO project_events (id, project_id, kind, from_stage, to_stage, date) VALUES (1, 1, 'created', NULL, 'idea', '2024-07-01');
    INSERT INTO project_events (id, project_id, kind, from_stage, to_stage, date) VALUES (2, 1, 'advanced', 'idea', 'design', '2024-08-01');
    INSERT INTO project_events (id, project_id, kind, from_stage, to_stage, date, score, predicate) VALUES (3, 1, 'skipped', 'design', 'presentation', '2024-10-01', 85, 'Memuaskan');
  `);
  db.close();
}

/** Breaks the file behind proper's back, as another tool could, with foreign keys off. */
function spoil(path: string, sql: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

describe('proper doctor finds what is wrong', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
    seedHealthy(temp.db);
  });
  afterEach(() => temp.cleanup());

  it('calls a consistent database healthy', () => {
    const report = examine(temp.db, '');
    expect(report).toMatchObject({ healthy: true, problems: [], warnings: [] });
  });

  const cases: [kind: string, sql: string, expected: Record<string, unknown>][] = [
    ['events_out_of_order', "UPDATE project_events SET date = '2024-06-01' WHERE id = 2", { project_id: 1, event_id: 2, date: '2024-06-01', previous_date: '2024-07-01' }],
    ['stage_mismatch', "UPDATE projects SET stage = 'adoption' WHERE id = 1", { project_id: 1, stage: 'adoption', last_event_stage: 'presentation' }],
    ['project_without_events', 'DELETE FROM project_events', { project_id: 1 }],
    ['orphan', 'DELETE FROM people WHERE id = 1', { table: 'enrolments', row_id: 1, missing: 'people', reference: 1 }],
    ['orphan', "INSERT INTO enrolments (id, cohort_id, person_id) VALUES (2, 42, 1)", { table: 'enrolments', row_id: 2, missing: 'cohorts', reference: 42 }],
    ['orphan', 'DELETE FROM enrolments', { table: 'projects', row_id: 1, missing: 'enrolments' }],
    ['predicate_mismatch', "UPDATE projects SET predicate = 'Sangat Memuaskan' WHERE id = 1", { table: 'projects', project_id: 1, score: 85, predicate: 'Sangat Memuaskan', expected: 'Memuaskan' }],
    ['predicate_mismatch', "UPDATE project_events SET score = 50 WHERE id = 3", { table: 'project_events', row_id: 3, score: 50, predicate: 'Memuaskan', expected: 'Tidak Memuaskan' }],
    ['predicate_missing', 'UPDATE projects SET predicate = NULL WHERE id = 1', { project_id: 1, expected: 'Memuaskan' }],
    ['predicate_without_score', 'UPDATE projects SET score = NULL WHERE id = 1', { project_id: 1, predicate: 'Memuaskan' }],
    ['event_in_future', "UPDATE project_events SET date = '2025-03-01' WHERE id = 3; UPDATE projects SET stage_date = '2025-03-01'", { event_id: 3, date: '2025-03-01' }],
    ['invalid_setting', "UPDATE settings SET value = '60,70' WHERE key = 'bands.pkp'", { key: 'bands.pkp', value: '60,70' }],
  ];
  for (const [kind, sql, expected] of cases) {
    it(`reports ${kind} (${sql.slice(0, 60)})`, () => {
      spoil(temp.db, sql);
      const report = examine(temp.db, '');
      expect(report.healthy).toBe(false);
      const found = report.problems.filter((p) => p.kind === kind);
      expect(found, JSON.stringify(report.problems)).toHaveLength(1);
      expect(found[0]).toMatchObject(expected);
      expect(found[0]!.message.length).toBeGreaterThan(20);
    });
  }

  it('accepts a predicate given by bands that were in force earlier, as the audit trail recorded them', () => {
    // The project was scored under 90,80,70,60; the bands changed afterwards through proper.
    const db = openDatabase(temp.db);
    db.prepare("UPDATE settings SET value = '80,70,60,50' WHERE key = 'bands.pkp'").run();
    db.prepare("UPDATE projects SET score = 75, predicate = 'Cukup Memuaskan' WHERE id = 1").run();
    db.prepare("UPDATE project_events SET score = 75, predicate = 'Cukup Memuaskan' WHERE id = 3").run();
    db.prepare("UPDATE settings SET value = '85,75,65,55' WHERE key = 'bands.pkp'").run();
    db.close();
    // 75 is Cukup Memuaskan under the defaults and under 80,70,60,50 (Memuaskan), but never under
    // the current 85,75,65,55 (Kurang Memuaskan): a band set once in force explains it.
    expect(examine(temp.db, '').problems).toEqual([]);
  });

  it('reports SQLite foreign-key violations it has no rule of its own for', () => {
    spoil(temp.db, "INSERT INTO lokus_innovations (lokus_id, position, name) VALUES (77, 1, 'x')");
    const report = examine(temp.db, '');
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'foreign_key', table: 'lokus_innovations', parent: 'lokus' })]);
  });

  it('reports damaged pages found by integrity_check', () => {
    const db = new Database(temp.db);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(temp.db);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the second page (the first table's root) past its header.
    for (let i = pageSize + 16; i < pageSize * 2; i++) bytes[i] = 0xa5;
    writeFileSync(temp.db, bytes);
    const report = examine(temp.db, '');
    expect(report.healthy).toBe(false);
    expect(report.problems.some((p) => p.kind === 'integrity' || p.kind === 'not_a_database')).toBe(true);
  });

  it('says a file that is not a database at all is not one', () => {
    writeFileSync(temp.db, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) & 0xff)));
    const report = examine(temp.db, '');
    expect(report).toMatchObject({ healthy: false, schema_version: null, problems: [{ kind: 'not_a_database' }] });
  });

  it('says an SQLite file of another program is not a proper database', () => {
    const other = `${temp.db}.other`;
    const db = new Database(other);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    db.close();
    expect(examine(other, '').problems).toEqual([expect.objectContaining({ kind: 'not_proper' })]);
  });

  it('warns about a file readable by others and about a network file system', () => {
    chmodSync(temp.db, 0o644);
    const mounts = `/dev/sda1 / ext4 rw 0 0\nserver:/export ${temp.dir} nfs4 rw,relatime 0 0\n`;
    const report = examine(temp.db, mounts);
    expect(report.healthy).toBe(true);
    expect(report.warnings.map((w) => w.kind).sort()).toEqual(['file_permissions', 'network_file_system']);
    expect(report.warnings.find((w) => w.kind === 'network_file_system')).toMatchObject({ type: 'nfs4', mount_point: temp.dir });
    const local = examine(temp.db, `/dev/sda1 / ext4 rw 0 0\nsshfs#x ${temp.dir}/other fuse.sshfs rw 0 0\n`);
    expect(local.warnings.map((w) => w.kind)).toEqual(['file_permissions']);
  });

  it('exits 3 through the CLI with the list of problems, and writes nothing', () => {
    spoil(temp.db, "UPDATE projects SET stage = 'adoption' WHERE id = 1; UPDATE project_events SET date = '2024-06-01' WHERE id = 2");
    const before = readFileSync(temp.db);
    const result = properWith(temp.db, { PROPER_TODAY: '2024-12-31' })(['periksa', '--json']);
    expect(result.code).toBe(3);
    const report = result.json<{ healthy: boolean; problems: { kind: string }[] }>();
    expect(report.healthy).toBe(false);
    expect(report.problems.map((p) => p.kind).sort()).toEqual(['events_out_of_order', 'stage_mismatch']);
    expect((readFileSync(temp.db)).equals(before)).toBe(true);
  });
});
