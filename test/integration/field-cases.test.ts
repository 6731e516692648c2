// Every file of test/fixtures/field-cases gives its right result (the README's last column), and
// the .xls and .ods that LibreOffice makes of the workbooks import like their .xlsx.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCohort } from '../../src/db/cohorts.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { runImport, type ImportInput } from '../../src/import/run.js';
import { fixture } from '../unit/import/helpers.js';

const today = new Date('2024-06-30T12:00:00');
const COHORT = 'pkp-xxii-2024';
let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-field-'));
  db = openDatabase(path.join(dir, 'proper.db'), { audit: false });
  insertCohort(db, { code: COHORT, program: 'pkp', number: 22, year: 2024, organizer: null, start_date: null, end_date: null, place: null });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const field = (name: string) => fixture(path.join('field-cases', name));
const office = (name: string) => fixture(path.join('office', name));
const run = (file: string, extra: Partial<ImportInput> = {}) => runImport(db, { kind: 'participants', file, cohort: COHORT, today, ...extra });
const people = () => db.prepare('SELECT p.nip, p.name, p.rank, p.grade, p.position, p.agency, p.unit, p.email, p.phone, e.group_name FROM people p JOIN enrolments e ON e.person_id = p.id ORDER BY p.nip').all() as Record<string, string | null>[];
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('field cases', () => {
  it('14: a comma CSV with unquoted commas in names is refused, naming each row\'s cell count', async () => {
    const report = await run(field('14-unquoted-commas-in-names.csv'));
    expect(report.written).toBe(false);
    expect(count('people')).toBe(0);
    expect(report.errors.map((e) => [e.line, e.key, e.params])).toEqual([
      [2, 'import.row.tooManyCells', { cells: 6, header: 5 }],
      [4, 'import.row.tooManyCells', { cells: 7, header: 5 }],
    ]);
  });

  it('05b: a header split over two rows is read as one header', async () => {
    const report = await run(field('05b-two-row-header-saved-as-csv.csv'));
    expect(report).toMatchObject({ rows: 2, added: 2, rejected: 0, written: true });
    expect(people().map((p) => [p.name, p.rank, p.grade])).toEqual([
      ['Dra. Rina Kartika', 'Penata Tingkat I', 'III/d'],
      ['Budi Santoso, S.E.', 'Penata', 'III/c'],
    ]);
  });

  it('19: section rows set the group; a merged agency cell gives its value to the rows it covers', async () => {
    const report = await run(field('19-group-section-rows-and-merged-agency.xlsx'));
    expect(report).toMatchObject({ rows: 3, added: 3, rejected: 0 });
    expect(people().map((p) => [p.name, p.group_name, p.agency])).toEqual([
      ['Dra. Rina Kartika', 'I', 'Pemerintah Kota Contoh'],
      ['Budi Santoso, S.E.', 'I', 'Pemerintah Kota Contoh'],
      ['Agus Salim, S.T.', 'II', 'Pemerintah Kabupaten Contoh'],
    ]);
  });

  it('23: a workbook with namespace-prefixed XML and no cell references', async () => {
    const report = await run(field('23-openxml-sdk-prefixed.xlsx'));
    expect(report).toMatchObject({ rows: 2, added: 2 });
    expect(people().map((p) => [p.nip, p.name, p.grade])).toEqual([
      ['197905122005012004', 'Dra. Rina Kartika', 'III/d'],
      ['198503142010011001', 'Budi Santoso, S.E.', 'III/c'],
    ]);
  });

  it('07: saved values of shared formulas are read; #N/A and uncalculated formulas are named', async () => {
    const report = await run(field('07-formula-cells.xlsx'));
    expect(report.written).toBe(false);
    expect(report.errors.map((e) => [e.line, e.field, e.key])).toEqual([
      [3, 'grade', 'import.row.formulaError'],
      [4, 'nip', 'import.row.formulaNoValue'],
      [4, 'name', 'import.row.formulaNoValue'],
      [4, 'grade', 'import.row.formulaNoValue'],
    ]);
    expect(report.errors[0]!.params).toMatchObject({ value: '#N/A' });
    const dry = await run(field('07-formula-cells.xlsx'), { skipInvalid: true, rejected: path.join(dir, 'r.csv') });
    expect(dry.added).toBe(1);
    expect(people().map((p) => [p.nip, p.name, p.grade])).toEqual([['198503142010011001', 'Budi Santoso, S.E.', 'III/c']]);
  });

  it('21: a dash means no value; +62 phones are kept', async () => {
    const report = await run(field('21-dash-for-empty-and-plus62.csv'));
    expect(report).toMatchObject({ added: 2, rejected: 0 });
    const [rina, budi] = people();
    expect(budi).toMatchObject({ name: 'Budi Santoso, S.E.', unit: null, email: null, phone: '+6281234567890' });
    expect(rina).toMatchObject({ unit: 'Sekretariat DPRD', email: 'rina.kartika@contoh.go.id', phone: null });
  });

  it('17: NIPs with an apostrophe, dots, dashes, a trailing space or a NIP label are all read', async () => {
    const report = await run(field('17-nip-written-many-ways.csv'));
    expect(report).toMatchObject({ added: 6, rejected: 0 });
    expect(people().every((p) => /^\d{18}$/.test(p.nip!))).toBe(true);
  });

  it('09: stage dates as Excel writes them, and a serial number with a warning', async () => {
    await run(field('00-participants-setup.csv'));
    const report = await run(field('09-stage-dates-as-excel-writes-them.csv'), { kind: 'projects' });
    expect(report).toMatchObject({ added: 6, rejected: 0, written: true });
    expect(db.prepare('SELECT DISTINCT stage, stage_date FROM projects').all()).toEqual([{ stage: 'presentation', stage_date: '2024-06-18' }]);
    expect(report.warnings.map((w) => [w.line, w.field, w.key])).toEqual([[5, 'stage_date', 'import.warning.excelSerialDate']]);
  });
});

