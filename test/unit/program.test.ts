import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROGRAM_INFO, parseProgram, programNameKey, projectWord } from '../../src/domain/program.js';
import { PROGRAMS } from '../../src/domain/types.js';

describe('parseProgram', () => {
  it.each([
    ['PIM IV', 'pim4'],
    ['pim4', 'pim4'],
    ['Diklat PIM Tingkat IV', 'pim4'],
    ['Diklatpim III', 'pim3'],
    ['Diklat Kepemimpinan Tingkat II', 'pim2'],
    ['PIM Tk. 2', 'pim2'],
    ['PKP', 'pkp'],
    ['Pelatihan Kepemimpinan Pengawas', 'pkp'],
    ['Pelatihan Kepemimpinan Pengawas (PKP)', 'pkp'],
    ['Pelatihan Kepemimpinan Administrator', 'pka'],
    ['PKN II', 'pkn2'],
    ['PKN Tingkat II', 'pkn2'],
    ['Latsar CPNS', 'latsar'],
    ['Pelatihan Dasar CPNS', 'latsar'],
    ['lainnya', 'other'],
  ])('reads "%s" as %s', (input, program) => {
    expect(parseProgram(input)).toEqual({ ok: true, value: program });
  });

  it('accepts every program code', () => {
    for (const p of PROGRAMS) expect(parseProgram(p)).toEqual({ ok: true, value: p });
  });

  it('refuses programs it does not know rather than filing them under a neighbour', () => {
    expect(parseProgram('PIM I')).toMatchObject({ ok: false, problem: { key: 'domain.program.unknown' } });
    expect(parseProgram('PKN I').ok).toBe(false);
    expect(parseProgram('Bimtek').ok).toBe(false);
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseProgram(s)));
  });
});

describe('program words', () => {
  it('calls the project proyek perubahan in Diklat PIM, aksi perubahan in PKP and aktualisasi in Latsar', () => {
    expect(projectWord('pim4')).toBe('proyek perubahan');
    expect(projectWord('pkp')).toBe('aksi perubahan');
    expect(projectWord('latsar')).toBe('aktualisasi');
  });

  it('has a short name and a catalogue key for every program', () => {
    for (const p of PROGRAMS) {
      expect(PROGRAM_INFO[p].short).not.toBe('');
      expect(programNameKey(p)).toBe(`domain.program.name.${p}`);
    }
  });
});
