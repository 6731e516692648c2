import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCohort } from '../../src/db/cohorts.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { runImport, type ImportInput } from '../../src/import/run.js';
import { fixture, sample } from '../unit/import/helpers.js';

const today = new Date('2024-06-30T12:00:00');
let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-import-'));
  db = openDatabase(path.join(dir, 'proper.db'), { audit: false });
  for (const code of ['pkp-xxii', 'pim4-xxiii']) {
    insertCohort(db, { code, program: 'pkp', number: 22, year: 2024, organizer: null, start_date: null, end_date: null, place: null });
  }
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = (file: string, extra: Partial<ImportInput> = {}) => runImport(db, { kind: 'participants', file, cohort: 'pkp-xxii', today, ...extra });
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const copy = (name: string) => {
  const target = path.join(dir, name);
  fs.copyFileSync(sample(name), target);
  return target;
};

describe('import participants on the officers\' samples', () => {
  it('imports the semicolon list: 30 people, NIPs as 18 digits, rank and grade split', async () => {
    const report = await run(sample('peserta-pkp-xxii-medan.csv'));
    expect(report).toMatchObject({ rows: 30, added: 30, updated: 0, unchanged: 0, rejected: 0, written: true });
    const first = db.prepare("SELECT * FROM people WHERE nip = '198306202010111003'").get();
    expect(first).toMatchObject({ name: 'Dr. Rahmat Wijaya', gender: 'male', birth_date: '1983-06-20', rank: 'Penata Tingkat I', grade: 'III/d' });
    expect(db.prepare("SELECT count(*) AS n FROM people WHERE length(nip) = 18 AND nip NOT GLOB '*[^0-9]*'").get()).toEqual({ n: 30 });
    expect(count('enrolments')).toBe(30);
  });

  it('is idempotent: the same file again changes nothing', async () => {
    await run(sample('peserta-pkp-xxii-medan.csv'));
    const again = await run(sample('peserta-pkp-xxii-medan.csv'));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 30, rejected: 0 });
    expect(count('people')).toBe(30);
  });

  it('counts a known person enrolled in another cohort as added, and a changed field as updated', async () => {
    await run(sample('peserta-workshop-inovasi-medan-2019.csv'));
    expect(await run(sample('peserta-workshop-inovasi-medan-2019.csv'), { cohort: 'pim4-xxiii' })).toMatchObject({ added: 6, unchanged: 0 });
    db.prepare("UPDATE people SET position = 'Camat' WHERE nip = '198701282013061004'").run();
    expect(await run(sample('peserta-workshop-inovasi-medan-2019.csv'))).toMatchObject({ added: 0, updated: 1, unchanged: 5 });
    expect(count('people')).toBe(6);
  });

  it('reads the Windows-1252 list with its typographic apostrophes', async () => {
    expect(await run(sample('peserta-pim4-xxii-kemnaker-cp1252.csv'))).toMatchObject({ added: 12, rejected: 0 });
    const names = (db.prepare('SELECT name FROM people').all() as { name: string }[]).map((r) => r.name);
    expect(names).toContain('Muh. Ma\u2019ruf Hidayat, S.Sos.');
    expect(names).toContain('Nur\u2019aini Lubis, S.E.');
  });

  it('writes nothing when a row is invalid and names lines 4, 7 and 10', async () => {
    const report = await run(sample('peserta-tiga-salah.csv'));
    expect(report).toMatchObject({ rows: 10, rejected: 3, written: false, added: 0 });
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([[4, 'nip'], [7, 'gender'], [10, 'name']]);
    expect(count('people')).toBe(0);
    expect(count('enrolments')).toBe(0);
  });

  it('with --skip-invalid imports 7 and writes the 3 rejected rows with reasons beside the input', async () => {
    const input = copy('peserta-tiga-salah.csv');
    const report = await run(input, { skipInvalid: true });
    expect(report).toMatchObject({ added: 7, rejected: 3, written: true, rejectedFile: path.join(dir, 'peserta-tiga-salah.rejected.csv') });
    const text = fs.readFileSync(report.rejectedFile!, 'utf8');
    expect(text.startsWith('\uFEFFNIP,Nama,Jenis Kelamin,Golongan,Jabatan,Instansi,Unit Kerja,')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^198813012011032006,.*nip: /);
    expect(lines[2]).toMatch(/gender: /);
    expect(lines[3]).toMatch(/name: /);
    expect(count('people')).toBe(7);
  });

  it('writes the rejected rows where --rejected says, cells neutralised against formulas', async () => {
    const input = path.join(dir, 'rumus.csv');
    fs.writeFileSync(input, 'NIP;Nama;Jabatan\n198306202010111003;=HYPERLINK("x");@Lurah\n');
    const target = path.join(dir, 'ditolak.csv');
    const report = await run(input, { skipInvalid: true, rejected: target, map: ['Nama=ignore', 'Jabatan=name'] });
    expect(report).toMatchObject({ added: 1, rejected: 0 });
    const bad = path.join(dir, 'rumus2.csv');
    fs.writeFileSync(bad, 'NIP;Nama\n=1+1;+Budi\n');
    await run(bad, { skipInvalid: true, rejected: target });
    expect(fs.readFileSync(target, 'utf8').split('\r\n')[1]).toMatch(/^'=1\+1;'\+Budi;/);
  });

  it('imports the LibreOffice workbook: 20 people', async () => {
    expect(await run(sample('peserta-pim4-xxiii-bnp2tki.xlsx'))).toMatchObject({ rows: 20, added: 20, rejected: 0 });
    expect(db.prepare("SELECT grade FROM people WHERE nip = '197407082006061009'").get()).toEqual({ grade: 'III/d' });
  });

  it('refuses the workbook whose NIPs were stored as numbers, saying they lost their digits', async () => {
    const report = await run(sample('peserta-pim4-xxiii-bnp2tki-nip-angka.xlsx'));
    expect(report).toMatchObject({ rejected: 20, written: false });
    expect(report.errors.every((e) => e.key === 'import.error.nipStoredAsNumber')).toBe(true);
    expect(count('people')).toBe(0);
  });

  it('reports a repeated NIP on its second line, naming the first', async () => {
    const input = path.join(dir, 'ganda.csv');
    fs.writeFileSync(input, 'NIP,Nama\n198306202010111003,A\n198401012010011001,B\n19830620 201011 1 003,C\n');
    const report = await run(input);
    expect(report.errors).toEqual([{ line: 4, field: 'nip', key: 'import.row.duplicateNip', params: { nip: '198306202010111003', first: 2 } }]);
  });

  it('maps an unknown header with --map', async () => {
    const input = path.join(dir, 'map.csv');
    fs.writeFileSync(input, 'NIP,Nama Pegawai Lengkap,Asal\n198306202010111003,Rahmat,Pemkot Medan\n');
    const report = await run(input, { map: ['Nama Pegawai Lengkap=name', 'Asal=agency'] });
    expect(report).toMatchObject({ added: 1 });
    expect(db.prepare('SELECT name, agency FROM people').get()).toEqual({ name: 'Rahmat', agency: 'Pemkot Medan' });
  });

  it('counts what would change on --dry-run and writes nothing', async () => {
    const report = await run(fixture('samples/peserta-pkp-xxii-medan.csv'), { dryRun: true });
    expect(report).toMatchObject({ added: 30, dryRun: true, written: false });
    expect(count('people')).toBe(0);
  });

  it('needs an existing cohort', async () => {
    await expect(run(sample('peserta-pkp-xxii-medan.csv'), { cohort: 'tidak-ada' })).rejects.toMatchObject({ exitCode: 4 });
  });

  it('leaves nothing behind when a write fails in the middle', async () => {
    db.exec(`CREATE TRIGGER gagal AFTER INSERT ON enrolments WHEN (SELECT count(*) FROM enrolments) > 10
             BEGIN SELECT RAISE(ABORT, 'disk penuh'); END`);
    await expect(run(sample('peserta-pkp-xxii-medan.csv'))).rejects.toMatchObject({ key: 'import.error.writeFailed', exitCode: 1 });
    expect(count('people')).toBe(0);
    expect(count('enrolments')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('records one audit row for the whole import', async () => {
    await run(sample('peserta-pkp-xxii-medan.csv'));
    expect(db.prepare('SELECT action, table_name, row_id FROM audit_log').all()).toEqual([{ action: 'insert', table_name: 'enrolments', row_id: null }]);
  });
});

describe('import participants in one pass, many rows at a time', () => {
  const nipOf = (i: number) => `198001012005011${String(i + 1).padStart(3, '0')}`;
  const list = (name: string, rows: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, ['NIP;Nama;Jenis Kelamin;Jabatan;Telepon', ...rows].join('\r\n') + '\r\n');
    return file;
  };
  const people = (from: number, to: number, position = 'Lurah', phone = '081234567890') =>
    Array.from({ length: to - from }, (_, k) => `${nipOf(from + k)};Peserta ${from + k};L;${position};${phone}`);
  const pragma = (name: string) => db.pragma(name, { simple: true });

  it('adds 130 new people (two full groups and a rest), leaving every constraint satisfied', async () => {
    expect(await run(list('a.csv', people(0, 130)))).toMatchObject({ rows: 130, added: 130, updated: 0, unchanged: 0, written: true });
    expect(count('people')).toBe(130);
    expect(db.prepare('SELECT count(*) AS n FROM enrolments e JOIN people p ON p.id = e.person_id WHERE e.status = ?').get('active')).toEqual({ n: 130 });
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect([pragma('foreign_keys'), pragma('ignore_check_constraints')]).toEqual([1, 0]);
  });

  it('counts known, changed and new people mixed in one group exactly, and keeps stored values the list leaves empty', async () => {
    await run(list('a.csv', people(0, 75)));
    // 0–39 unchanged, 40–59 with a new position, 60–99 without a phone (kept when known), 100–159
    // new; the second group of 50 rows (50–99) holds known and new people.
    const rows = [...people(0, 40), ...people(40, 60, 'Camat'), ...people(60, 100, 'Lurah', ''), ...people(100, 160)];
    expect(await run(list('b.csv', rows), { dryRun: true })).toMatchObject({ added: 85, updated: 20, unchanged: 55, written: false });
    expect(count('people')).toBe(75);
    expect(await run(list('b.csv', rows))).toMatchObject({ rows: 160, added: 85, updated: 20, unchanged: 55, rejected: 0 });
    expect(count('people')).toBe(160);
    expect(count('enrolments')).toBe(160);
    expect(db.prepare('SELECT position, phone FROM people WHERE nip = ?').get(nipOf(45))).toEqual({ position: 'Camat', phone: '081234567890' });
    expect(db.prepare('SELECT phone FROM people WHERE nip = ?').get(nipOf(70))).toEqual({ phone: '081234567890' });
    expect(db.prepare('SELECT phone FROM people WHERE nip = ?').get(nipOf(80))).toEqual({ phone: null });
    expect(await run(list('b.csv', rows))).toMatchObject({ added: 0, updated: 0, unchanged: 160 });
    expect(await run(list('b.csv', rows), { cohort: 'pim4-xxiii' })).toMatchObject({ added: 160, updated: 0, unchanged: 0 });
    expect(count('people')).toBe(160);
    expect(count('enrolments')).toBe(320);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('writes nothing when the last of 121 rows is invalid, and the 120 others with --skip-invalid', async () => {
    const file = list('c.csv', [...people(0, 120), '12345;Salah;L;Lurah;081234567890']);
    const report = await run(file);
    expect(report).toMatchObject({ rows: 121, rejected: 1, added: 0, updated: 0, unchanged: 0, written: false, errors: [{ line: 122, field: 'nip' }] });
    expect(count('people')).toBe(0);
    expect(count('enrolments')).toBe(0);
    expect(count('audit_log')).toBe(0);
    expect(pragma('foreign_keys')).toBe(1);
    expect(await run(file, { skipInvalid: true })).toMatchObject({ added: 120, rejected: 1, written: true });
    expect(count('people')).toBe(120);
  });

  it('reports a NIP repeated far from its first line and imports the first one only', async () => {
    const rows = people(0, 90);
    rows.push(`${nipOf(3)};Peserta Ulang;L;Lurah;081234567890`);
    const report = await run(list('d.csv', rows), { skipInvalid: true });
    expect(report).toMatchObject({ added: 90, rejected: 1, errors: [{ line: 92, field: 'nip', key: 'import.row.duplicateNip', params: { first: 5 } }] });
    expect(db.prepare('SELECT name FROM people WHERE nip = ?').get(nipOf(3))).toEqual({ name: 'Peserta 3' });
  });
});
