import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { type Proper, properIn, tempDb } from '../helpers/run.js';
import { NIP, seedReportFixture } from '../integration/report-fixture.js';
import { parseCsv } from '../unit/report/helpers.js';

describe('proper export', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: Proper;
  beforeAll(async () => {
    temp = tempDb();
    const db = openDatabase(temp.db);
    seedReportFixture(db);
    db.prepare("UPDATE people SET unit = '+62 Bagian Umum', position = '@kepala', email = '-x' WHERE nip = ?").run(NIP.budi);
    db.close();
    proper = properIn(temp.db, { today: null });
  });
  afterAll(() => temp.cleanup());

  it('exports participants as csv with a BOM, a header row, one row per enrolment and neutralised cells', async () => {
    const result = await proper(['export', 'participants']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\uFEFFnip,id_type,name,gender,birth_date,rank,grade,position,agency,unit,email,phone,cohort,group,status\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(result.stdout);
    expect(header).toHaveLength(15);
    expect(rows).toHaveLength(12);
    const andi = rows.filter((r) => r[0] === NIP.andi);
    expect(andi.map((r) => [r[12], r[13], r[14]])).toEqual([['pim4-xxii-2018', '1', 'passed'], ['pkp-i-2019', 'A', 'active']]);
    const budi = rows.find((r) => r[0] === NIP.budi)!;
    expect([budi[7], budi[9], budi[10]]).toEqual(["'@kepala", "'+62 Bagian Umum", "'-x"]);
  });

  it('neutralises formula-like text in projects and joins lists with "; "', async () => {
    const rows = parseCsv((await proper(['ekspor', 'proyek', '--format', 'csv'])).stdout);
    const header = rows[0]!;
    const dewi = rows.find((r) => r[1] === NIP.dewi)!;
    expect(dewi[header.indexOf('innovation_name')]).toBe('\'=HYPERLINK("x")');
    const andi = rows.find((r) => r[1] === NIP.andi)!;
    expect(andi[header.indexOf('adopted_by')]).toBe('Disnaker Kota Bekasi; Disnaker Kabupaten Bogor');
  });

  it('exports json in the shapes of SPEC §4', async () => {
    const projects = (await proper(['export', 'projects', '--json'])).json<Record<string, unknown>[]>();
    expect(projects).toHaveLength(9);
    expect(Object.keys(projects[0]!)).toEqual(['id', 'nip', 'cohort', 'title', 'innovation_name', 'description', 'stage', 'stage_date', 'score',
      'predicate', 'coach', 'mentor', 'examiner', 'inspired_by_lokus', 'adopted_by', 'adoption_kind', 'award']);
    expect(projects.find((p) => p.nip === NIP.andi)).toMatchObject({ cohort: 'pim4-xxii-2018', adopted_by: ['Disnaker Kota Bekasi', 'Disnaker Kabupaten Bogor'], adoption_kind: 'sustained', award: 'KIPP 2019 Top 99' });
    const cohorts = (await proper(['export', 'cohorts', '--format', 'json'])).json();
    expect(cohorts[0]).toEqual({ code: 'pim4-xxii-2018', program: 'pim4', number: 22, number_roman: 'XXII', year: 2018,
      organizer: 'Pusdiklat Kementerian Ketenagakerjaan', start_date: '2018-07-16', end_date: '2018-10-26', place: 'Pusdiklat Kemnaker, Jakarta' });
    const visits = (await proper(['export', 'visits', '--json'])).json();
    expect(visits[0]).toEqual({ id: 1, cohort: 'pim4-xxii-2018', lokus: 'sby-dpmptsp', date: '2018-08-15', groups: ['2', '1'], companion: 'Dr. Sri Wahyuni, M.Si.' });
    const participants = (await proper(['export', 'participants', '--json'])).json();
    expect(participants[0]).toEqual({ nip: NIP.andi, id_type: 'nip', name: 'Andi Pratama', gender: 'male', birth_date: null, rank: null, grade: 'III/c',
      position: null, agency: 'Kementerian Ketenagakerjaan', unit: null, email: null, phone: null, cohort: 'pim4-xxii-2018', group: '1', status: 'passed' });
    expect((await proper(['export', 'lokus', '--json'])).json().map((l: { code: string }) => l.code)).toEqual(['mlg-mpp', 'sby-dispendukcapil', 'sby-dpmptsp']);
    expect((await proper(['export', 'milestones', '--json'])).json()).toHaveLength(6);
    expect((await proper(['export', 'events', '--json'])).json()).toEqual([]);
  });

  it('writes --output and says how many rows on stderr', async () => {
    const file = join(temp.dir, 'peserta.csv');
    const result = await proper(['export', 'participants', '--output', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('12');
    expect(readFileSync(file, 'utf8').startsWith('\uFEFFnip,')).toBe(true);
  });

  it('refuses an unknown table or format as a usage error (2, SPEC §5) and an unwritable file with exit 2', async () => {
    expect((await proper(['export', 'tabelx'])).code).toBe(2);
    expect((await proper(['export', 'cohorts', '--format', 'xml'])).code).toBe(2);
    expect((await proper(['export', 'cohorts', '--output', join(temp.dir, 'missing', 'x.csv')])).code).toBe(2);
  });
});
