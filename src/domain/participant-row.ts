// One row of a participant list, checked as a whole: every problem of the row is collected (an
// officer fixes a row once, not once per field), and the values come back normalised, ready to
// store. Pure: the import pipeline reads the file and writes the database around it.
import { parseDate } from './dates.js';
import { parseEmail, parsePhone } from './contact.js';
import { parseEnrolmentStatus } from './enrolment.js';
import { parseGender } from './gender.js';
import { checkNipBirthDate, checkNipGender, genderAgrees, parseIdentifier, parseIdType, parseNip, type ParsedNip } from './nip.js';
import { parseRankGrade, type RankGrade } from './rank.js';
import { readText } from './text.js';
import type { EnrolmentStatus, Gender, IdType, IsoDate, Person, Problem } from './types.js';

/** The cells of one row by field name (nip, name, gender, rank_grade …), trimmed, absent when empty. */
export type ParticipantValues = Readonly<Partial<Record<string, string>>>;

/** A problem of one field of the row; `key` is a message key of the catalogue. */
export interface FieldProblem {
  field: string;
  key: string;
  params: NonNullable<Problem['params']>;
}

/** A person as the row gives them; null fields were not given (the stored value is kept). */
export interface ParticipantRow extends Person {
  /** null when the row names no group. */
  group: string | null;
  /** null when the row names no status (a new enrolment is then active). */
  status: EnrolmentStatus | null;
}

/** A valid row may carry warnings: values repaired on reading (SPEC §6), said to the officer. */
export type RowResult = { ok: true; value: ParticipantRow; warnings?: FieldProblem[] } | { ok: false; problems: FieldProblem[] };

/** A phone that lost its leading 0 to a spreadsheet's number cell. */
export const PHONE_ZERO_RESTORED = 'import.warning.phoneZeroRestored';
// Indonesian mobile numbers start 08; an Excel number cell drops the 0: 81234567890.
const MOBILE_WITHOUT_ZERO = /^8\d{7,11}$/;

export interface RowOptions {
  /** The NIP cell of a workbook held a number: Excel has already dropped its last digits. */
  nipStoredAsNumber?: boolean;
}

/** The message for an NIP that a spreadsheet stored as a number (catalogue: import). */
export const NIP_STORED_AS_NUMBER = 'import.error.nipStoredAsNumber';
export const REQUIRED = 'import.row.required';

/** Collapses runs of white space (a line break typed inside a cell) into one space. */
function clean(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (isClean(value)) return value === '' ? null : value;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/**
 * True when clean() would return the text unchanged: no white space at either end, and inside it
 * only single plain spaces. Nearly every cell is like this; checking costs no allocation.
 */
function isClean(value: string): boolean {
  const last = value.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = value.charCodeAt(i);
    if (c > 32 && c < 0xa0) continue;
    if (c === 32) {
      if (i === 0 || i === last || value.charCodeAt(i - 1) === 32) return false;
    } else if (c <= 32 || isUnicodeSpace(c)) return false;
  }
  return true;
}

