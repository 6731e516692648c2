// Cohorts (angkatan) are numbered in Roman numerals ("Angkatan XXII"); the number is stored as an
// integer and shown in Roman. The database allows 1–3999, the range of standard Roman numerals.
import { fail, ok } from './result.js';
import type { Result } from './types.js';

export const MAX_ROMAN = 3999;

const NUMERALS: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 22 → "XXII". A number outside 1–3999 is a programming error (stored numbers are checked), so it throws. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROMAN) throw new RangeError(`toRoman: ${n} is not an integer from 1 to ${MAX_ROMAN}`);
  let rest = n;
  let out = '';
  for (const [value, numeral] of NUMERALS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** Reads a canonical Roman numeral ("XXII", "xxii"); "IIII" or "VX" are refused, not guessed. */
export function parseRoman(input: string): Result<number> {
  const text = input.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(text)) return fail('domain.cohort_number.invalid', { value: input.trim() });
  const values: Record<string, number> = { M: 1000, D: 500, C: 100, L: 50, X: 10, V: 5, I: 1 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]!]!;
    const next = values[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  if (total < 1 || total > MAX_ROMAN || toRoman(total) !== text) {
    return fail('domain.cohort_number.invalid', { value: input.trim() });
  }
  return ok(total);
}

/** Reads a cohort number: "XXII", "22", "Angkatan XXII", "Angkatan ke-22", "Akt. 22". */
export function parseCohortNumber(input: string): Result<number> {
  const value = input.trim();
  const bare = value
    .replace(/^(angkatan|angk\.?|akt\.?|batch|cohort)\s*/i, '')
    .replace(/^ke\s*-?\s*/i, '')
    .trim();
  if (/^\d+$/.test(bare)) {
    const n = Number(bare);
    if (n < 1 || n > MAX_ROMAN) return fail('domain.cohort_number.range', { value, max: MAX_ROMAN });
    return ok(n);
  }
  const roman = parseRoman(bare);
  if (!roman.ok) return fail('domain.cohort_number.invalid', { value });
  return roman;
}
