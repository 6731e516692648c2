// The report figures migration 006 keeps (figures_*) follow every write, in any order, by proper or
// any other SQLite client: after each of a random series of writes they equal what the rule (the
// figures_*_source views) computes, and the rule's participants sent equal a count made here by
// hand. `doctor` names figures changed behind proper's back; a restore computes them again.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { rebuildReportFigures, reportFigureFindings } from '../../src/db/report-figures.js';
import { buildLokusReport } from '../../src/report/build-lokus.js';
import { projectRoot, properWith, tempDb } from '../helpers/proper.js';

const GROUPS = ['A', 'B', 'C', null] as const;
const STAGES = ['idea', 'design', 'implementation', 'presentation', 'adoption', 'dropped'] as const;
const DATES = ['2024-03-01', '2024-03-02', '2024-04-10'] as const;

type Op = { kind: (typeof KINDS)[number]; a: number; b: number; c: number };
const KINDS = [
  'cohort', 'lokus', 'enrol', 'enrol', 'enrol', 'unenrol', 'regroup', 'move', 'visit', 'visit', 'unvisit', 'revisit',
  'group', 'ungroup', 'rename-group', 'project', 'project', 'stage', 'relokus', 'unproject', 'adopt', 'unadopt',
  'readopt', 'unadopt', 'adopt', 'readopt', 'recode', 'drop-lokus', 'drop-cohort',
] as const;

const op: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom(...KINDS), a: fc.nat(50), b: fc.nat(50), c: fc.nat(50) });

/** The id of row `k` (modulo their number) of `table`, or null when it has none. Table names are constants here. */
function pick(db: Db, table: string, k: number, key = 'id'): number | null {
  const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  if (n === 0) return null;
  return (db.prepare(`SELECT ${key} AS id FROM ${table} ORDER BY ${key} LIMIT 1 OFFSET ?`).get(k % n) as { id: number }).id;
}

let serial = 0;