/** The characters above U+009F that the \s of a regular expression matches. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Lists repeat the same few words in the gender, rank, grade, status and id-type columns, so what
// each text reads as is remembered. The results are never modified; the caches are bounded
// (cleared when full), so a file of a million distinct texts costs no more memory than one.
const CACHE_LIMIT = 2048;
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      result = read(text);
      cache.set(text, result);
    }
    return result;
  };
}
const readIdType = remembered(parseIdType);
const readGender = remembered(parseGender);
const readStatus = remembered(parseEnrolmentStatus);
const readRankName = remembered((text) => parseRankGrade(text, null));
const readRankAndGrade = remembered((key) => {
  const cut = key.indexOf('\u0000');
  const rank = key.slice(0, cut);
  const grade = key.slice(cut + 1);
  return parseRankGrade(rank === '' ? null : rank, grade === '' ? null : grade);
});

function addProblem(problems: FieldProblem[] | null, field: string, p: Problem): FieldProblem[] {
  const list = problems ?? [];
  list.push({ field, key: p.key, params: p.params ?? {} });
  return list;
}

export function validateParticipantRow(values: ParticipantValues, today: Date, options: RowOptions = {}): RowResult {
  let problems: FieldProblem[] | null = null;

  let idType: IdType = 'nip';
  const idTypeText = clean(values.id_type);
  if (idTypeText !== null) {
    const parsed = readIdType(idTypeText);
    if (parsed.ok) idType = parsed.value;
    else problems = addProblem(problems, 'id_type', parsed.problem);
  }

  let identifier = '';
  let nip: ParsedNip | null = null;
  const nipText = values.nip ?? '';
  if (options.nipStoredAsNumber && idType === 'nip') {
    problems = addProblem(problems, 'nip', { key: NIP_STORED_AS_NUMBER, params: { value: nipText } });
  } else if (nipText.trim() === '') {
    problems = addProblem(problems, 'nip', { key: REQUIRED, params: { field: 'nip' } });
  } else if (idType === 'nip') {
    // parseIdentifier for an NIP, without wrapping the result once more.
    const parsed = parseNip(nipText, today);
    if (parsed.ok) {
      identifier = parsed.value.nip;
      nip = parsed.value;
    } else problems = addProblem(problems, 'nip', parsed.problem);
  } else {
    const parsed = parseIdentifier(nipText, idType, today);
    if (parsed.ok) identifier = parsed.value.identifier;
    else problems = addProblem(problems, 'nip', parsed.problem);
  }

  // Free text through the gate of src/domain/text.ts (NFC, no control characters, at most 200).
  const textField = (field: string): string | null => {
    const value = clean(values[field]);
    if (value === null) return null;
    const read = readText(value, 'name');
    if (read.ok) return read.value;
    problems = addProblem(problems, field, read.problem);
    return null;
  };
  const name = textField('name');
  if (name === null && clean(values.name) === null) problems = addProblem(problems, 'name', { key: REQUIRED, params: { field: 'name' } });

  let gender: Gender | null = null;
  const genderText = clean(values.gender);
  if (genderText !== null) {
    const parsed = readGender(genderText);
    if (parsed.ok) gender = parsed.value;
    else problems = addProblem(problems, 'gender', parsed.problem);
  }
  if (nip !== null) {
    if (genderAgrees(nip.gender, gender)) gender = nip.gender;
    else if (genderText !== null && gender !== null) {
      const agreed = checkNipGender(nip, gender);
      if (!agreed.ok) problems = addProblem(problems, 'gender', agreed.problem);
    }
  }

  let birthDate: IsoDate | null = null;
  const birthText = clean(values.birth_date);
  if (birthText !== null) {
    const parsed = parseDate(birthText);
    if (!parsed.ok) problems = addProblem(problems, 'birth_date', parsed.problem);
    else if (nip !== null) {
      const agreed = checkNipBirthDate(nip, parsed.value);
      if (agreed.ok) birthDate = agreed.value;
      else problems = addProblem(problems, 'birth_date', agreed.problem);
    } else birthDate = parsed.value;
  } else if (nip !== null) birthDate = nip.birthDate;

  let rankGrade: RankGrade | null = null;
  const rankRead = readRankGrade(values);
  if (rankRead.ok) rankGrade = rankRead.value;
  else problems = addProblem(problems, rankRead.field, rankRead.problem);

  let email: string | null = null;
  const emailText = clean(values.email);
  if (emailText !== null) {
    const parsed = parseEmail(emailText);
    if (parsed.ok) email = parsed.value;
    else problems = addProblem(problems, 'email', parsed.problem);
  }

  let phone: string | null = null;
  let warnings: FieldProblem[] | undefined;
  const phoneText = clean(values.phone);
  if (phoneText !== null) {
    const parsed = parsePhone(phoneText);
    if (parsed.ok) phone = parsed.value;
    else if (MOBILE_WITHOUT_ZERO.test(phoneText)) {
      const restored = parsePhone(`0${phoneText}`);
      if (restored.ok) {
        phone = restored.value;
        warnings = [{ field: 'phone', key: PHONE_ZERO_RESTORED, params: { value: phoneText, phone: restored.value } }];
      } else problems = addProblem(problems, 'phone', parsed.problem);
    } else problems = addProblem(problems, 'phone', parsed.problem);
  }

  let status: EnrolmentStatus | null = null;
  const statusText = clean(values.status);
  if (statusText !== null) {
    const parsed = readStatus(statusText);
    if (parsed.ok) status = parsed.value;
    else problems = addProblem(problems, 'status', parsed.problem);
  }

  const position = textField('position');
  const agency = textField('agency');
  const unit = textField('unit');
  const group = textField('group');
  if (problems !== null) return { ok: false, problems };
  const result: RowResult = {
    ok: true,
    value: {
      nip: identifier,
      id_type: idType,
      name: name!,
      gender,
      birth_date: birthDate,
      rank: rankGrade?.rank ?? null,
      grade: rankGrade?.grade ?? null,
      position,
      agency,
      unit,
      email,
      phone,
      group,
      status,
    },
  };
  if (warnings) result.warnings = warnings;
  return result;
}

/**
 * An e-mail address as agencies issue them: parseEmail's shape, except that repeated dots in the
 * part before the @ are kept as typed — addresses made from names like "Muh. Siregar"
 * (muh..siregar@…) exist and are delivered, and the officers' lists carry them.
 */
type RankReading = { ok: true; value: RankGrade | null } | { ok: false; field: string; problem: Problem };

/**
 * Rank and grade from separate columns, a combined "Penata Tk. I (III/d)" column, or both; when
 * both are given they must name the same grade.
 */
function readRankGrade(values: ParticipantValues): RankReading {
  const rank = clean(values.rank);
  const grade = clean(values.grade);
  const combined = clean(values.rank_grade);
  let separate: RankGrade | null = null;
  if (rank !== null || grade !== null) {
    // The remembered reading is keyed by both texts joined with a NUL, which a cell cannot be
    // allowed to hold for the key to be unambiguous.
    const parsed =
      rank?.includes('\u0000') === true || grade?.includes('\u0000') === true
        ? parseRankGrade(rank, grade)
        : readRankAndGrade(`${rank ?? ''}\u0000${grade ?? ''}`);
    if (!parsed.ok) {
      const field = parsed.problem.key === 'domain.rank.unknown_grade' && grade !== null ? 'grade' : rank !== null ? 'rank' : 'grade';
      return { ok: false, field, problem: parsed.problem };
    }
    separate = parsed.value;
  }
  if (combined === null) return { ok: true, value: separate };
  const parsed = readRankName(combined);
  if (!parsed.ok) return { ok: false, field: 'rank_grade', problem: parsed.problem };
  if (separate !== null && parsed.value !== null && separate.grade !== parsed.value.grade) {
    return {
      ok: false,
      field: 'rank_grade',
      problem: {
        key: 'domain.rank.mismatch',
        params: { value: combined, first: `${separate.rank} (${separate.grade})`, second: `${parsed.value.rank} (${parsed.value.grade})` },
      },
    };
  }
  return { ok: true, value: parsed.value ?? separate };
}
