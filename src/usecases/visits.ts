// Benchmarking visits (kunjungan): a cohort's trip to a lokus on a day, the groups (kelompok) it
// sent there and their companion.
import { parseDate, todayIso } from '../domain/dates.js';
import { isPlannedVisit } from '../domain/visit.js';
import type { Visit } from '../domain/types.js';
import { requireCohort } from '../db/cohorts.js';
import { requireLokus } from '../db/lokus.js';
import type { Db } from '../db/open.js';
import type { VisitWithLokusName } from '../db/visits.js';
import { listEnrolments } from '../db/people.js';
import { deleteVisit, findSameVisit, insertVisit, listVisits, requireVisit } from '../db/visits.js';
import { ConflictError, InvalidDataError, UsageError } from '../errors.js';
import { text, valueOf } from './validate.js';

export interface VisitInput {
  cohort: string;
  lokus: string;
  date: string;
  group?: string[] | undefined;
  companion?: string | undefined;
}

export function addVisit(db: Db, today: Date, input: VisitInput): VisitWithLokusName {
  // A future date is a planned visit (src/domain/visit.ts), so any real date is accepted.
  const date = valueOf(parseDate(input.date), 'date');
  const groups = groupList(input.group ?? []);
  const companion = text(input.companion, 'companion') ?? null;
  return db
    .transaction(() => {
      const cohort = requireCohort(db, input.cohort.trim());
      const lokus = requireLokus(db, input.lokus.trim());
      const same = findSameVisit(db, cohort.id, lokus.id, date);
      if (same !== undefined) throw new ConflictError('visit.exists', { cohort: cohort.code, lokus: lokus.code, date, id: same });
      const id = insertVisit(db, { cohortId: cohort.id, lokusId: lokus.id, date, groups, companion });
      return requireVisit(db, id);
    })
    .immediate();
}

export function listVisitsFiltered(db: Db, filter: { cohort?: string | undefined; lokus?: string | undefined }): VisitWithLokusName[] {
  const cohortId = filter.cohort !== undefined ? requireCohort(db, filter.cohort.trim()).id : undefined;
  const lokusId = filter.lokus !== undefined ? requireLokus(db, filter.lokus.trim()).id : undefined;
  return listVisits(db, { cohortId, lokusId });
}

export function parseVisitId(input: string): number {
  const trimmed = input.trim();
  if (!/^\d+$/.test(trimmed)) throw new UsageError('visit.invalidId', { value: input });
  return Number(trimmed);
}

export function removeVisit(db: Db, id: number): VisitWithLokusName {
  return db
    .transaction(() => {
      const visit = requireVisit(db, id);
      deleteVisit(db, id);
      return visit;
    })
    .immediate();
}


/** Whether the visit is still planned on `today` (its day is after today). */
export function visitIsPlanned(visit: Pick<Visit, 'date'>, today: Date): boolean {
  return isPlannedVisit(visit.date, todayIso(today));
}

/** A visit as scripts see it (SPEC §4): cohort and lokus as codes. */
export function publicVisit({ lokus_name: _name, ...visit }: VisitWithLokusName): Visit {
  return visit;
}

/** Trimmed group names, each once, in the order given. */
function groupList(names: readonly string[]): string[] {
  const list: string[] = [];
  for (const raw of names) {
    const name = text(raw, 'group')?.replace(/\s+/g, ' ') ?? '';
    if (name === '') throw new InvalidDataError('visit.groupEmpty', { field: 'group' });
    if (!list.includes(name)) list.push(name);
  }
  return list;
}

/** The groups (kelompok) a cohort's enrolments are in, in natural order: what a visit can send. */
export function cohortGroups(db: Db, cohortCode: string): string[] {
  const cohort = requireCohort(db, cohortCode.trim());
  const groups = new Set(listEnrolments(db, cohort.id, cohort.code).flatMap((e) => (e.group ? [e.group] : [])));
  return [...groups].sort((a, b) => a.localeCompare(b, 'id', { numeric: true }));
}
