import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openImportSource } from '../../../src/import/source.js';
import { fixture, readAll, sample } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-source-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, data: string | Buffer): string => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  return file;
};

describe('openImportSource on the officers\' samples', () => {
  it('reads the semicolon, BOM, CRLF list with title lines, spaced NIPs and a combined rank column', async () => {
    const source = await openImportSource(sample('peserta-pkp-xxii-medan.csv'), { kind: 'participants' });
    expect(source).toMatchObject({ format: 'csv', encoding: 'utf-8-bom', delimiter: ';', headerLine: 4, unknownColumns: [] });
    expect(source.mapping.map((m) => m.field)).toEqual(['nip', 'name', 'gender', 'rank_grade', 'position', 'agency', 'unit', 'phone', 'email']);
    const records = await readAll(source);
    expect(records).toHaveLength(30);
    expect(records[0]).toMatchObject({
      line: 5,
      values: { nip: '19830620 201011 1 003', name: 'Dr. Rahmat Wijaya', gender: 'L', rank_grade: 'Penata Tk. I (III/d)' },
    });
    expect(records[0]?.raw[0]).toBe('1');
    expect(records.at(-1)?.line).toBe(34);
  });

  it('reads the Windows-1252 list with its typographic apostrophes', async () => {
    const source = await openImportSource(sample('peserta-pim4-xxii-kemnaker-cp1252.csv'), { kind: 'participants' });
    const records = await readAll(source);
    expect(source.encoding).toBe('windows-1252');
    expect(source.delimiter).toBe(',');
    expect(records).toHaveLength(12);
    const names = records.map((r) => r.values.name);
    expect(names).toContain('Muh. Ma\u2019ruf Hidayat, S.Sos.');
    expect(names).toContain('Nur\u2019aini Lubis, S.E.');
  });

  it('keeps the line numbers the validator reports for the three wrong rows', async () => {
    const records = await readAll(await openImportSource(sample('peserta-tiga-salah.csv'), { kind: 'participants' }));
    expect(records.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const line10 = records.find((r) => r.values.nip === '197811242002031007');
    expect(line10?.line).toBe(10);
    expect(line10?.values.name).toBeUndefined();
  });

  it('maps the workshop project list', async () => {
    const source = await openImportSource(sample('proyek-workshop-inovasi-medan-2019.csv'), { kind: 'projects' });
    expect(source.mapping.map((m) => m.field)).toEqual(['nip', 'innovation_name', 'title', 'stage', 'stage_date', 'score', 'adopted_by', 'adoption_kind']);
    const records = await readAll(source);
    expect(records).toHaveLength(6);
    expect(records[5]?.values).toMatchObject({ innovation_name: 'Si-Surat', stage: 'adopsi', adopted_by: 'Seluruh OPD Pemerintah Kota Medan', adoption_kind: 'replikasi' });
    expect(records[3]?.values.score).toBeUndefined();
  });

  it('reads the LibreOffice workbook with NIPs stored as text intact', async () => {
    const source = await openImportSource(sample('peserta-pim4-xxiii-bnp2tki.xlsx'), { kind: 'participants' });
    expect(source).toMatchObject({ format: 'xlsx', encoding: undefined, headerLine: 3, sheet: 'peserta-pim4-xxiii-bnp2tki' });
    const records = await readAll(source);
    expect(records).toHaveLength(20);
    expect(records[0]).toMatchObject({ line: 4, values: { nip: '197407082006061009', rank_grade: 'Penata Tk. I, III/d' } });
    expect(records.some((r) => r.nipStoredAsNumber)).toBe(false);
  });

  it('flags every NIP the workbook stored as a number', async () => {
    const records = await readAll(await openImportSource(sample('peserta-pim4-xxiii-bnp2tki-nip-angka.xlsx'), { kind: 'participants' }));
    expect(records).toHaveLength(20);
    expect(records.every((r) => r.nipStoredAsNumber === true)).toBe(true);
    expect(records[0]?.values.nip).toBe('197407082006061000');
  });
});

describe('openImportSource on the generated fixtures', () => {
  it('reads the semicolon list whose cell holds a line break, keeping later line numbers physical', async () => {
    const records = await readAll(await openImportSource(fixture('peserta-titik-koma-bom-crlf.csv'), { kind: 'participants' }));
    expect(records.map((r) => r.line)).toEqual([5, 6, 8, 9, 10, 11]);
    expect(records[1]?.values.position).toBe('Kepala Subbagian Keuangan\r\nmerangkap Bendahara');
    expect(records[0]?.values.nip).toBe('19850314 201001 1 001');
  });

  it.each([
    ['peserta-utf16le-tab.txt', 'utf-16le'],
    ['peserta-utf16be-tab.txt', 'utf-16be'],
    ['peserta-tab.tsv', 'utf-8'],
    ['peserta-cp1252.csv', 'windows-1252'],
  ])('reads %s (%s)', async (name, encoding) => {
    const source = await openImportSource(fixture(name), { kind: 'participants' });
    const records = await readAll(source);
    expect(source.encoding).toBe(encoding);
    expect(records).toHaveLength(6);
    expect(records[5]?.values.name).toMatch(/^Nur’aini Batubara/);
  });

  it('maps the Indonesian project headers and reports the unknown column', async () => {
    const source = await openImportSource(fixture('proyek-header-indonesia.csv'), { kind: 'projects' });
    expect(source.unknownColumns).toEqual(['Kolom Bebas']);
    const records = await readAll(source);
    expect(records.map((r) => r.line)).toEqual([4, 6]);
    expect(records[0]?.values).toMatchObject({ name: 'Rizky Pratama, S.T.', title: 'Optimalisasi layanan izin trayek daring', coach: 'Dr. Ahmad Fauzi', examiner: 'Prof. Dewi Lestari', inspired_by_lokus: 'Kota Surabaya' });
    expect(records[1]?.values).toMatchObject({ adopted_by: 'Dinas Kesehatan Kota Medan', adoption_kind: 'dilembagakan', award: 'Inovasi Terbaik 2024' });
  });

  it('reads the exceljs workbook: text NIPs intact, dates as YYYY-MM-DD, numbers as shown', async () => {
    const records = await readAll(await openImportSource(fixture('peserta-nip-teks-dan-angka.xlsx'), { kind: 'participants', map: ['Nilai=ignore'] }));
    expect(records).toHaveLength(6);
    expect(records[0]).toMatchObject({ line: 4, values: { nip: '198503142010011001', birth_date: '1985-03-14', rank_grade: 'Penata (III/c)' } });
    expect(records[0]?.raw[8]).toBe('80');
    expect(records[1]?.raw[8]).toBe('80.5');
    expect(records.some((r) => r.nipStoredAsNumber)).toBe(false);
  });

  it('reads a named sheet and flags its numeric NIPs', async () => {
    const source = await openImportSource(fixture('peserta-nip-teks-dan-angka.xlsx'), { kind: 'participants', sheet: 'nip angka' });
    expect(source.sheet).toBe('NIP Angka');
    const records = await readAll(source);
    expect(records.every((r) => r.nipStoredAsNumber)).toBe(true);
  });

  it('names the sheets when --sheet is unknown', async () => {
    await expect(openImportSource(fixture('peserta-nip-teks-dan-angka.xlsx'), { kind: 'participants', sheet: 'Peserta' })).rejects.toMatchObject({
      key: 'import.error.sheetNotFound',
      exitCode: 2,
      params: { sheet: 'Peserta', sheets: 'NIP Teks, NIP Angka' },
    });
  });
});

describe('openImportSource errors', () => {
  it('reports a missing file as a usage error', async () => {
    await expect(openImportSource(path.join(tmp, 'tidak-ada.csv'), { kind: 'participants' })).rejects.toMatchObject({ key: 'import.error.fileNotFound', exitCode: 2 });
  });

  it('reports a folder as unreadable', async () => {
    const dir = path.join(tmp, 'folder.csv');
    fs.mkdirSync(dir);
    await expect(openImportSource(dir, { kind: 'participants' })).rejects.toMatchObject({ key: 'import.error.fileUnreadable', exitCode: 2 });
  });

  it('refuses an unsupported extension, and a damaged .xls as unreadable', async () => {
    await expect(openImportSource(write('a.pdf', 'x'), { kind: 'participants' })).rejects.toMatchObject({ key: 'import.error.unsupportedFormat', exitCode: 2 });
    await expect(openImportSource(write('a.xls', 'x'), { kind: 'participants' })).rejects.toMatchObject({ key: 'import.error.xlsxUnreadable', exitCode: 2 });
  });

  it('reports a corrupt workbook as unreadable', async () => {
    await expect(openImportSource(write('rusak.xlsx', 'bukan zip'), { kind: 'participants' })).rejects.toMatchObject({ key: 'import.error.xlsxUnreadable', exitCode: 2 });
  });

  it('reports an unclosed quote with the file and line', async () => {
    const file = fixture('peserta-kutip-rusak.csv');
    const source = await openImportSource(file, { kind: 'participants' }).catch((e: unknown) => e);
    const error = source instanceof Error ? source : await readAll(source as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'import.error.unclosedQuote', exitCode: 3, params: { file, line: 3 } });
  });

  it('names the missing required columns', async () => {
    await expect(openImportSource(write('tanpa-nip.csv', 'Nama,Jabatan\nBudi,Lurah\n'), { kind: 'participants' })).rejects.toMatchObject({
      key: 'import.error.missingColumns',
      exitCode: 3,
      params: { columns: 'nip', line: 1 },
    });
  });

  it('reports an empty file', async () => {
    await expect(openImportSource(write('kosong.csv', ''), { kind: 'participants' })).rejects.toMatchObject({ key: 'import.error.noHeader', exitCode: 3 });
  });

  it('reports a --map column that is not in the header', async () => {
    await expect(openImportSource(write('map.csv', 'NIP,Nama\n1,Budi\n'), { kind: 'participants', map: ['Nama Pegawai=name'] })).rejects.toMatchObject({
      key: 'import.error.mapColumnNotFound',
      exitCode: 2,
    });
  });

  it('streams a large file in batches with physical line numbers', async () => {
    const rows = ['JUDUL', '', 'NIP;Nama;Jabatan'];
    for (let i = 0; i < 30_000; i++) rows.push(i % 1000 === 0 ? `${i};Nama ${i};"dua\nbaris"` : `${i};Nama ${i};Lurah`);
    const source = await openImportSource(write('besar.csv', rows.join('\r\n')), { kind: 'participants' });
    let count = 0;
    let batches = 0;
    let expected = 4;
    for await (const batch of source.records) {
      batches++;
      for (const r of batch) {
        expect(r.line).toBe(expected);
        expected += Number(r.values.nip) % 1000 === 0 ? 2 : 1;
        count++;
      }
    }
    expect(count).toBe(30_000);
    expect(batches).toBeGreaterThan(1);
  });
});
