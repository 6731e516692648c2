import { describe, expect, it } from 'vitest';
import { parseAdopters, parseAdoptionKind, splitAdopters } from '../../src/domain/adoption.js';

describe('parseAdoptionKind', () => {
  it.each([
    ['sustained', 'sustained'], ['berlanjut', 'sustained'], ['institutionalized', 'institutionalized'], ['institutionalised', 'institutionalized'],
    ['Dilembagakan', 'institutionalized'], ['replicated', 'replicated'], ['replikasi', 'replicated'], ['direplikasi', 'replicated'],
    ['adopted_elsewhere', 'adopted_elsewhere'], ['adopted elsewhere', 'adopted_elsewhere'], ['diadopsi daerah lain', 'adopted_elsewhere'], ['diadopsi', 'adopted_elsewhere'],
  ])('reads "%s" as %s', (input, kind) => {
    expect(parseAdoptionKind(input)).toEqual({ ok: true, value: kind });
  });

  it('rejects an unknown kind and lists the known ones', () => {
    expect(parseAdoptionKind('dijual')).toEqual({
      ok: false,
      problem: { key: 'domain.adoption.kind_unknown', params: { value: 'dijual', known: 'sustained, institutionalized, replicated, adopted_elsewhere' } },
    });
  });
});

describe('parseAdopters', () => {
  it('trims, drops blanks and repeats', () => {
    expect(parseAdopters([' Pemkot Medan ', '', 'pemkot medan', 'Dinas  Kominfo'])).toEqual({ ok: true, value: ['Pemkot Medan', 'Dinas Kominfo'] });
  });

  it('needs at least one adopter', () => {
    expect(parseAdopters(['  '])).toMatchObject({ ok: false, problem: { key: 'domain.adoption.adopters_required' } });
  });
});

describe('splitAdopters', () => {
  it('splits on semicolons, line breaks and bars, and keeps commas inside names', () => {
    expect(splitAdopters('Setda Kota Medan; Dinas Kominfo, Kota Medan\nBappeda | ')).toEqual(['Setda Kota Medan', 'Dinas Kominfo, Kota Medan', 'Bappeda']);
  });

  it('gives nothing for blank text', () => {
    expect(splitAdopters('  ;  ')).toEqual([]);
    expect(splitAdopters(undefined)).toEqual([]);
  });
});
