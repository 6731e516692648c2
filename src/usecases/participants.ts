// Participants (peserta): a person, identified by NIP (or NRP / another identifier), and their
// enrolments in cohorts. A person is kept once; each cohort they join is an enrolment.
import { parseEnrolmentStatus } from '../domain/enrolment.js';
import { formatNip, identifierKey, parseIdentifier, parseIdType } from '../domain/nip.js';
import { parseProgram } from '../domain/program.js';
import type { Enrolment, Person, Project } from '../domain/types.js';
import { requireCohort } from '../db/cohorts.js';
import type { Db } from '../db/open.js';
import type { PersonCohort, PersonRow } from '../db/people.js';
import {
  cohortsOfPerson,
  countProjects,
  deleteEnrolment,
  deleteEnrolmentsOfPerson,
  deletePerson,
  deleteProjectsOf,
  findEnrolment,
  findPerson,
  getEnrolment,
  insertEnrolment,
  insertPerson,
  listEnrolments,
  listPeople,
  projectsOfPerson,
  soleEnrolment,
  updateEnrolment,
  updatePerson,
} from '../db/people.js';
import { ConflictError, NotFoundError, UsageError } from '../errors.js';
import { parseYear, pick } from './cohorts.js';
import { optional, text, valueOf } from './validate.js';
import type { PersonInput } from './person-fields.js';
import { emptyPerson, mergePerson, readPersonChanges } from './person-fields.js';

export type { PersonInput };

export interface EnrolmentInput {
  cohort?: string | undefined;
  group?: string | undefined;
  status?: string | undefined;
}

/** What `add` recorded: the person, and their enrolment when a cohort was named. */
export interface AddedParticipant {
  person: Person;
  enrolment: Enrolment | null;
  /** False when the person was already known (by NIP) and was reused. */
  newPerson: boolean;
}

export function addParticipant(db: Db, today: Date, nipInput: string, input: PersonInput & EnrolmentInput): AddedParticipant {
  const idType = input.idType !== undefined ? valueOf(parseIdType(input.idType), 'idType') : 'nip';
  const identifier = valueOf(parseIdentifier(nipInput, idType, today), 'NIP');
  const changes = readPersonChanges(input, today);
  const status = optional(input.status, 'status', parseEnrolmentStatus) ?? 'active';
  const group = text(input.group, 'group') ?? null;

  return db
    .transaction(() => {
      const cohort = input.cohort !== undefined ? requireCohort(db, input.cohort.trim()) : undefined;
      const existing = findPerson(db, identifier.identifier);
      let personId: number;
      if (existing) {
        if (!cohort) throw new ConflictError('participant.exists', { nip: shownNip(identifier.identifier) });
        personId = existing.id;
        updatePerson(db, personId, mergePerson(existing, identifier, changes, input.idType !== undefined));
      } else {
        const name = changes.name;
        if (!name) throw new UsageError('participant.nameRequired', { flag: 'name' });
        personId = insertPerson(db, mergePerson(emptyPerson(identifier, name), identifier, changes, true));
      }
      let enrolment: Enrolment | null = null;
      if (cohort) {
        if (findEnrolment(db, cohort.id, personId)) {
          throw new ConflictError('participant.alreadyEnrolled', { nip: shownNip(identifier.identifier), cohort: cohort.code });
        }
        enrolment = getEnrolment(db, insertEnrolment(db, cohort.id, personId, group, status));
      }
      return { person: publicPerson(requirePerson(db, identifier.identifier)), enrolment, newPerson: !existing };
    })
    .immediate();
}

export interface EditInput extends PersonInput, EnrolmentInput {
  /** A corrected NIP (or other identifier). */
  nip?: string | undefined;
}

export interface EditedParticipant {
  person: Person;
  enrolment: Enrolment | null;
}

