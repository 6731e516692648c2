// Numbers read from a workbook are shown as Excel shows them (15 significant digits): the fast path
// for whole numbers must give exactly what formatting every number gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/import/cell-format.js';

const reference = (n: number, percent: boolean): string =>
  (percent ? n * 100 : n).toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 }) + (percent ? '%' : '');

describe('formatNumber', () => {
  it('gives what Intl formatting to 15 digits gives, for any number', () => {
    const numbers = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.maxSafeInteger(), fc.constantFrom(-0, 0, 1e15, 1e15 - 1, 2 ** 53, 198503142010011001, 0.1 + 0.2));
    fc.assert(fc.property(numbers, fc.boolean(), (n, percent) => {
      expect(formatNumber(n, percent)).toBe(reference(n, percent));
    }), { numRuns: 2000 });
  });

  it('shows a NIP stored as a number with the digits Excel keeps', () => {
    expect(formatNumber(198503142010011001)).toBe('198503142010011000');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(0.125, true)).toBe('12.5%');
  });
});
