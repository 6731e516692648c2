import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ikmGrade, parseIkm } from '../../src/domain/ikm.js';

describe('ikmGrade (PermenPANRB 14/2017)', () => {
  it.each([
    [100, 'A'], [88.31, 'A'], [88.3, 'B'], [76.61, 'B'], [76.6, 'C'], [65, 'C'], [64.99, 'D'], [25, 'D'],
  ])('grades %f as %s', (ikm, grade) => {
    expect(ikmGrade(ikm)).toBe(grade);
  });

  it('has no grade for no value', () => {
    expect(ikmGrade(null)).toBeNull();
  });

  it('never grades a higher value lower', () => {
    fc.assert(
      fc.property(fc.double({ min: 25, max: 100, noNaN: true }), fc.double({ min: 25, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(ikmGrade(high)! <= ikmGrade(low)!).toBe(true);
      }),
    );
  });
});

describe('parseIkm', () => {
  it('reads a dot or a comma as the decimal mark', () => {
    expect(parseIkm('82,75')).toEqual({ ok: true, value: 82.75 });
    expect(parseIkm(' 90.1 ')).toEqual({ ok: true, value: 90.1 });
    expect(parseIkm('100')).toEqual({ ok: true, value: 100 });
  });

  it.each([['24.99', 'domain.ikm.range'], ['100.5', 'domain.ikm.range'], ['baik', 'domain.ikm.not_number'], ['', 'domain.ikm.not_number'], ['8e1', 'domain.ikm.not_number']])(
    'rejects "%s"',
    (input, key) => {
      expect(parseIkm(input)).toMatchObject({ ok: false, problem: { key } });
    },
  );

  it('accepts exactly the numbers from 25 to 100', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const parsed = parseIkm(input);
        if (parsed.ok) expect(parsed.value >= 25 && parsed.value <= 100).toBe(true);
      }),
    );
  });
});
