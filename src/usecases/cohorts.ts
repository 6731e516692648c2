// Cohorts (angkatan): add, list, show, edit, remove.
import { parseDate } from '../domain/dates.js';
import { parseProgram } from '../domain/program.js';
import { parseCohortNumber } from '../domain/roman.js';
import { parseCode } from '../domain/text.js';
import type { Cohort } from '../domain/types.js';
import type { CohortCounts, CohortFields } from '../db/cohorts.js';
import { countCohortRecords, deleteCohortWithRecords, findCohort, insertCohort, listCohorts, requireCohort, updateCohort } from '../db/cohorts.js';
import type { Db } from '../db/open.js';
import { ConflictError, InvalidDataError } from '../errors.js';
import { optional, parseYear, text, valueOf } from './validate.js';

export interface CohortInput {
  program?: string | undefined;
  number?: string | undefined;
  year?: string | undefined;
  organizer?: string | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
  place?: string | undefined;
}

// Kept here too for the use cases that take it from their cohorts; it lives with the other option checks.
export { parseYear };

export function addCohort(db: Db, code: string, input: CohortInput): Cohort {
  const fields: CohortFields = {
    code: valueOf(parseCode(code), 'CODE'),
    program: valueOf(parseProgram(input.program ?? ''), 'program'),
    number: valueOf(parseCohortNumber(input.number ?? ''), 'number'),
    year: parseYear(input.year ?? ''),
    organizer: text(input.organizer, 'organizer') ?? null,
    start_date: optional(input.startDate, 'startDate', parseDate) ?? null,
    end_date: optional(input.endDate, 'endDate', parseDate) ?? null,
    place: text(input.place, 'place') ?? null,
  };
  checkDateOrder(fields);
  db.transaction(() => {
    if (findCohort(db, fields.code)) throw new ConflictError('cohort.exists', { code: fields.code });
    insertCohort(db, fields);
  }).immediate();
  return publicCohort(requireCohort(db, fields.code));
}

export function editCohort(db: Db, code: string, input: CohortInput & { code?: string | undefined }): Cohort {
  return db.transaction(() => {
    const current = requireCohort(db, code);
    const next: CohortFields = {
      code: input.code !== undefined ? valueOf(parseCode(input.code), 'code') : current.code,
      program: input.program !== undefined ? valueOf(parseProgram(input.program), 'program') : current.program,
      number: input.number !== undefined ? valueOf(parseCohortNumber(input.number), 'number') : current.number,
      year: input.year !== undefined ? parseYear(input.year) : current.year,
      organizer: pick(text(input.organizer, 'organizer'), current.organizer),
      start_date: pick(optional(input.startDate, 'startDate', parseDate), current.start_date),
      end_date: pick(optional(input.endDate, 'endDate', parseDate), current.end_date),
      place: pick(text(input.place, 'place'), current.place),
    };
    checkDateOrder(next);
    if (next.code.toLowerCase() !== current.code.toLowerCase() && findCohort(db, next.code)) throw new ConflictError('cohort.exists', { code: next.code });
    updateCohort(db, current.id, next);
    return publicCohort(requireCohort(db, next.code));
  }).immediate();
}

export interface CohortDetail extends Cohort {
  counts: CohortCounts;
}

export function showCohort(db: Db, code: string): CohortDetail {
  const cohort = requireCohort(db, code);
  return { ...publicCohort(cohort), counts: countCohortRecords(db, cohort.id) };
}

export function listCohortsFiltered(db: Db, filter: { year?: string | undefined; program?: string | undefined }): Cohort[] {
  return listCohorts(db, {
    year: filter.year !== undefined ? parseYear(filter.year) : undefined,
    program: filter.program !== undefined ? valueOf(parseProgram(filter.program), 'program') : undefined,
  });
}

/** Removes a cohort. One that holds participants, projects or visits needs `force`. */
export function removeCohort(db: Db, code: string, force: boolean): CohortCounts {
  return db.transaction(() => {
    const cohort = requireCohort(db, code);
    const counts = countCohortRecords(db, cohort.id);
    const holdsRecords = counts.participants + counts.projects + counts.visits > 0;
    if (holdsRecords && !force) throw new ConflictError('cohort.notEmpty', { code, ...counts });
    deleteCohortWithRecords(db, cohort.id);
    return counts;
  }).immediate();
}

/** A cohort as shown to users and scripts: without its internal row id. */
function publicCohort({ id: _id, ...cohort }: Cohort & { id: number }): Cohort {
  return cohort;
}

function checkDateOrder(cohort: { start_date: string | null; end_date: string | null }): void {
  if (cohort.start_date && cohort.end_date && cohort.end_date < cohort.start_date) {
    throw new InvalidDataError('cohort.endBeforeStart', { field: 'endDate', start: cohort.start_date, end: cohort.end_date });
  }
}

/** An edit's value: undefined keeps the current one, null clears it. */
export function pick<T>(next: T | null | undefined, current: T | null): T | null {
  return next === undefined ? current : next;
}

