import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Proper, properIn, tempDb } from '../helpers/run.js';

const NIP = '198203152008011004';
const NIP2 = '198507222010012003';
const COHORT = 'pim4-xxii-2018';

describe('proper project', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: Proper;

  /** Enrols invented people directly, so these tests do not depend on the participant commands. */
  const enrol = (nip: string, name: string, cohort = COHORT) => {
    const db = new Database(temp.db);
    db.prepare("INSERT OR IGNORE INTO people (nip, name, agency) VALUES (?, ?, 'Pemerintah Kota Medan')").run(nip, name);
    db.prepare('INSERT INTO enrolments (cohort_id, person_id) VALUES ((SELECT id FROM cohorts WHERE code = ?), (SELECT id FROM people WHERE nip = ?))').run(cohort, nip);
    db.close();
  };
  const tables = () => {
    const db = new Database(temp.db, { readonly: true });
    const rows = {
      projects: db.prepare('SELECT * FROM projects').all(),
      events: db.prepare('SELECT * FROM project_events').all(),
      adoptions: db.prepare('SELECT * FROM adoptions').all(),
    };
    db.close();
    return rows;
  };
  const addProject = async (nip = NIP, extra: string[] = []) =>
    await proper(['project', 'add', '--nip', nip, '--cohort', COHORT, '--title', 'Layanan surat masuk dan keluar daring', '--innovation-name', 'Si-Surat', '--date', '2018-08-01', '--json', ...extra]);

  beforeEach(async () => {
    temp = tempDb();
    proper = properIn(temp.db, { today: null, env: { PROPER_TODAY: '2020-01-15' } });
    expect((await proper(['cohort', 'add', COHORT, '--program', 'pim4', '--number', 'XXII', '--year', '2018'])).code).toBe(0);
    enrol(NIP, 'Budi Santoso');
  });
  afterEach(() => temp.cleanup());

  it('adds a project at the idea stage and prints exactly the project fields of SPEC §4 and §11', async () => {
    const result = await addProject();
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({
      id: 1, nip: NIP, cohort: COHORT, title: 'Layanan surat masuk dan keluar daring', innovation_name: 'Si-Surat', description: null,
      stage: 'idea', stage_date: '2018-08-01', score: null, predicate: null, coach: null, mentor: null, examiner: null,
      inspired_by_lokus: null, adopted_by: [], adoption_kind: null, award: null,
      ikm_before: null, ikm_before_grade: null, ikm_after: null, ikm_after_grade: null,
    });
    const human = await proper(['project', 'add', '--nip', NIP2, '--cohort', COHORT, '--title', 'Sitancap', '--date', '2018-08-02']);
    expect(human.code).toBe(4);
    enrol(NIP2, 'Rina Marlina');
    const added = await proper(['project', 'add', '--nip', NIP2, '--cohort', COHORT, '--title', 'Sitancap', '--date', '2018-08-02']);
    expect(added.stdout).toContain('Sitancap');
    expect(added.stderr).toContain('Berikutnya: proper project advance 2');
  });

  it('follows a project through its whole life and keeps its history in order', async () => {
    await addProject();
    expect((await proper(['proyek', 'advance', '1', '--date', '2018-08-20'])).code).toBe(0);
    expect((await proper(['project', 'advance', '1', '--date', '2018-09-20', '--note', 'Rancangan disetujui'])).code).toBe(0);
    const presented = await proper(['project', 'advance', '1', '--date', '2018-10-24', '--score', '88.5']);
    expect(presented.code).toBe(0);
    expect(presented.stderr).toContain('implementasi → presentasi');
    expect(presented.stderr).toContain('Memuaskan');
    expect((await proper(['project', 'show', '1', '--json'])).json()).toMatchObject({ stage: 'presentation', score: 88.5, predicate: 'Memuaskan' });
    const adopted = await proper(['project', 'advance', '1', '--by', 'Setda Kota Medan', '--by', 'Dinas Kominfo Kota Medan', '--kind', 'replicated', '--award', 'KIPP 2019 Top 99', '--date', '2019-03-01', '--json']);
    expect(adopted.code).toBe(0);
    expect(adopted.json()).toMatchObject({
      stage: 'adoption', stage_date: '2019-03-01', adopted_by: ['Setda Kota Medan', 'Dinas Kominfo Kota Medan'], adoption_kind: 'replicated', award: 'KIPP 2019 Top 99',
    });
    const history = (await proper(['project', 'history', '1', '--json'])).json<{ kind: string; from_stage: string | null; to_stage: string; date: string; score: number | null; predicate: string | null }[]>();
    expect(history.map((e) => [e.kind, e.from_stage, e.to_stage, e.date])).toEqual([
      ['created', null, 'idea', '2018-08-01'],
      ['advanced', 'idea', 'design', '2018-08-20'],
      ['advanced', 'design', 'implementation', '2018-09-20'],
      ['advanced', 'implementation', 'presentation', '2018-10-24'],
      ['adopted', 'presentation', 'adoption', '2019-03-01'],
    ]);
    expect(history[3]).toMatchObject({ score: 88.5, predicate: 'Memuaskan' });
    const human = await proper(['project', 'history', '1']);
    expect(human.stdout).toContain('ide → rancangan');
    expect((await proper(['project', 'show', NIP, '--cohort', COHORT, '--json'])).json()).toMatchObject({ id: 1, stage: 'adoption', events: expect.any(Array), adoptions: [expect.objectContaining({ kind: 'replicated' })] });
  });

  it('records the skipped stages when moving forward over them', async () => {
    await addProject();
    const moved = await proper(['project', 'move', '1', '--to', 'presentasi', '--date', '2018-10-01']);
    expect(moved.code).toBe(0);
    expect(moved.stderr).toContain('rancangan, implementasi');
    const kinds = (await proper(['project', 'history', '1', '--json'])).json<{ kind: string; to_stage: string }[]>().map((e) => `${e.kind}:${e.to_stage}`);
    expect(kinds).toEqual(['created:idea', 'skipped:design', 'skipped:implementation', 'advanced:presentation']);
  });

  it('refuses to move back without a reason with exit 3, and moves back with one, without --yes and without a terminal', async () => {
    await addProject();
    await proper(['project', 'advance', '1', '--date', '2018-09-01']);
    const refused = await proper(['project', 'move', '1', '--to', 'ide', '--date', '2018-09-02']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('--reason');
    const back = await proper(['project', 'move', '1', '--to', 'ide', '--reason', 'Dikembalikan coach', '--date', '2018-09-02', '--json']);
    expect(back.code).toBe(0);
    expect(back.json()).toMatchObject({ stage: 'idea', stage_date: '2018-09-02' });
  });

  it('refuses an event dated before the latest one with exit 3 and leaves the database unchanged', async () => {
    await addProject();
    await proper(['project', 'advance', '1', '--date', '2018-09-01']);
    const before = tables();
    const result = await proper(['project', 'advance', '1', '--date', '2018-08-15']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('2018-09-01');
    expect(tables()).toEqual(before);
  });

  it('refuses an event dated in the future with exit 3', async () => {
    await addProject();
    const result = await proper(['project', 'advance', '1', '--date', '2020-02-01']);
    expect(result.code).toBe(3);
    expect((await proper(['project', 'show', '1', '--json'])).json()).toMatchObject({ stage: 'idea' });
    expect((await proper(['project', 'add', '--nip', NIP, '--cohort', COHORT, '--title', 'x', '--date', '2021-01-01'])).code).toBe(3);
  });

  it('refuses to advance from adoption with exit 3, pointing at adopt and drop', async () => {
    await addProject();
    await proper(['project', 'move', '1', '--to', 'presentation', '--date', '2018-10-01']);
    await proper(['project', 'adopt', '1', '--by', 'Setda Kota Medan', '--kind', 'berlanjut', '--date', '2018-12-01']);
    const result = await proper(['project', 'advance', '1']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('proper project adopt');
  });

  it('refuses a score of 101 with exit 3 and writes nothing', async () => {
    await addProject();
    await proper(['project', 'move', '1', '--to', 'implementation', '--date', '2018-09-01']);
    const before = tables();
    const result = await proper(['project', 'advance', '1', '--score', '101', '--date', '2018-10-01']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('--score');
    expect(tables()).toEqual(before);
  });

  it('refuses a second project for the same enrolment with exit 5', async () => {
    await addProject();
    const again = await addProject();
    expect(again.code).toBe(5);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('proper project edit 1');
  });

  it('exits 4 for an unknown project, and for a participant not enrolled, saying how to enrol', async () => {
    const unknown = await proper(['project', 'show', '42', '--lang', 'en']);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('Project 42 not found');
    const db = new Database(temp.db);
    db.prepare("INSERT INTO people (nip, name) VALUES (?, 'Rina Marlina')").run(NIP2);
    db.close();
    const notEnrolled = await addProject(NIP2);
    expect(notEnrolled.code).toBe(4);
    expect(notEnrolled.stderr).toContain(`proper participant add ${NIP2} --cohort ${COHORT}`);
    expect((await addProject(NIP, ['--inspired-by-lokus', 'nowhere'])).code).toBe(4);
  });

  it('drops with its reason without --yes and without a terminal, and reopens at the stage it was dropped from', async () => {
    await addProject();
    await proper(['project', 'advance', '1', '--date', '2018-09-01']);
    const dropped = await proper(['project', 'drop', '1', '--reason', 'Peserta mutasi', '--date', '2018-09-10', '--json']);
    expect(dropped.code).toBe(0);
    expect(dropped.json()).toMatchObject({ stage: 'dropped' });
    const reopened = await proper(['project', 'reopen', '1', '--date', '2018-09-12', '--json']);
    expect(reopened.json()).toMatchObject({ stage: 'design', stage_date: '2018-09-12' });
  });

  it('gives new scores the bands set with config set while an earlier predicate stays', async () => {
    enrol(NIP2, 'Rina Marlina');
    await addProject();
    await addProject(NIP2);
    await proper(['project', 'move', '1', '--to', 'presentation', '--score', '82', '--date', '2018-10-24']);
    expect((await proper(['config', 'set', 'bands.pim4', '85,75,65,55'])).code).toBe(0);
    const second = await proper(['project', 'move', '2', '--to', 'presentasi', '--score', '82', '--date', '2018-10-25', '--json']);
    expect(second.json()).toMatchObject({ score: 82, predicate: 'Memuaskan' });
    const third = (await proper(['project', 'show', '1', '--json'])).json();
    expect(third).toMatchObject({ score: 82, predicate: 'Memuaskan' });
    await proper(['config', 'set', 'bands.pim4', '95,90,85,84']);
    await proper(['project', 'edit', '2', '--score', '86']);
    expect((await proper(['project', 'show', '2', '--json'])).json()).toMatchObject({ score: 86, predicate: 'Cukup Memuaskan' });
    expect((await proper(['project', 'show', '1', '--json'])).json()).toMatchObject({ predicate: 'Memuaskan' });
  });

  it('lists projects with filters, the stage given in Indonesian', async () => {
    enrol(NIP2, 'Rina Marlina');
    await addProject();
    await addProject(NIP2);
    await proper(['project', 'advance', '2', '--date', '2018-09-01']);
    expect((await proper(['project', 'list', '--json'])).json<{ id: number }[]>().map((p) => p.id)).toEqual([1, 2]);
    expect((await proper(['proyek', 'list', '--stage', 'rancangan', '--json'])).json<{ id: number }[]>().map((p) => p.id)).toEqual([2]);
    expect((await proper(['project', 'list', '--stage', 'selesai'])).code).toBe(3);
    expect((await proper(['project', 'list', '--cohort', 'nope'])).code).toBe(4);
  });

  it('shows an example in the officers\' words under --help', async () => {
    const help = await proper(['project', 'advance', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Contoh:');
    expect(help.stdout).toContain('--score 88,5');
  });
});
