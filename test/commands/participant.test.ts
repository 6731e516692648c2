import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

// Invented people with valid NIPs: born 1982-03-15, TMT 2008-01, male, sequence 004; and a woman.
const BUDI = '198203152008011004';
const SRI = '198507212010012003';

describe('proper participant', () => {
  const { temp, proper } = freshDatabase({ today: null, env: { PROPER_TODAY: '2024-06-01' } });
  beforeEach(async () => {
    await proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', 'XXII', '--year', '2018']);
    await proper(['cohort', 'add', 'pim4-xxiii-2018', '--program', 'pim4', '--number', 'XXIII', '--year', '2018']);
  });

  const addBudi = async (...extra: string[]) =>
    await proper(['participant', 'add', '19820315 200801 1 004', '--cohort', 'pim4-xxii-2018', '--name', 'Budi Santoso, S.E.', '--rank', 'Penata Tk. I (III/d)', '--agency', 'Kementerian Ketenagakerjaan', '--group', '2', '--json', ...extra]);

  const countRows = (table: string) => {
    const db = new Database(temp.db, { readonly: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('enrols a participant, normalising the NIP and deriving birth date and gender from it', async () => {
    const result = await addBudi();
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({
      nip: BUDI, id_type: 'nip', name: 'Budi Santoso, S.E.', gender: 'male', birth_date: '1982-03-15',
      rank: 'Penata Tingkat I', grade: 'III/d', position: null, agency: 'Kementerian Ketenagakerjaan', unit: null,
      email: null, phone: null, cohort: 'pim4-xxii-2018', group: '2', status: 'active',
    });
  });

  it('shows the NIP in groups and a next step on stderr in human output', async () => {
    const result = await proper(['peserta', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi Santoso']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('19820315 200801 1 004');
    expect(result.stderr).toContain(`Berikutnya: proper project add --nip ${BUDI} --cohort pim4-xxii-2018`);
  });

  it('rejects an invalid NIP with exit 3 and writes nothing', async () => {
    const result = await proper(['participant', 'add', '198213152008011004', '--cohort', 'pim4-xxii-2018', '--name', 'Budi']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('NIP');
    expect(result.stdout).toBe('');
    expect(countRows('people')).toBe(0);
    expect(countRows('enrolments')).toBe(0);
  });

  it('rejects a gender that disagrees with the NIP gender digit with exit 3', async () => {
    const result = await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi', '--gender', 'P', '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('--gender');
    expect(countRows('people')).toBe(0);
  });

  it('accepts a gender that agrees with the NIP, written the Indonesian way', async () => {
    const result = await proper(['participant', 'add', SRI, '--name', 'Sri Rahayu', '--gender', 'Perempuan', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ gender: 'female', birth_date: '1985-07-21' });
  });

  it('rejects a rank and grade that name different grades with exit 3', async () => {
    const result = await proper(['participant', 'add', BUDI, '--name', 'Budi', '--rank', 'Penata', '--grade', 'III/d']);
    expect(result.code).toBe(3);
    expect(countRows('people')).toBe(0);
  });

  it('fails at once with exit 2 naming --name when it is missing and there is no terminal', async () => {
    const result = await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--name');
  });

  it('refuses the same person twice in one cohort with exit 5', async () => {
    await addBudi();
    const again = await addBudi();
    expect(again.code).toBe(5);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('19820315 200801 1 004');
  });

  it('reuses a known person for another cohort and updates the fields given', async () => {
    await addBudi();
    const result = await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxiii-2018', '--position', 'Kepala Seksi', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ name: 'Budi Santoso, S.E.', position: 'Kepala Seksi', cohort: 'pim4-xxiii-2018' });
    expect(countRows('people')).toBe(1);
    const people = (await proper(['participant', 'list', '--json'])).json<{ nip: string; cohorts: string[] }[]>();
    expect(people).toEqual([expect.objectContaining({ nip: BUDI, cohorts: ['pim4-xxii-2018', 'pim4-xxiii-2018'] })]);
  });

  it('records a person without a cohort, and refuses to record them twice', async () => {
    expect((await proper(['participant', 'add', SRI, '--name', 'Sri Rahayu'])).code).toBe(0);
    expect((await proper(['participant', 'list', '--json'])).json()).toEqual([expect.objectContaining({ nip: SRI, cohorts: [] })]);
    expect((await proper(['participant', 'add', SRI, '--name', 'Sri Rahayu'])).code).toBe(5);
  });

  it("lists a cohort's enrolments with cohort, group and status, filtered by group and agency", async () => {
    await addBudi();
    await proper(['participant', 'add', SRI, '--cohort', 'pim4-xxii-2018', '--name', 'Sri Rahayu', '--agency', 'Pemerintah Kota Medan', '--group', '1']);
    const all = (await proper(['participant', 'list', '--cohort', 'pim4-xxii-2018', '--json'])).json<{ nip: string; cohort: string; group: string; status: string }[]>();
    expect(all.map((p) => [p.nip, p.cohort, p.group, p.status])).toEqual([
      [BUDI, 'pim4-xxii-2018', '2', 'active'],
      [SRI, 'pim4-xxii-2018', '1', 'active'],
    ]);
    expect((await proper(['peserta', 'list', '--cohort', 'pim4-xxii-2018', '--group', '1', '--json'])).json<{ nip: string }[]>().map((p) => p.nip)).toEqual([SRI]);
    expect((await proper(['participant', 'list', '--agency', 'Medan', '--json'])).json<{ nip: string }[]>().map((p) => p.nip)).toEqual([SRI]);
    expect((await proper(['participant', 'list', '--year', '2024', '--json'])).json()).toEqual([]);
  });

  it('exits 4 for an unknown participant or cohort', async () => {
    expect((await proper(['participant', 'show', BUDI])).code).toBe(4);
    expect((await proper(['participant', 'list', '--cohort', 'nope'])).code).toBe(4);
    const result = await proper(['participant', 'add', BUDI, '--cohort', 'nope', '--name', 'Budi', '--lang', 'en']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('Cohort "nope" not found');
  });

  it('shows a person with their cohorts and projects', async () => {
    await addBudi();
    insertProject(temp.db, BUDI, 'pim4-xxii-2018', 'Si-Surat');
    const detail = (await proper(['participant', 'show', '19820315.200801.1.004', '--json'])).json();
    expect(detail).toMatchObject({
      nip: BUDI,
      cohorts: [{ cohort: 'pim4-xxii-2018', group: '2', status: 'active' }],
      projects: [{ nip: BUDI, cohort: 'pim4-xxii-2018', title: 'Si-Surat', stage: 'idea', adopted_by: [] }],
    });
  });

  it('edits person fields, and group and status within a cohort', async () => {
    await addBudi();
    const edited = (await proper(['participant', 'edit', BUDI, '--grade', 'IV/a', '--email', 'budi@kemnaker.go.id', '--json'])).json();
    expect(edited).toMatchObject({ rank: 'Pembina', grade: 'IV/a', email: 'budi@kemnaker.go.id', name: 'Budi Santoso, S.E.' });
    const enrolment = (await proper(['peserta', 'edit', BUDI, '--cohort', 'pim4-xxii-2018', '--group', '3', '--status', 'lulus', '--json'])).json();
    expect(enrolment).toMatchObject({ cohort: 'pim4-xxii-2018', group: '3', status: 'passed' });
  });

  it('corrects an NIP, validating the new one and taking its birth date and gender', async () => {
    await addBudi();
    expect((await proper(['participant', 'edit', BUDI, '--nip', '1982031520080110'])).code).toBe(3);
    const edited = await proper(['participant', 'edit', BUDI, '--nip', '19820316 200801 2 004', '--json']);
    expect(edited.code).toBe(0);
    expect(edited.json()).toMatchObject({ nip: '198203162008012004', birth_date: '1982-03-16', gender: 'female' });
    expect((await proper(['participant', 'show', BUDI])).code).toBe(4);
  });

  it('rejects an invalid e-mail with exit 3 and keeps the old value', async () => {
    await addBudi();
    expect((await proper(['participant', 'edit', BUDI, '--email', 'budi@'])).code).toBe(3);
    expect((await proper(['participant', 'show', BUDI, '--json'])).json()).toMatchObject({ email: null });
  });

  it('moves an enrolment to another cohort, clearing its group, starting it active and carrying its project along', async () => {
    await addBudi();
    const projectId = insertProject(temp.db, BUDI, 'pim4-xxii-2018', 'Si-Surat');
    expect((await proper(['participant', 'edit', BUDI, '--cohort', 'pim4-xxii-2018', '--status', 'tidak lulus'])).code).toBe(0);
    const moved = await proper(['participant', 'move', BUDI, '--from', 'pim4-xxii-2018', '--to', 'pim4-xxiii-2018', '--json']);
    expect(moved.code).toBe(0);
    expect(moved.json()).toMatchObject({ nip: BUDI, cohort: 'pim4-xxiii-2018', group: null, status: 'active', project_moved: true });
    const db = new Database(temp.db, { readonly: true });
    const row = db
      .prepare('SELECT c.code FROM projects p JOIN enrolments e ON e.id = p.enrolment_id JOIN cohorts c ON c.id = e.cohort_id WHERE p.id = ?')
      .get(projectId) as { code: string };
    db.close();
    expect(row.code).toBe('pim4-xxiii-2018');
  });

  it('refuses to move into a cohort the person is already enrolled in with exit 5', async () => {
    await addBudi();
    await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxiii-2018']);
    expect((await proper(['peserta', 'move', BUDI, '--from', 'pim4-xxii-2018', '--to', 'pim4-xxiii-2018'])).code).toBe(5);
    expect((await proper(['participant', 'move', BUDI, '--from', 'pim4-xxii-2018'])).code).toBe(2);
  });

  it('removes one enrolment with --cohort and keeps the person', async () => {
    await addBudi();
    await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxiii-2018']);
    expect((await proper(['participant', 'remove', BUDI, '--cohort', 'pim4-xxii-2018'])).code).toBe(2);
    expect((await proper(['participant', 'remove', BUDI, '--cohort', 'pim4-xxii-2018', '--yes'])).code).toBe(0);
    expect((await proper(['participant', 'show', BUDI, '--json'])).json()).toMatchObject({ cohorts: [{ cohort: 'pim4-xxiii-2018' }] });
  });

  it('refuses to remove a person with a project with exit 5 unless --force', async () => {
    await addBudi();
    insertProject(temp.db, BUDI, 'pim4-xxii-2018', 'Si-Surat');
    expect((await proper(['participant', 'remove', BUDI, '--yes'])).code).toBe(5);
    expect(countRows('people')).toBe(1);
    expect((await proper(['participant', 'remove', BUDI, '--yes', '--force'])).code).toBe(0);
    expect(countRows('people')).toBe(0);
    expect(countRows('enrolments')).toBe(0);
    expect(countRows('projects')).toBe(0);
  });

  it('records a police officer by NRP with --id-type nrp', async () => {
    const result = await proper(['participant', 'add', '78050123', '--id-type', 'nrp', '--cohort', 'pim4-xxii-2018', '--name', 'AKBP Andi Wijaya', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ nip: '78050123', id_type: 'nrp', gender: null, birth_date: null });
  });

  it('puts an example in the officers own words under --help', async () => {
    const result = await proper(['peserta', 'add', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Contoh:');
    expect(result.stdout).toContain('proper participant add "19820315 200801 1 004"');
  });
});

/** A project row written directly, as `proper project add` would. */
function insertProject(dbPath: string, nip: string, cohort: string, title: string): number {
  const db = new Database(dbPath);
  try {
    const enrolment = db
      .prepare('SELECT e.id FROM enrolments e JOIN people p ON p.id = e.person_id JOIN cohorts c ON c.id = e.cohort_id WHERE p.nip = ? AND c.code = ?')
      .get(nip, cohort) as { id: number };
    return Number(
      db.prepare("INSERT INTO projects (enrolment_id, title, stage, stage_date) VALUES (?, ?, 'idea', '2018-08-20')").run(enrolment.id, title).lastInsertRowid,
    );
  } finally {
    db.close();
  }
}
