// Queries of benchmarking visits: a cohort's visit to a lokus, with the groups (kelompok) it sent.
import type { Visit } from '../domain/types.js';
import { NotFoundError } from '../errors.js';
import type { Db } from './open.js';

interface VisitRow {
  id: number;
  cohort: string;
  lokus: string;
  lokus_name: string;
  date: string;
  groups: string;
  companion: string | null;
}

/** A visit with its lokus's name, for people reading a table. */
export type VisitWithLokusName = Visit & { lokus_name: string };

const selectVisit = `SELECT v.id, c.code AS cohort, l.code AS lokus, l.name AS lokus_name, v.date, v.companion,
       (SELECT json_group_array(group_name) FROM (SELECT group_name FROM visit_groups WHERE visit_id = v.id ORDER BY rowid)) AS groups
     FROM visits v JOIN cohorts c ON c.id = v.cohort_id JOIN lokus l ON l.id = v.lokus_id`;

function toVisit(row: VisitRow): VisitWithLokusName {
  return {
    id: row.id,
    cohort: row.cohort,
    lokus: row.lokus,
    date: row.date,
    groups: JSON.parse(row.groups) as string[],
    companion: row.companion,
    lokus_name: row.lokus_name,
  };
}

export function findVisit(db: Db, id: number): VisitWithLokusName | undefined {
  const row = db.prepare(`${selectVisit} WHERE v.id = ?`).get(id) as VisitRow | undefined;
  return row ? toVisit(row) : undefined;
}

export function requireVisit(db: Db, id: number): VisitWithLokusName {
  const visit = findVisit(db, id);
  if (!visit) throw new NotFoundError('visit.notFound', { id });
  return visit;
}

export interface VisitFields {
  cohortId: number;
  lokusId: number;
  date: string;
  groups: readonly string[];
  companion: string | null;
}

export function insertVisit(db: Db, fields: VisitFields): number {
  const result = db
    .prepare('INSERT INTO visits (cohort_id, lokus_id, date, companion) VALUES (?, ?, ?, ?)')
    .run(fields.cohortId, fields.lokusId, fields.date, fields.companion);
  const id = Number(result.lastInsertRowid);
  const insertGroup = db.prepare('INSERT INTO visit_groups (visit_id, group_name) VALUES (?, ?)');
  for (const group of fields.groups) insertGroup.run(id, group);
  return id;
}

/** The id of a visit of this cohort to this lokus on this day, if one is recorded. */
export function findSameVisit(db: Db, cohortId: number, lokusId: number, date: string): number | undefined {
  const row = db.prepare('SELECT id FROM visits WHERE cohort_id = ? AND lokus_id = ? AND date = ?').get(cohortId, lokusId, date) as
    | { id: number }
    | undefined;
  return row?.id;
}

export interface VisitFilter {
  cohortId?: number | undefined;
  lokusId?: number | undefined;
}

export function listVisits(db: Db, { cohortId, lokusId }: VisitFilter = {}): VisitWithLokusName[] {
  const rows = db
    .prepare(
      `${selectVisit}
       WHERE (@cohortId IS NULL OR v.cohort_id = @cohortId) AND (@lokusId IS NULL OR v.lokus_id = @lokusId)
       ORDER BY v.date, c.code, l.code, v.id`,
    )
    .all({ cohortId: cohortId ?? null, lokusId: lokusId ?? null }) as VisitRow[];
  return rows.map(toVisit);
}

/** Removes a visit; its groups go with it (ON DELETE CASCADE). */
export function deleteVisit(db: Db, id: number): void {
  db.prepare('DELETE FROM visits WHERE id = ?').run(id);
}
