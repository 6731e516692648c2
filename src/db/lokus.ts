// Queries of benchmarking sites (lokus) and the innovations they are known for.
import type { Lokus } from '../domain/types.js';
import { NotFoundError } from '../errors.js';
import { nearestCodes } from '../domain/nearest.js';
import { allCodes, idOfCode } from './codes.js';
import type { Db } from './open.js';

/** A lokus row with its innovations as a JSON array (json_group_array). */
type LokusRow = Omit<Lokus, 'innovations'> & { innovations: string };

export type LokusFields = Omit<Lokus, 'id' | 'innovations'>;

// Innovations in the order they were given; json_group_array keeps the subquery's order.
const selectLokus = `SELECT l.id, l.code, l.name, l.agency, l.city, l.province,
       (SELECT json_group_array(name) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = l.id ORDER BY position)) AS innovations
     FROM lokus l`;

function toLokus(row: LokusRow): Lokus {
  return { ...row, innovations: JSON.parse(row.innovations) as string[] };
}

/** A lokus by its code, or by its id when the reference is a number that is no lokus's code. */
export function findLokus(db: Db, ref: string): Lokus | undefined {
  const id = idOfCode(db, 'lokus', ref) ?? (/^\d+$/.test(ref) ? Number(ref) : undefined);
  if (id === undefined) return undefined;
  const row = db.prepare(`${selectLokus} WHERE l.id = ?`).get(id) as LokusRow | undefined;
  return row ? toLokus(row) : undefined;
}

/** Like findLokus; throws NotFoundError (4) naming the nearest existing codes ("did you mean"). */
/** The id of the lokus whose name is `name`, ignoring case (the oldest when two share it). */
export function lokusIdByName(db: Db, name: string): number | undefined {
  const row = db.prepare('SELECT id FROM lokus WHERE lower(name) = lower(?) ORDER BY id LIMIT 1').get(name) as { id: number } | undefined;
  return row?.id;
}

export function requireLokus(db: Db, ref: string): Lokus {
  const lokus = findLokus(db, ref);
  if (lokus) return lokus;
  throw lokusNotFound(db, ref);
}

/** The not-found error of a lokus reference, with the nearest codes when there are any. */
export function lokusNotFound(db: Db, ref: string): NotFoundError {
  const near = nearestCodes(ref, allCodes(db, 'lokus'));
  return near.length > 0 ? new NotFoundError('lokus.notFoundNear', { ref, near: near.join(', ') }) : new NotFoundError('lokus.notFound', { ref });
}

/** True when another lokus has this code in any case. */
export function lokusCodeTaken(db: Db, code: string): boolean {
  return idOfCode(db, 'lokus', code) !== undefined;
}

export function insertLokus(db: Db, fields: LokusFields): number {
  const result = db
    .prepare('INSERT INTO lokus (code, name, agency, city, province) VALUES (@code, @name, @agency, @city, @province)')
    .run(fields);
  return Number(result.lastInsertRowid);
}

export function updateLokus(db: Db, id: number, fields: LokusFields): void {
  db.prepare('UPDATE lokus SET code = @code, name = @name, agency = @agency, city = @city, province = @province WHERE id = @id').run({
    ...fields,
    id,
  });
}

/** Replaces a lokus's innovations with `names`, in that order. */
export function setInnovations(db: Db, lokusId: number, names: readonly string[]): void {
  db.prepare('DELETE FROM lokus_innovations WHERE lokus_id = ?').run(lokusId);
  const insert = db.prepare('INSERT INTO lokus_innovations (lokus_id, position, name) VALUES (?, ?, ?)');
  names.forEach((name, index) => insert.run(lokusId, index + 1, name));
}

export interface LokusFilter {
  city?: string | undefined;
  province?: string | undefined;
}

export function listLokus(db: Db, { city, province }: LokusFilter = {}): Lokus[] {
  const rows = db
    .prepare(
      `${selectLokus}
       WHERE (@city IS NULL OR l.city LIKE '%' || @city || '%') AND (@province IS NULL OR l.province LIKE '%' || @province || '%')
       ORDER BY l.province, l.city, l.name, l.code`,
    )
    .all({ city: city ?? null, province: province ?? null }) as LokusRow[];
  return rows.map(toLokus);
}

export interface LokusCounts {
  visits: number;
  inspired_projects: number;
}

export function countLokusRecords(db: Db, id: number): LokusCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM visits WHERE lokus_id = @id) AS visits,
              (SELECT count(*) FROM projects WHERE inspired_by_lokus_id = @id) AS inspired_projects`,
    )
    .get({ id }) as LokusCounts;
}

/** Removes a lokus with its visits; projects it inspired keep their data and lose the link (ON DELETE SET NULL). */
export function deleteLokusWithVisits(db: Db, id: number): void {
  db.prepare('DELETE FROM visits WHERE lokus_id = ?').run(id);
  db.prepare('DELETE FROM lokus WHERE id = ?').run(id);
}