describe('the same kinds in other shapes', () => {
  it('column numbers under the header, Kelompok 2 / III sections, officers\' values and a signature block', async () => {
    const file = path.join(dir, 'daftar.csv');
    fs.writeFileSync(file, [
      'DAFTAR PESERTA PKP ANGKATAN XXII',
      'No;NIP;Nama;Jabatan;Instansi;No HP;Email',
      '(1);(2);(3);(4);(5);(6);(7)',
      'Kelompok 2;;;;;;',
      "1;'198503142010011001;Budi Santoso;Kepala Seksi;–;81234567890;N/A",
      'Kelompok III;;;;;;',
      '2;NIP. 19790512 200501 2 004;Dra. Rina Kartika;Kepala Subbagian;Pemerintah Kota Contoh;—;-',
      ';;;;;;',
      ';;;Kota Contoh, 18 Juni 2024;;;',
      ';;;Kepala BKPSDM;;;',
      ';;;NIP. 19700101 199003 1 001;;;',
    ].join('\r\n'));
    const report = await run(file);
    expect(report).toMatchObject({ rows: 2, added: 2, rejected: 0, written: true });
    expect(people().map((p) => [p.name, p.group_name, p.agency, p.phone, p.email])).toEqual([
      ['Dra. Rina Kartika', 'III', 'Pemerintah Kota Contoh', null, null],
      ['Budi Santoso', '2', null, '081234567890', null],
    ]);
    expect(report.warnings.map((w) => [w.line, w.key])).toEqual([
      [5, 'import.warning.phoneZeroRestored'],
      [9, 'import.warning.footerSkipped'],
      [10, 'import.warning.footerSkipped'],
      [11, 'import.warning.footerSkipped'],
    ]);
  });

  it('a split header whose lower half also names a column proper does not know', async () => {
    const file = path.join(dir, 'split.csv');
    fs.writeFileSync(file, [
      'NO;NAMA;NIP;PANGKAT / GOLONGAN;;;INSTANSI',
      ';;;Pangkat;Gol. Ruang;TMT Gol.;',
      '1;Budi Santoso, S.E.;19850314 201001 1 001;Penata;III/c;01-04-2020;Pemerintah Kota Contoh',
    ].join('\n'));
    const report = await run(file);
    expect(report).toMatchObject({ rows: 1, added: 1, rejected: 0 });
    expect(report.source.unknownColumns).toEqual(['TMT Gol.']);
    expect(people().map((p) => [p.rank, p.grade])).toEqual([['Penata', 'III/c']]);
  });

  it('a stage written as the guidelines write it', async () => {
    await run(field('00-participants-setup.csv'));
    const file = path.join(dir, 'proyek.csv');
    fs.writeFileSync(file, [
      'NIP;Judul;Tahap;Tanggal',
      '19850314 201001 1 001;Layanan izin;Seminar Rancangan Aksi Perubahan;12 Agustus 2024',
      '19790512 200501 2 004;Arsip digital;Seminar Laporan Aksi Perubahan;2024-06-18',
      '19881103 201403 1 002;Pemetaan jalan;Seminar Akhir;18-Jun-24',
    ].join('\n'));
    const report = await run(file, { kind: 'projects', today: new Date('2024-09-01T12:00:00') });
    expect(report.errors).toEqual([]);
    expect(db.prepare('SELECT stage, stage_date FROM projects ORDER BY id').all()).toEqual([
      { stage: 'design', stage_date: '2024-08-12' },
      { stage: 'presentation', stage_date: '2024-06-18' },
      { stage: 'presentation', stage_date: '2024-06-18' },
    ]);
  });
});

describe('.xls and .ods made by LibreOffice import like their .xlsx', () => {
  for (const [xlsx, base] of [
    [field('19-group-section-rows-and-merged-agency.xlsx'), '19-group-section-rows-and-merged-agency'],
    [field('23-openxml-sdk-prefixed.xlsx'), '23-openxml-sdk-prefixed'],
    [fixture('peserta-nip-teks-dan-angka.xlsx'), 'peserta-nip-teks-dan-angka'],
  ] as const) {
    it(base, async () => {
      const expected = await run(xlsx, { dryRun: true });
      await run(xlsx);
      const stored = people();
      for (const ext of ['xls', 'ods']) {
        db.exec('DELETE FROM enrolments; DELETE FROM people');
        const report = await run(office(`${base}.${ext}`));
        expect({ ext, rows: report.rows, added: report.added, errors: report.errors }).toEqual({ ext, rows: expected.rows, added: expected.added, errors: expected.errors });
        expect(people()).toEqual(stored);
      }
    });
  }
});
