import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseGender } from '../../src/domain/gender.js';

describe('parseGender', () => {
  it.each(['male', 'MALE', 'L', 'l', 'Laki-laki', 'Laki - laki', 'LAKI LAKI', 'Pria', 'M', 'lk'])('reads %s as male', (input) => {
    expect(parseGender(input)).toEqual({ ok: true, value: 'male' });
  });

  it.each(['female', 'P', 'p', 'Perempuan', 'PEREMPUAN', 'Wanita', 'F', 'pr'])('reads %s as female', (input) => {
    expect(parseGender(input)).toEqual({ ok: true, value: 'female' });
  });

  it('rejects an unknown word and names it', () => {
    expect(parseGender(' X ')).toEqual({ ok: false, problem: { key: 'domain.gender.unknown', params: { value: 'X' } } });
  });

  it('rejects an empty value', () => {
    expect(parseGender('').ok).toBe(false);
  });

  it('on random text, gives male or female only for a known word, and otherwise a problem naming the trimmed text', () => {
    const known = new Map<string, string>([
      ...['male', 'l', 'laki-laki', 'laki - laki', 'laki laki', 'pria', 'm', 'lk'].map((w) => [w, 'male'] as [string, string]),
      ...['female', 'p', 'perempuan', 'wanita', 'f', 'pr'].map((w) => [w, 'female'] as [string, string]),
    ]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...known.keys()).map((w) => ` ${w.toUpperCase()} `)), (s) => {
        const result = parseGender(s);
        const expected = known.get(s.trim().toLowerCase());
        if (result.ok) {
          expect(['male', 'female']).toContain(result.value);
          if (expected !== undefined) expect(result.value).toBe(expected);
        } else {
          expect(result.problem.key).toMatch(/^domain\.gender\./);
          expect(expected).toBeUndefined();
        }
      }),
    );
  });
});