/** One write; those SQLite refuses (a restricted delete, a duplicate) change nothing, as in real use. */
function apply(db: Db, { kind, a, b, c }: Op): void {
  serial += 1;
  const run = (sql: string, ...params: unknown[]) => {
    try {
      db.prepare(sql).run(...params);
    } catch (error) {
      if (!String((error as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) throw error;
    }
  };
  const cohort = () => pick(db, 'cohorts', a);
  const lokus = (k = b) => pick(db, 'lokus', k);
  switch (kind) {
    case 'cohort': return run("INSERT INTO cohorts (code, program, number, year) VALUES (?, 'pkp', ?, 2024)", `c${serial}`, 1 + (serial % 3000));
    case 'lokus': return run('INSERT INTO lokus (code, name) VALUES (?, ?)', `l${serial}`, `Lokus ${serial}`);
    case 'enrol': {
      const id = cohort();
      if (id === null) return;
      const person = Number(db.prepare("INSERT INTO people (nip, id_type, name) VALUES (?, 'other', 'P')").run(`X${serial}`).lastInsertRowid);
      return run('INSERT INTO enrolments (cohort_id, person_id, group_name) VALUES (?, ?, ?)', id, person, GROUPS[c % 4]);
    }
    case 'unenrol': return run('DELETE FROM enrolments WHERE id = ?', pick(db, 'enrolments', a));
    case 'regroup': return run('UPDATE enrolments SET group_name = ? WHERE id = ?', GROUPS[c % 4], pick(db, 'enrolments', a));
    case 'move': return run('UPDATE enrolments SET cohort_id = ? WHERE id = ?', pick(db, 'cohorts', b), pick(db, 'enrolments', a));
    case 'visit': {
      const [id, place] = [cohort(), lokus()];
      if (id === null || place === null) return;
      const visit = Number(db.prepare('INSERT INTO visits (cohort_id, lokus_id, date) VALUES (?, ?, ?)').run(id, place, DATES[c % 3]).lastInsertRowid);
      for (const group of GROUPS.slice(0, c % 3)) run('INSERT INTO visit_groups (visit_id, group_name) VALUES (?, ?)', visit, group);
      return;
    }
    case 'unvisit': return run('DELETE FROM visits WHERE id = ?', pick(db, 'visits', a));
    case 'revisit': {
      const visit = pick(db, 'visits', a);
      if (c % 3 === 0) return run('UPDATE visits SET date = ? WHERE id = ?', DATES[b % 3], visit);
      if (c % 3 === 1) return run('UPDATE visits SET lokus_id = ? WHERE id = ?', lokus(), visit);
      return run('UPDATE visits SET cohort_id = ? WHERE id = ?', pick(db, 'cohorts', b), visit);
    }
    case 'group': return run('INSERT INTO visit_groups (visit_id, group_name) VALUES (?, ?)', pick(db, 'visits', a), GROUPS[c % 3]);
    case 'ungroup': return run('DELETE FROM visit_groups WHERE rowid = ?', pick(db, 'visit_groups', a, 'rowid'));
    case 'rename-group': return run('UPDATE visit_groups SET group_name = ? WHERE rowid = ?', `${GROUPS[c % 3]}${c % 2 === 0 ? '' : 'x'}`, pick(db, 'visit_groups', a, 'rowid'));
    case 'project':
      return run(
        "INSERT INTO projects (enrolment_id, title, stage, stage_date, inspired_by_lokus_id) VALUES (?, 'T', ?, '2024-05-01', ?)",
        pick(db, 'enrolments', a),
        STAGES[c % 6],
        c % 4 === 0 ? null : lokus(),
      );
    case 'stage': return run('UPDATE projects SET stage = ? WHERE id = ?', STAGES[c % 6], pick(db, 'projects', a));
    case 'relokus': return run('UPDATE projects SET inspired_by_lokus_id = ? WHERE id = ?', c % 4 === 0 ? null : lokus(), pick(db, 'projects', a));
    case 'unproject': return run('DELETE FROM projects WHERE id = ?', pick(db, 'projects', a));
    case 'adopt': return run("INSERT INTO adoptions (project_id, kind, date) VALUES (?, 'sustained', '2024-06-01')", pick(db, 'projects', a));
    case 'unadopt': return run('DELETE FROM adoptions WHERE id = ?', pick(db, 'adoptions', a));
    case 'readopt': return run('UPDATE adoptions SET project_id = ? WHERE id = ?', pick(db, 'projects', b), pick(db, 'adoptions', a));
    case 'recode': return run('UPDATE cohorts SET code = ? WHERE id = ?', `r${serial}`, cohort());
    case 'drop-lokus': return run('DELETE FROM lokus WHERE id = ?', lokus(a));
    case 'drop-cohort': return run('DELETE FROM cohorts WHERE id = ?', cohort());
  }
}

/** Participants sent per lokus and cohort, counted here from the records, apart from SQL's rule. */
function sentByHand(db: Db): Map<string, number> {
  const visits = db.prepare('SELECT id, cohort_id, lokus_id FROM visits').all() as { id: number; cohort_id: number; lokus_id: number }[];
  const groups = db.prepare('SELECT visit_id, group_name FROM visit_groups').all() as { visit_id: number; group_name: string }[];
  const enrolments = db.prepare('SELECT cohort_id, group_name FROM enrolments').all() as { cohort_id: number; group_name: string | null }[];
  const sent = new Map<string, number>();
  for (const key of new Set(visits.map((v) => `${v.lokus_id}/${v.cohort_id}`))) {
    const [lokusId, cohortId] = key.split('/').map(Number);
    const mine = visits.filter((v) => v.lokus_id === lokusId && v.cohort_id === cohortId);
    const named = mine.map((v) => groups.filter((g) => g.visit_id === v.id).map((g) => g.group_name));
    const whole = named.some((list) => list.length === 0);
    const count = enrolments.filter((e) => e.cohort_id === cohortId && (whole || (e.group_name !== null && named.flat().includes(e.group_name)))).length;
    sent.set(key, count);
  }
  return sent;
}

const kept = (db: Db) =>
  new Map((db.prepare('SELECT lokus_id, cohort_id, participants_sent FROM figures_lokus_visits').all() as { lokus_id: number; cohort_id: number; participants_sent: number }[]).map((r) => [`${r.lokus_id}/${r.cohort_id}`, r.participants_sent]));

describe('the kept report figures', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  it('equal the rule after every write of any series, and the rule equals a count by hand', () => {
    const db = openDatabase(temp.db);
    try {
      fc.assert(
        fc.property(fc.array(op, { minLength: 1, maxLength: 80 }), (ops) => {
          db.exec('DELETE FROM adoptions; DELETE FROM project_events; DELETE FROM projects; DELETE FROM visits; DELETE FROM enrolments; DELETE FROM people; DELETE FROM cohorts; DELETE FROM lokus;');
          // A cohort, two lokus, two participants with a project each (one per lokus, the first
          // adopted) to start from, so that short series already move, remove and re-adopt what counts.
          const seeds: Op[] = [
            { kind: 'cohort', a: 0, b: 0, c: 0 },
            { kind: 'lokus', a: 0, b: 0, c: 0 },
            { kind: 'lokus', a: 0, b: 0, c: 0 },
            { kind: 'enrol', a: 0, b: 0, c: 0 },
            { kind: 'enrol', a: 0, b: 0, c: 1 },
            { kind: 'project', a: 0, b: 0, c: 3 },
            { kind: 'project', a: 1, b: 1, c: 3 },
            { kind: 'adopt', a: 0, b: 0, c: 0 },
          ];
          for (const seed of seeds) apply(db, seed);
          for (const [i, step] of ops.entries()) {
            apply(db, step);
            expect(reportFigureFindings(db), `after step ${i}: ${JSON.stringify(step)}`).toEqual([]);
          }
          expect(kept(db)).toEqual(sentByHand(db));
        }),
        { numRuns: 400 },
      );
    } finally {
      db.close();
    }
  });

  it('are computed by the migration for the rows an older file holds', () => {
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'db', 'proper-v5.db'), temp.db);
    const db = openDatabase(temp.db, { now: () => new Date('2026-01-01T00:00:00Z') });
    expect(reportFigureFindings(db)).toEqual([]);
    expect(kept(db).size).toBeGreaterThan(0);
    expect(buildLokusReport(db).find((row) => row.visits > 0)).toMatchObject({ visits: 1, projects_inspired: 1, adopted: 1 });
    db.close();
  });

  it('changed behind proper\'s back are a problem for doctor (3), and a restore computes them again', async () => {
    const proper = properWith(temp.db);
    expect(proper(['demo', '--format', 'json']).code).toBe(0);
    const spoiled = join(temp.dir, 'spoiled.db');
    expect(proper(['backup', spoiled]).code).toBe(0);
    const right = buildLokusReport(openDatabase(spoiled));
    const other = new Database(spoiled);
    other.exec('UPDATE figures_lokus_visits SET participants_sent = participants_sent + 7; UPDATE figures_lokus SET adopted = 99 WHERE lokus_id = (SELECT min(lokus_id) FROM figures_lokus)');
    other.close();

    const doctor = properWith(spoiled)(['doctor', '--json']);
    expect(doctor.code).toBe(3);
    const problems = doctor.json<{ problems: { kind: string; table: string }[] }>().problems;
    expect(problems.filter((p) => p.kind === 'report_figures').map((p) => p.table)).toEqual(['figures_lokus_visits', 'figures_lokus']);
    expect(buildLokusReport(openDatabase(spoiled))).not.toEqual(right);

    expect(proper(['restore', spoiled, '--yes']).code).toBe(0);
    expect(proper(['doctor', '--json']).code).toBe(0);
    expect(buildLokusReport(openDatabase(temp.db))).toEqual(right);
  });

  // Debian's sqlite3 is 3.40: a view or trigger written with newer syntax (an ORDER BY inside an
  // aggregate needs 3.44) would make the whole file unreadable to it ("malformed database schema").
  // (Its FTS5 lacks the search index's tokenizer options, so it cannot write projects or adoptions.)
  const shell = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  it.skipIf(shell.status !== 0)(`stay true when the sqlite3 shell (${shell.stdout?.split(' ')[0] ?? 'missing'}) writes to the file`, () => {
    const proper = properWith(temp.db);
    expect(proper(['demo', '--format', 'json']).code).toBe(0);
    const sql = `INSERT INTO visits (cohort_id, lokus_id, date) SELECT c.id, l.id, '2024-05-01' FROM cohorts c, lokus l ORDER BY c.id, l.id LIMIT 1;
      INSERT INTO visit_groups (visit_id, group_name) SELECT max(id), '1' FROM visits;
      UPDATE enrolments SET group_name = '1' WHERE id = (SELECT min(id) FROM enrolments);
      UPDATE cohorts SET code = code || '-x' WHERE id = (SELECT min(id) FROM cohorts);
      SELECT count(*) FROM figures_lokus;`;
    const run = spawnSync('sqlite3', [temp.db, sql], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(Number(run.stdout.trim())).toBeGreaterThan(0);
    const db = openDatabase(temp.db);
    expect(reportFigureFindings(db)).toEqual([]);
    db.close();
  });

  it('rebuilt from the records are the same as kept', () => {
    const proper = properWith(temp.db);
    expect(proper(['demo', '--format', 'json']).code).toBe(0);
    const db = openDatabase(temp.db);
    const before = db.prepare('SELECT * FROM figures_lokus_visits').all();
    rebuildReportFigures(db);
    expect(db.prepare('SELECT * FROM figures_lokus_visits').all()).toEqual(before);
    db.close();
  });
});