export function editParticipant(db: Db, today: Date, nipInput: string, input: EditInput): EditedParticipant {
  const changes = readPersonChanges(input, today);
  const idTypeGiven = input.idType !== undefined ? valueOf(parseIdType(input.idType), 'idType') : undefined;
  const status = optional(input.status, 'status', parseEnrolmentStatus);
  const group = text(input.group, 'group');
  const touchesEnrolment = status !== undefined || group !== undefined;

  return db
    .transaction(() => {
      const current = requirePerson(db, identifierKey(nipInput));
      const idType = idTypeGiven ?? current.id_type;
      const identifier = valueOf(parseIdentifier(input.nip ?? current.nip, idType, today), input.nip !== undefined ? 'nip' : 'NIP');
      if (identifier.identifier !== current.nip && findPerson(db, identifier.identifier)) {
        throw new ConflictError('participant.nipTaken', { nip: shownNip(identifier.identifier) });
      }
      // A corrected NIP brings its own birth date and gender unless they are given too.
      const nipChanged = identifier.identifier !== current.nip || idType !== current.id_type;
      const base: PersonRow = nipChanged && identifier.nip ? { ...current, gender: null, birth_date: null } : current;
      updatePerson(db, current.id, mergePerson(base, identifier, changes, true));

      let enrolment: Enrolment | null = null;
      if (input.cohort !== undefined || touchesEnrolment) {
        const row = enrolmentToEdit(db, current, input.cohort);
        updateEnrolment(db, row.id, { cohortId: row.cohort_id, group: pick(group, row.group_name), status: status ?? row.status });
        enrolment = getEnrolment(db, row.id);
      }
      return { person: publicPerson(requirePerson(db, identifier.identifier)), enrolment };
    })
    .immediate();
}

/** The enrolment that --group or --status changes: the one in --cohort, or the person's only one. */
function enrolmentToEdit(db: Db, person: PersonRow, cohortCode: string | undefined) {
  if (cohortCode !== undefined) {
    const cohort = requireCohort(db, cohortCode.trim());
    return requireEnrolment(db, cohort, person);
  }
  const sole = soleEnrolment(db, person.id);
  if (!sole) throw new UsageError('participant.whichCohort', { nip: shownNip(person.nip) });
  return sole;
}

export interface ParticipantFilter {
  cohort?: string | undefined;
  agency?: string | undefined;
  group?: string | undefined;
  year?: string | undefined;
  program?: string | undefined;
}

export type ListedPerson = Person & { cohorts: string[] };

/** Without a cohort: people once each with their cohorts. With one: that cohort's enrolments. */
export function listParticipants(db: Db, filter: ParticipantFilter): { kind: 'people'; people: ListedPerson[] } | { kind: 'enrolments'; enrolments: Enrolment[] } {
  const year = filter.year !== undefined ? parseYear(filter.year) : undefined;
  const program = filter.program !== undefined ? valueOf(parseProgram(filter.program), 'program') : undefined;
  const agency = text(filter.agency, 'agency') ?? undefined;
  const group = text(filter.group, 'group') ?? undefined;
  if (filter.cohort !== undefined) {
    const cohort = requireCohort(db, filter.cohort.trim());
    const outside = (year !== undefined && cohort.year !== year) || (program !== undefined && cohort.program !== program);
    return { kind: 'enrolments', enrolments: outside ? [] : listEnrolments(db, cohort.id, cohort.code, { agency, group }) };
  }
  return { kind: 'people', people: listPeople(db, { agency, group, year, program }) };
}

export interface ParticipantDetail extends Person {
  cohorts: PersonCohort[];
  projects: Project[];
}

export function showParticipant(db: Db, nipInput: string): ParticipantDetail {
  const person = requirePerson(db, identifierKey(nipInput));
  return { ...publicPerson(person), cohorts: cohortsOfPerson(db, person.id), projects: projectsOfPerson(db, person.id) };
}

export interface RemovedParticipant {
  nip: string;
  cohort: string | null;
  enrolments: number;
  projects: number;
  /** True when the person record itself was removed (no --cohort). */
  person_removed: boolean;
}

