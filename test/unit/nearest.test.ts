import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearestCodes } from '../../src/domain/nearest.js';

const code = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{2,20}$/);

describe('editDistance', () => {
  it('is zero only for equal strings, symmetric, and counts a swap of neighbours as one edit', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
    expect(editDistance('pkp-xxii-2024', 'pkp-xixi-2024')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops early at the cap', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

describe('nearestCodes', () => {
  const codes = ['pim4-xxii-2018', 'pkp-xxii-2024', 'pkp-xxiii-2024', 'pkn2-i-2020'];

  it('finds a code mistyped by one edit, in any case or with other separators', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.nat(), (wanted, at) => {
        const i = at % wanted.length;
        const typo = `${wanted.slice(0, i)}${wanted.slice(i + 1)}`;
        expect(nearestCodes(typo.toUpperCase(), codes)).toContain(wanted);
      }),
    );
    expect(nearestCodes('PKP XXII 2024', codes)[0]).toBe('pkp-xxii-2024');
  });

  it('suggests codes that contain what was typed, and nothing for a stranger', () => {
    expect(nearestCodes('xxii-2024', codes)).toEqual(['pkp-xxii-2024']);
    expect(nearestCodes('latsar-2030', codes)).toEqual([]);
    expect(nearestCodes('', codes)).toEqual([]);
  });
});
