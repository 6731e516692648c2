// One row of a participant list, checked as a whole: every problem of the row is collected (an
// officer fixes a row once, not once per field), and the values come back normalised, ready to
// store. Pure: the import pipeline reads the file and writes the database around it.
import { parseDate } from './dates.js';
import { parseEmail, parsePhone } from './contact.js';
import { parseEnrolmentStatus } from './enrolment.js';
import { parseGender } from './gender.js';
import { checkNipGender, parseIdentifier, parseIdType, type ParsedNip } from './nip.js';
import { parseRankGrade, type RankGrade } from './rank.js';
import type { EnrolmentStatus, Gender, IdType, IsoDate, Person, Problem, Result } from './types.js';

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

export type RowResult = { ok: true; value: ParticipantRow } | { ok: false; problems: FieldProblem[] };

export interface RowOptions {
  /** The NIP cell of a workbook held a number: Excel has already dropped its last digits. */
  nipStoredAsNumber?: boolean;
}

/** The message for an NIP that a spreadsheet stored as a number (catalogue: import). */
export const NIP_STORED_AS_NUMBER = 'import.error.nipStoredAsNumber';
export const REQUIRED = 'import.row.required';
export const BIRTH_DATE_MISMATCH = 'import.row.birthDateMismatch';

/** Collapses runs of white space (a line break typed inside a cell) into one space. */
function clean(value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

export function validateParticipantRow(values: ParticipantValues, today: Date, options: RowOptions = {}): RowResult {
  const problems: FieldProblem[] = [];
  const problem = (field: string, p: Problem): void => {
    problems.push({ field, key: p.key, params: p.params ?? {} });
  };

  let idType: IdType = 'nip';
  const idTypeText = clean(values.id_type);
  if (idTypeText !== null) {
    const parsed = parseIdType(idTypeText);
    if (parsed.ok) idType = parsed.value;
    else problem('id_type', parsed.problem);
  }

  let identifier = '';
  let nip: ParsedNip | null = null;
  const nipText = values.nip ?? '';
  if (options.nipStoredAsNumber && idType === 'nip') {
    problem('nip', { key: NIP_STORED_AS_NUMBER, params: { value: nipText } });
  } else if (nipText.trim() === '') {
    problem('nip', { key: REQUIRED, params: { field: 'nip' } });
  } else {
    const parsed = parseIdentifier(nipText, idType, today);
    if (parsed.ok) {
      identifier = parsed.value.identifier;
      nip = parsed.value.nip;
    } else problem('nip', parsed.problem);
  }

  const name = clean(values.name);
  if (name === null) problem('name', { key: REQUIRED, params: { field: 'name' } });

  let gender: Gender | null = null;
  const genderText = clean(values.gender);
  if (genderText !== null) {
    const parsed = parseGender(genderText);
    if (parsed.ok) gender = parsed.value;
    else problem('gender', parsed.problem);
  }
  if (nip !== null) {
    const agreed = checkNipGender(nip, gender);
    if (agreed.ok) gender = agreed.value;
    else if (genderText !== null && gender !== null) problem('gender', agreed.problem);
  }

  let birthDate: IsoDate | null = null;
  const birthText = clean(values.birth_date);
  if (birthText !== null) {
    const parsed = parseDate(birthText);
    if (!parsed.ok) problem('birth_date', parsed.problem);
    else if (nip !== null && parsed.value !== nip.birthDate) {
      problem('birth_date', { key: BIRTH_DATE_MISMATCH, params: { value: birthText, nip: nip.nip, date: nip.birthDate } });
    } else birthDate = parsed.value;
  } else if (nip !== null) birthDate = nip.birthDate;

  const rankGrade = readRankGrade(values, problem);

  let email: string | null = null;
  const emailText = clean(values.email);
  if (emailText !== null) {
    const parsed = parseEmail(emailText);
    if (parsed.ok) email = parsed.value;
    else problem('email', parsed.problem);
  }

  let phone: string | null = null;
  const phoneText = clean(values.phone);
  if (phoneText !== null) {
    const parsed = parsePhone(phoneText);
    if (parsed.ok) phone = parsed.value;
    else problem('phone', parsed.problem);
  }

  let status: EnrolmentStatus | null = null;
  const statusText = clean(values.status);
  if (statusText !== null) {
    const parsed = parseEnrolmentStatus(statusText);
    if (parsed.ok) status = parsed.value;
    else problem('status', parsed.problem);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      nip: identifier,
      id_type: idType,
      name: name!,
      gender,
      birth_date: birthDate,
      rank: rankGrade?.rank ?? null,
      grade: rankGrade?.grade ?? null,
      position: clean(values.position),
      agency: clean(values.agency),
      unit: clean(values.unit),
      email,
      phone,
      group: clean(values.group),
      status,
    },
  };
}

/**
 * An e-mail address as agencies issue them: parseEmail's shape, except that repeated dots in the
 * part before the @ are kept as typed — addresses made from names like "Muh. Siregar"
 * (muh..siregar@…) exist and are delivered, and the officers' lists carry them.
 */
/**
 * Rank and grade from separate columns, a combined "Penata Tk. I (III/d)" column, or both; when
 * both are given they must name the same grade.
 */
function readRankGrade(values: ParticipantValues, problem: (field: string, p: Problem) => void): RankGrade | null {
  const rank = clean(values.rank);
  const grade = clean(values.grade);
  const combined = clean(values.rank_grade);
  let separate: RankGrade | null = null;
  if (rank !== null || grade !== null) {
    const parsed = parseRankGrade(rank, grade);
    if (!parsed.ok) {
      const field = parsed.problem.key === 'domain.rank.unknown_grade' && grade !== null ? 'grade' : rank !== null ? 'rank' : 'grade';
      problem(field, parsed.problem);
      return null;
    }
    separate = parsed.value;
  }
  if (combined === null) return separate;
  const parsed = parseRankGrade(combined, null);
  if (!parsed.ok) {
    problem('rank_grade', parsed.problem);
    return null;
  }
  if (separate !== null && parsed.value !== null && separate.grade !== parsed.value.grade) {
    problem('rank_grade', {
      key: 'domain.rank.mismatch',
      params: { value: combined, first: `${separate.rank} (${separate.grade})`, second: `${parsed.value.rank} (${parsed.value.grade})` },
    });
    return null;
  }
  return parsed.value ?? separate;
}
