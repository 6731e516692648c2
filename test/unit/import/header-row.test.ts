import { describe, expect, it } from 'vitest';
import { findHeaderRow, scoreHeaderRow } from '../../../src/import/header-row.js';
import { openImportSource } from '../../../src/import/source.js';
import { fixture, sample } from './helpers.js';

describe('header row detection', () => {
  it('skips title lines and blank lines', () => {
    const rows = [
      { line: 1, cells: ['DAFTAR PESERTA PKP ANGKATAN XXII TAHUN 2024'] },
      { line: 2, cells: ['BPSDM PROVINSI SUMATERA UTARA'] },
      { line: 4, cells: ['No', 'NIP', 'Nama', 'L/P'] },
      { line: 5, cells: ['1', '198503142010011001', 'Rizky', 'L'] },
    ];
    expect(findHeaderRow(rows, 'participants')).toBe(2);
  });

  it('does not count the running-number column', () => {
    expect(scoreHeaderRow(['No', 'NIP', 'Nama'], 'participants')).toBe(2);
  });

  it('falls back to the first non-blank row when nothing looks like a header', () => {
    expect(findHeaderRow([{ line: 1, cells: [''] }, { line: 2, cells: ['a', 'b'] }], 'participants')).toBe(1);
  });

  it.each([
    ['samples/peserta-pkp-xxii-medan.csv', 'participants', 4],
    ['samples/peserta-pim4-xxii-kemnaker-cp1252.csv', 'participants', 1],
    ['samples/peserta-tiga-salah.csv', 'participants', 1],
    ['samples/peserta-workshop-inovasi-medan-2019.csv', 'participants', 1],
    ['samples/proyek-workshop-inovasi-medan-2019.csv', 'projects', 1],
    ['samples/peserta-pim4-xxiii-bnp2tki.xlsx', 'participants', 3],
    ['samples/peserta-pim4-xxiii-bnp2tki-nip-angka.xlsx', 'participants', 3],
    ['peserta-titik-koma-bom-crlf.csv', 'participants', 4],
    ['peserta-tab.tsv', 'participants', 2],
    ['proyek-header-indonesia.csv', 'projects', 3],
    ['peserta-nip-teks-dan-angka.xlsx', 'participants', 3],
  ] as const)('finds the header of %s (%s) on line %i', async (name, kind, line) => {
    const source = await openImportSource(name.startsWith('samples/') ? sample(name.slice(8)) : fixture(name), { kind });
    expect(source.headerLine).toBe(line);
  });

  it('takes the header row given with --header-row', async () => {
    const source = await openImportSource(sample('peserta-pkp-xxii-medan.csv'), { kind: 'participants', headerRow: 4 });
    expect(source.headerLine).toBe(4);
    await expect(openImportSource(sample('peserta-pkp-xxii-medan.csv'), { kind: 'participants', headerRow: 3 })).rejects.toMatchObject({
      key: 'import.error.headerRowNotFound',
      exitCode: 2,
    });
  });
});
