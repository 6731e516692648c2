import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCohortNumber, parseRoman, toRoman } from '../../src/domain/roman.js';

describe('toRoman', () => {
  it.each([
    [1, 'I'], [4, 'IV'], [9, 'IX'], [22, 'XXII'], [33, 'XXXIII'], [49, 'XLIX'], [1994, 'MCMXCIV'], [3999, 'MMMCMXCIX'],
  ])('writes %i as %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });

  it('throws on a number it cannot write, a programming error', () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(4000)).toThrow(RangeError);
    expect(() => toRoman(1.5)).toThrow(RangeError);
  });
});

describe('parseCohortNumber', () => {
  it.each([
    ['XXII', 22], ['xxii', 22], ['22', 22], ['Angkatan XXII', 22], ['angkatan 22', 22], ['Angkatan ke-22', 22], ['Akt. XII', 12],
  ])('reads "%s" as %i', (input, n) => {
    expect(parseCohortNumber(input)).toEqual({ ok: true, value: n });
  });

  it('rejects non-canonical Roman numerals', () => {
    expect(parseCohortNumber('IIII')).toMatchObject({ ok: false, problem: { key: 'domain.cohort_number.invalid' } });
    expect(parseCohortNumber('VX').ok).toBe(false);
  });

  it('rejects 0 and numbers above 3999', () => {
    expect(parseCohortNumber('0')).toMatchObject({ ok: false, problem: { key: 'domain.cohort_number.range' } });
    expect(parseCohortNumber('4000').ok).toBe(false);
  });

  it('rejects words', () => {
    expect(parseCohortNumber('dua puluh').ok).toBe(false);
    expect(parseCohortNumber('').ok).toBe(false);
  });
});

describe('roman properties', () => {
  it('round-trips every number from 1 to 3999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(parseRoman(toRoman(n))).toEqual({ ok: true, value: n });
        expect(parseCohortNumber(`Angkatan ${toRoman(n)}`)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseCohortNumber(s)));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('M', 'D', 'C', 'L', 'X', 'V', 'I') }), (s) => void parseRoman(s)));
  });
});
