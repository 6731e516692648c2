// The NIP (Nomor Induk Pegawai, Perka BKN 22/2007): 18 digits that carry the officer's birth date,
// the month of appointment as a civil servant (TMT CPNS), gender and a sequence number. Checking
// the structure catches most typing errors and every NIP that a spreadsheet has turned into a number.
import { isRealDate, isoDate, todayIso } from './dates.js';
import { fail, ok } from './result.js';
import type { Gender, IdType, IsoDate, Result } from './types.js';
import { ID_TYPES } from './types.js';
import { aliasTable, lookupAlias } from './aliases.js';

export interface ParsedNip {
  /** The 18 digits, without separators. */
  nip: string;
  birthDate: IsoDate;
  /** TMT CPNS, the month of appointment: `YYYY-MM`. */
  tmt: string;
  gender: Gender;
}

// Excel shows a long number as 1.97407082006061E+17 and keeps only 15 significant digits, so the
// NIP's last digits become zeros; such a value can only be re-entered, never repaired.
const SCIENTIFIC = /^\d([.,]\d+)?e\+?\d+$/i;
const NUMBER_WITH_DECIMALS = /^\d{15,18}[.,]0+$/;

function excelDamaged(value: string): boolean {
  return SCIENTIFIC.test(value) || NUMBER_WITH_DECIMALS.test(value);
}

/**
 * Removes what people put inside an NIP: a `NIP.` / `NIP:` label as copied from a letter (SPEC §6),
 * spaces, dots, dashes and Excel's leading apostrophe.
 */
