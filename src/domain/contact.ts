// The shape of e-mail addresses and Indonesian phone numbers. Only the shape: whether the mailbox
// or the number exists cannot be known offline.
import { fail, ok } from './result.js';
import type { Result } from './types.js';

/**
 * Reads an e-mail address: one @, a dotted domain, no spaces. The domain is lower-cased.
 * Repeated dots before the @ ("muh..siregar@…") are kept: lists made from names produce them and
 * many government mail servers accept them; in the domain they are always a typing error.
 */
export function parseEmail(input: string): Result<string> {
  const value = input.trim();
  const m = /^([^\s@]+)@([^\s@]+\.[^\s@]+)$/.exec(value);
  if (!m || value.length > 254 || m[2]!.includes('..') || m[2]!.startsWith('.') || m[2]!.endsWith('.')) {
    return fail('domain.email.shape', { value });
  }
  return ok(`${m[1]}@${m[2]!.toLowerCase()}`);
}

// National numbers after the leading 0: 8 (old landlines, "0274 12345" has 9 digits with its 0)
// up to 12 digits (the longest mobile numbers, 0812-3456-78901).
const MIN_NATIONAL = 8;
const MAX_NATIONAL = 12;

/**
 * Reads an Indonesian phone number written with spaces, dashes, dots or brackets: 0812-3456-789,
 * +62 812 3456 789, 62812…, (021) 555-1234. Kept as digits with its leading 0, or with +62 when
 * it was written internationally.
 */
export function parsePhone(input: string): Result<string> {
  const value = input.trim();
  if (value === '') return fail('domain.phone.shape', { value });
  if (/[^0-9+\s\-.()/]/.test(value) || /.\+/.test(value)) return fail('domain.phone.characters', { value });
  const digits = value.replace(/[^0-9]/g, '');
  let national: string;
  let international: boolean;
  if (value.startsWith('+')) {
    if (!digits.startsWith('62')) return fail('domain.phone.prefix', { value });
    national = digits.slice(2).replace(/^0/, '');
    international = true;
  } else if (digits.startsWith('62')) {
    national = digits.slice(2).replace(/^0/, '');
    international = true;
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
    international = false;
  } else {
    return fail('domain.phone.prefix', { value });
  }
  if (national.startsWith('0')) return fail('domain.phone.prefix', { value });
  if (national.length < MIN_NATIONAL || national.length > MAX_NATIONAL) {
    return fail('domain.phone.length', { value, digits: digits.length });
  }
  return ok(international ? `+62${national}` : `0${national}`);
}
