// A person's fields as a command gives them (participant add and edit): read through the domain's
// rules, then merged onto the person as stored; for an NIP, gender and birth date agree with it.
import { parseEmail, parsePhone } from '../domain/contact.js';
import { parsePastDate } from '../domain/dates.js';
import { parseGender } from '../domain/gender.js';
import type { ParsedIdentifier } from '../domain/nip.js';
import { checkNipBirthDate, checkNipGender } from '../domain/nip.js';
import { parseRankGrade } from '../domain/rank.js';
import type { Gender, IsoDate, Person } from '../domain/types.js';
import { InvalidDataError } from '../errors.js';
import { pick } from './cohorts.js';
import { optional, text, valueOf } from './validate.js';

export interface PersonInput {
  name?: string | undefined;
  gender?: string | undefined;
  birthDate?: string | undefined;
  rank?: string | undefined;
  grade?: string | undefined;
  position?: string | undefined;
  agency?: string | undefined;
  unit?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  idType?: string | undefined;
}

/** The fields a command gave, validated; undefined means "not given", null "cleared". */
export interface PersonChanges {
  name: string | null | undefined;
  gender: Gender | null | undefined;
  birth_date: IsoDate | null | undefined;
  rankGrade: { rank: string | null; grade: string | null } | undefined;
  position: string | null | undefined;
  agency: string | null | undefined;
  unit: string | null | undefined;
  email: string | null | undefined;
  phone: string | null | undefined;
}

/** The fields given, each checked by its rule; InvalidDataError naming the field at fault. */
export function readPersonChanges(input: PersonInput, today: Date): PersonChanges {
  let rankGrade: PersonChanges['rankGrade'];
  if (input.rank !== undefined || input.grade !== undefined) {
    const field = input.rank !== undefined ? 'rank' : 'grade';
    const parsed = valueOf(parseRankGrade(input.rank ?? null, input.grade ?? null), field);
    rankGrade = parsed ? { rank: parsed.rank, grade: parsed.grade } : { rank: null, grade: null };
  }
  const name = text(input.name, 'name');
  return {
    name: name === undefined || name === null ? name : name.replace(/\s+/g, ' '),
    gender: optional(input.gender, 'gender', parseGender),
    birth_date: optional(input.birthDate, 'birthDate', (value) => parsePastDate(value, today)),
    rankGrade,
    position: text(input.position, 'position'),
    agency: text(input.agency, 'agency'),
    unit: text(input.unit, 'unit'),
    email: optional(input.email, 'email', parseEmail),
    phone: optional(input.phone, 'phone', parsePhone),
  };
}

/** A new person known only by identifier and name. */
export function emptyPerson(identifier: ParsedIdentifier, name: string): Person {
  return {
    nip: identifier.identifier,
    id_type: identifier.idType,
    name,
    gender: null,
    birth_date: null,
    rank: null,
    grade: null,
    position: null,
    agency: null,
    unit: null,
    email: null,
    phone: null,
  };
}

/**
 * The person after applying the given changes. For an NIP, gender and birth date come from its
 * digits when not given (or not yet known), and a given one must agree with them.
 */
export function mergePerson(current: Person, identifier: ParsedIdentifier, changes: PersonChanges, setIdType: boolean): Person {
  let gender = pick(changes.gender, current.gender);
  let birthDate = pick(changes.birth_date, current.birth_date);
  const nip = identifier.nip;
  if (nip) {
    gender = valueOf(checkNipGender(nip, gender), 'gender');
    birthDate = valueOf(checkNipBirthDate(nip, birthDate), 'birthDate');
  }
  const name = pick(changes.name, current.name);
  if (!name) throw new InvalidDataError('participant.nameEmpty', { field: 'name' });
  return {
    nip: identifier.identifier,
    id_type: setIdType ? identifier.idType : current.id_type,
    name,
    gender,
    birth_date: birthDate,
    rank: changes.rankGrade ? changes.rankGrade.rank : current.rank,
    grade: changes.rankGrade ? changes.rankGrade.grade : current.grade,
    position: pick(changes.position, current.position),
    agency: pick(changes.agency, current.agency),
    unit: pick(changes.unit, current.unit),
    email: pick(changes.email, current.email),
    phone: pick(changes.phone, current.phone),
  };
}
