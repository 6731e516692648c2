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

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseGender(s)));
  });
});
