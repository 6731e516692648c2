import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { fieldForHeader, mapHeader, normalizeHeader, parseMapOptions } from '../../../src/import/header-map.js';

describe('header mapping', () => {
  it.each([
    ['NIP', 'nip'],
    ['Nama Lengkap', 'name'],
    ['NAMA PESERTA', 'name'],
    ['L/P', 'gender'],
    ['Jenis Kelamin', 'gender'],
    ['jenis_kelamin', 'gender'],
    ['JK', 'gender'],
    ['Tgl. Lahir', 'birth_date'],
    ['Pangkat', 'rank'],
    ['Gol. Ruang', 'grade'],
    ['Pangkat/Gol. Ruang', 'rank_grade'],
    ['Pangkat / Golongan', 'rank_grade'],
    ['Jabatan', 'position'],
    ['Asal Instansi', 'agency'],
    ['unit_kerja', 'unit'],
    ['OPD', 'unit'],
    ['E-mail', 'email'],
    ['Surel', 'email'],
    ['No. HP', 'phone'],
    ['Nomor HP', 'phone'],
    ['WhatsApp', 'phone'],
    ['Kelompok', 'group'],
  ] as const)('maps the participant header "%s" to %s', (header, field) => {
    expect(fieldForHeader(header, 'participants')).toBe(field);
  });

  it.each([
    ['Judul Proyek Perubahan', 'title'],
    ['Judul Aksi Perubahan', 'title'],
    ['Nama Inovasi', 'innovation_name'],
    ['Tahap', 'stage'],
    ['Tanggal Tahap', 'stage_date'],
    ['Nilai', 'score'],
    ['Widyaiswara', 'coach'],
    ['Narasumber', 'examiner'],
    ['Terinspirasi dari Lokus', 'inspired_by_lokus'],
    ['Diadopsi Oleh', 'adopted_by'],
    ['Jenis Adopsi', 'adoption_kind'],
    ['Penghargaan', 'award'],
  ] as const)('maps the project header "%s" to %s', (header, field) => {
    expect(fieldForHeader(header, 'projects')).toBe(field);
  });

  it('ignores case, accents, punctuation and extra spaces', () => {
    expect(normalizeHeader('  Pangkat / Gol.  Ruang ')).toBe('pangkatgolruang');
    expect(fieldForHeader('ÉMAIL', 'participants')).toBe('email');
    expect(fieldForHeader('Nāma  Lengkap', 'participants')).toBe('name');
  });

  it('ignores the running-number column without reporting it', () => {
    for (const h of ['No', 'No.', 'Nomor', '#']) expect(fieldForHeader(h, 'participants')).toBe('ignore');
    const mapping = mapHeader(['No', 'NIP', 'Nama'], 'participants');
    expect(mapping.unknownColumns).toEqual([]);
    expect(mapping.columns.map((c) => [c.column, c.field])).toEqual([[1, 'nip'], [2, 'name']]);
  });

  it('reports unknown columns and ignores them', () => {
    const mapping = mapHeader(['NIP', 'Nama', 'Hobi', '', 'Ukuran Baju'], 'participants');
    expect(mapping.unknownColumns).toEqual(['Hobi', 'Ukuran Baju']);
    expect(mapping.missing).toEqual([]);
  });

  it('lists the required columns that are missing', () => {
    expect(mapHeader(['Nama', 'Jabatan'], 'participants').missing).toEqual(['nip']);
    expect(mapHeader(['NIP', 'Nama Inovasi'], 'projects').missing).toEqual(['title']);
  });

  it('keeps the first of two columns naming the same field', () => {
    const mapping = mapHeader(['NIP', 'Nama', 'Nama Lengkap'], 'participants');
    expect(mapping.duplicateColumns).toEqual(['Nama Lengkap']);
  });

  it('lets --map name a column the aliases do not know, or override one', () => {
    const overrides = parseMapOptions(['Nama Pegawai=name', 'Keterangan=ignore', 'Jabatan=unit'], 'participants');
    const mapping = mapHeader(['NIP', 'nama pegawai', 'Keterangan', 'Jabatan'], 'participants', overrides);
    expect(mapping.columns.map((c) => c.field)).toEqual(['nip', 'name', 'unit']);
    expect(mapping.unknownColumns).toEqual([]);
    expect(mapping.unusedOverrides).toEqual([]);
  });

  it('names --map headers that are not in the file', () => {
    const overrides = parseMapOptions(['Nama Pegawai=name'], 'participants');
    expect(mapHeader(['NIP', 'Nama'], 'participants', overrides).unusedOverrides).toEqual(['Nama Pegawai']);
  });

  it('rejects --map with an unknown field or without "="', () => {
    expect(() => parseMapOptions(['Nama Lengkap=fullname'], 'participants')).toThrow(UsageError);
    expect(() => parseMapOptions(['Nama Lengkap'], 'participants')).toThrow(
      expect.objectContaining({ key: 'import.error.mapSyntax', exitCode: 2 }),
    );
    expect(() => parseMapOptions(['Judul=title'], 'participants')).toThrow(
      expect.objectContaining({ key: 'import.error.mapUnknownField' }),
    );
  });
});