export function normaliseNip(input: string): string {
  return input.trim().replace(/^'/, '').replace(/^NIP\s*[.:]?\s*/i, '').replace(/[\s.\-\u00a0]/g, '');
}

/**
 * How a person is looked up by what an officer typed: an NIP written with spaces, dots or dashes
 * by its 18 digits; an NRP or other identifier as written, runs of spaces collapsed (they are
 * stored so). The one look-up rule of commands and imports.
 */
export function identifierKey(input: string): string {
  const trimmed = input.trim().replace(/\s+/g, ' ');
  const digits = normaliseNip(trimmed);
  return /^\d{18}$/.test(digits) ? digits : trimmed;
}

/** `197805122005011002` → `19780512 200501 1 002`; anything else is returned unchanged. */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/**
 * Checks an NIP's structure against `today` (for "TMT not in the future"). Each failure has its
 * own message key, whose params name the offending part.
 */
export function parseNip(input: string, today: Date): Result<ParsedNip> {
  return validNipDigits(input, today) ?? parseNipInFull(input, today);
}

// The month of `today` as YYYY * 100 + MM, remembered for the last Date seen (an import passes
// the same one for every row).
let monthOf = NaN;
let monthNumber = 0;
function currentMonthNumber(today: Date): number {
  if (monthOf !== today.getTime()) {
    monthOf = today.getTime();
    monthNumber = today.getFullYear() * 100 + today.getMonth() + 1;
  }
  return monthNumber;
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * The fast path of parseNip for the common case, without regular expressions or substrings: 18
 * plain digits that pass every check. Anything else (separators, any failure, years that do not
 * have four digits) returns undefined and goes through parseNipInFull, which says what is wrong.
 */
function validNipDigits(input: string, today: Date): Result<ParsedNip> | undefined {
  if (input.length !== 18) return undefined;
  for (let i = 0; i < 18; i++) {
    const c = input.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const by = digit(input, 0) * 1000 + digit(input, 1) * 100 + digit(input, 2) * 10 + digit(input, 3);
  const bm = digit(input, 4) * 10 + digit(input, 5);
  const bd = digit(input, 6) * 10 + digit(input, 7);
  if (by < 1900 || !isRealDate(by, bm, bd)) return undefined;
  const ty = digit(input, 8) * 1000 + digit(input, 9) * 100 + digit(input, 10) * 10 + digit(input, 11);
  const tm = digit(input, 12) * 10 + digit(input, 13);
  if (ty < 1900 || tm < 1 || tm > 12) return undefined;
  // by + 18 stays a four-digit year, so comparing YYYYMM numbers is comparing the YYYY-MM strings.
  if (by + 18 > 9999 || ty * 100 + tm < (by + 18) * 100 + bm) return undefined;
  if (ty * 100 + tm > currentMonthNumber(today)) return undefined;
  const g = input.charCodeAt(14);
  if (g !== 49 && g !== 50) return undefined;
  if (input.charCodeAt(15) === 48 && input.charCodeAt(16) === 48 && input.charCodeAt(17) === 48) return undefined;
  return ok({
    nip: input,
    birthDate: `${input.slice(0, 4)}-${input.slice(4, 6)}-${input.slice(6, 8)}`,
    tmt: `${input.slice(8, 12)}-${input.slice(12, 14)}`,
    gender: g === 49 ? 'male' : 'female',
  });
}

/** parseNip without its fast path (the property tests check that both agree). */
export function parseNipInFull(input: string, today: Date): Result<ParsedNip> {
  const value = input.trim();
  if (value === '') return fail('domain.nip.empty');
  if (excelDamaged(value)) return fail('domain.nip.excel_number', { value });

  const nip = normaliseNip(value);
  const stray = /[^0-9]/.exec(nip);
  if (stray) return fail('domain.nip.not_digits', { value, character: stray[0] });
  if (nip.length === 9) return fail('domain.nip.old_format', { value });
  // A TNI/Polri NRP has 8 digits and no NIP has: the officer most likely forgot `--id-type nrp`.
  if (nip.length === 8) return fail('domain.nip.looks_like_nrp', { value });
  // A 15- to 17-digit NIP ending in zeros is what a spreadsheet leaves after dropping digits.
  if (nip.length >= 15 && nip.length < 18 && nip.endsWith('00')) {
    return fail('domain.nip.excel_number', { value });
  }
  if (nip.length !== 18) return fail('domain.nip.length', { value, length: nip.length });

  const birth = nip.slice(0, 8);
  const by = Number(birth.slice(0, 4));
  const bm = Number(birth.slice(4, 6));
  const bd = Number(birth.slice(6, 8));
  if (by < 1900 || !isRealDate(by, bm, bd)) return fail('domain.nip.birth_date', { nip, part: birth });

  const tmtPart = nip.slice(8, 14);
  const ty = Number(tmtPart.slice(0, 4));
  const tm = Number(tmtPart.slice(4, 6));
  if (ty < 1900 || tm < 1 || tm > 12) return fail('domain.nip.tmt_date', { nip, part: tmtPart });
  const tmt = `${tmtPart.slice(0, 4)}-${tmtPart.slice(4, 6)}`;

  // Compared by month: TMT is a month, and the 18th birthday falls somewhere inside one.
  const eighteen = `${String(by + 18).padStart(4, '0')}-${birth.slice(4, 6)}`;
  if (tmt < eighteen) return fail('domain.nip.tmt_before_18', { nip, tmt, eighteen });
  const currentMonth = todayIso(today).slice(0, 7);
  if (tmt > currentMonth) return fail('domain.nip.tmt_future', { nip, tmt, current: currentMonth });

  const genderDigit = nip.slice(14, 15);
  if (genderDigit !== '1' && genderDigit !== '2') return fail('domain.nip.gender_digit', { nip, digit: genderDigit });

  // Sequence numbers start at 001; 000 is also what Excel leaves after rounding an NIP.
  const sequence = nip.slice(15);
  if (sequence === '000') return fail('domain.nip.sequence', { nip, part: sequence });

  return ok({ nip, birthDate: isoDate(by, bm, bd), tmt, gender: genderDigit === '1' ? 'male' : 'female' });
}

/** True when no gender was given, or the given one is the NIP's. */
export function genderAgrees(nipGender: Gender, gender: Gender | null | undefined): boolean {
  return gender === null || gender === undefined || gender === nipGender;
}

/**
 * The gender to keep for a person with this NIP: the one given if it agrees with the NIP's
 * gender digit, the NIP's when none was given, a problem when they differ.
 */
export function checkNipGender(parsed: ParsedNip, gender: Gender | null | undefined): Result<Gender> {
  if (genderAgrees(parsed.gender, gender)) return ok(parsed.gender);
  return fail('domain.nip.gender_mismatch', {
    nip: parsed.nip,
    digit: parsed.gender === 'male' ? '1' : '2',
  });
}

/**
 * The birth date to keep for a person with this NIP (its first 8 digits, DOMAIN.md "NIP"): the
 * one given if it is the NIP's, the NIP's when none was given, `domain.nip.birth_date_mismatch`
 * ({ value, nip, date }) when they differ.
 */
export function checkNipBirthDate(parsed: ParsedNip, birthDate: IsoDate | null | undefined): Result<IsoDate> {
  if (birthDate === null || birthDate === undefined || birthDate === parsed.birthDate) return ok(parsed.birthDate);
  return fail('domain.nip.birth_date_mismatch', { value: birthDate, nip: parsed.nip, date: parsed.birthDate });
}

const ID_TYPE_WORDS = aliasTable<IdType>({
  nip: ['pns', 'asn'],
  nrp: ['tni', 'polri'],
  other: ['lain', 'lainnya', 'lain-lain'],
});

/** Reads an identifier type: nip, nrp or other (also lainnya). */
export function parseIdType(input: string): Result<IdType> {
  const idType = lookupAlias(ID_TYPE_WORDS, input);
  if (idType === undefined) return fail('domain.id_type.unknown', { value: input.trim(), known: ID_TYPES.join(', ') });
  return ok(idType);
}

export interface ParsedIdentifier {
  idType: IdType;
  /** What is stored where the NIP goes: the 18 digits, or the trimmed NRP / other identifier. */
  identifier: string;
  /** The NIP's parts when idType is nip. */
  nip: ParsedNip | null;
}

/** An NIP is checked in full; an NRP or other identifier only for being non-empty. */
export function parseIdentifier(input: string, idType: IdType, today: Date): Result<ParsedIdentifier> {
  if (idType === 'nip') {
    const parsed = parseNip(input, today);
    if (!parsed.ok) return parsed;
    return ok({ idType, identifier: parsed.value.nip, nip: parsed.value });
  }
  const identifier = input.trim().replace(/\s+/g, ' ');
  if (identifier === '') return fail('domain.identifier.empty', { id_type: idType });
  return ok({ idType, identifier, nip: null });
}
