import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, sortKeyOfName } from '../../src/domain/name.js';

describe('sortKeyOfName', () => {
  it('drops the titles before and after a name', () => {
    expect(sortKeyOfName('Dr. Rahmat')).toBe('rahmat');
    expect(sortKeyOfName('Prof. Dr. Ir. H. Rahmat Hidayat, S.E., M.Si.')).toBe('rahmat hidayat');
    expect(sortKeyOfName('Hj. Siti Aminah, S.Pd.')).toBe('siti aminah');
    expect(sortKeyOfName('Drs. Budi')).toBe('budi');
    expect(sortKeyOfName('Dra.  Wati')).toBe('wati');
    expect(sortKeyOfName('Budi Santoso, M.Si.')).toBe('budi santoso');
  });

  it('keeps names that only look like titles', () => {
    expect(sortKeyOfName('Hendra')).toBe('hendra');
    expect(sortKeyOfName('Drajat')).toBe('drajat');
    expect(sortKeyOfName('Irawan')).toBe('irawan');
    expect(sortKeyOfName('Dr.')).toBe('dr.');
  });

  it('sorts "Dr. Rahmat" under R, between Putri and Siti', () => {
    const names = ['Siti', 'Dr. Rahmat', 'Putri, S.E.', 'Ahmad'];
    expect([...names].sort(compareNames)).toEqual(['Ahmad', 'Putri, S.E.', 'Dr. Rahmat', 'Siti']);
  });

  it('is a total order: antisymmetric, and zero only for the same text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareNames(a, b)) + Math.sign(compareNames(b, a))).toBe(0);
        if (compareNames(a, b) === 0) expect(a).toBe(b);
      }),
    );
  });
});