/**
 * Removes one enrolment (with a cohort) or the person with all their enrolments (without).
 * A project in the way needs `force`, and is removed with its events and milestones.
 */
export function removeParticipant(db: Db, nipInput: string, cohortCode: string | undefined, force: boolean): RemovedParticipant {
  return db
    .transaction(() => {
      const person = requirePerson(db, identifierKey(nipInput));
      if (cohortCode !== undefined) {
        const cohort = requireCohort(db, cohortCode.trim());
        const enrolment = requireEnrolment(db, cohort, person);
        const projects = countProjects(db, { enrolmentId: enrolment.id });
        if (projects > 0 && !force) throw new ConflictError('participant.hasProject', { nip: shownNip(person.nip), projects });
        deleteProjectsOf(db, { enrolmentId: enrolment.id });
        deleteEnrolment(db, enrolment.id);
        return { nip: person.nip, cohort: cohort.code, enrolments: 1, projects, person_removed: false };
      }
      const enrolments = cohortsOfPerson(db, person.id).length;
      const projects = countProjects(db, { personId: person.id });
      if (projects > 0 && !force) throw new ConflictError('participant.hasProject', { nip: shownNip(person.nip), projects });
      deleteProjectsOf(db, { personId: person.id });
      deleteEnrolmentsOfPerson(db, person.id);
      deletePerson(db, person.id);
      return { nip: person.nip, cohort: null, enrolments, projects, person_removed: true };
    })
    .immediate();
}

export interface MovedParticipant {
  enrolment: Enrolment;
  from: string;
  /** Whether a project moved along with the enrolment. */
  project_moved: boolean;
}

/**
 * Moves an enrolment to another cohort; its group is cleared, its status is active again, and its
 * project (which references the enrolment) moves with it.
 */
export function moveParticipant(db: Db, nipInput: string, fromCode: string, toCode: string): MovedParticipant {
  return db
    .transaction(() => {
      const person = requirePerson(db, identifierKey(nipInput));
      const from = requireCohort(db, fromCode.trim());
      const to = requireCohort(db, toCode.trim());
      const enrolment = requireEnrolment(db, from, person);
      if (from.id === to.id || findEnrolment(db, to.id, person.id)) {
        throw new ConflictError('participant.alreadyEnrolled', { nip: shownNip(person.nip), cohort: to.code });
      }
      // The enrolment starts afresh in its new cohort: "tidak lulus" there says nothing of this one.
      updateEnrolment(db, enrolment.id, { cohortId: to.id, group: null, status: 'active' });
      const projectMoved = countProjects(db, { enrolmentId: enrolment.id }) > 0;
      return { enrolment: getEnrolment(db, enrolment.id), from: from.code, project_moved: projectMoved };
    })
    .immediate();
}

/** The person with this NIP, or a not-found error that shows the NIP as officers write it. */
function requirePerson(db: Db, nip: string): PersonRow {
  const person = findPerson(db, nip);
  if (!person) throw new NotFoundError('participant.notFound', { nip: shownNip(nip) });
  return person;
}

function requireEnrolment(db: Db, cohort: { id: number; code: string }, person: PersonRow) {
  const enrolment = findEnrolment(db, cohort.id, person.id);
  if (!enrolment) throw new NotFoundError('participant.notEnrolled', { nip: shownNip(person.nip), cohort: cohort.code });
  return enrolment;
}

/** `19820315 200801 1 004` for an NIP, anything else as it is: how messages name a person. */
function shownNip(nip: string): string {
  return formatNip(nip);
}

/** A person as shown to users and scripts: without the internal row id. */
function publicPerson({ id: _id, ...person }: PersonRow): Person {
  return person;
}

/** The person known by this NIP (or NRP), if any: `participant add` then needs no name. */
export function knownPerson(db: Db, nipInput: string): Person | undefined {
  const row = findPerson(db, identifierKey(nipInput));
  return row ? publicPerson(row) : undefined;
}
