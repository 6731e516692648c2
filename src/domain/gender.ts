// Gender as lists write it: English words, the Indonesian L/P of most forms, and their variants.
import { aliasTable, lookupAlias } from './aliases.js';
import { fail, ok } from './result.js';
import type { Gender, Result } from './types.js';

const GENDER_WORDS = aliasTable<Gender>({
  male: ['m', 'l', 'lk', 'laki-laki', 'laki laki', 'laki', 'pria', 'man', 'men'],
  female: ['f', 'p', 'pr', 'perempuan', 'wanita', 'woman', 'women'],
});

/** Reads male/female, L/P, Laki-laki/Perempuan ("Laki - laki"), Pria/Wanita, M/F, in any case. */
export function parseGender(input: string): Result<Gender> {
  const gender = lookupAlias(GENDER_WORDS, input);
  if (gender === undefined) return fail('domain.gender.unknown', { value: input.trim() });
  return ok(gender);
}
