// Queries of adoption records: who took a project up, how, and any award.
import type { AdoptionKind, IsoDate } from '../domain/types.js';
import type { Db } from './open.js';

export interface Adoption {
  id: number;
  date: IsoDate;
  kind: AdoptionKind;
  adopted_by: string[];
  award: string | null;
}

/**
 * The adoption columns of a project row (SPEC §4), for the project whose id is the SQL expression
 * `projectId` (e.g. `pr.id`): adopted_by, a JSON array of every adopter once, in the order they were
 * recorded; adoption_kind, the kind of the latest record; award, the latest award given (a later
 * record without one does not take it away). The one definition every project query uses.
 */
export function adoptionColumns(projectId: string): string {
  return `(SELECT json_group_array(adopter) FROM (
            SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id
            WHERE a.project_id = ${projectId} GROUP BY aa.adopter ORDER BY min(aa.rowid))) AS adopted_by,
         (SELECT a.kind FROM adoptions a WHERE a.project_id = ${projectId} ORDER BY a.date DESC, a.id DESC LIMIT 1) AS adoption_kind,
         (SELECT a.award FROM adoptions a WHERE a.project_id = ${projectId} AND a.award IS NOT NULL ORDER BY a.date DESC, a.id DESC LIMIT 1) AS award`;
}

export function insertAdoption(db: Db, projectId: number, adoption: { kind: AdoptionKind; adopters: string[]; award: string | null; date: IsoDate }): number {
  const result = db
    .prepare('INSERT INTO adoptions (project_id, kind, award, date) VALUES (?, ?, ?, ?)')
    .run(projectId, adoption.kind, adoption.award, adoption.date);
  const id = Number(result.lastInsertRowid);
  const insertAdopter = db.prepare('INSERT INTO adoption_adopters (adoption_id, adopter) VALUES (?, ?)');
  for (const adopter of adoption.adopters) insertAdopter.run(id, adopter);
  return id;
}

export function listAdoptions(db: Db, projectId: number): Adoption[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.date, a.kind,
              (SELECT json_group_array(adopter) FROM (
                 SELECT adopter FROM adoption_adopters WHERE adoption_id = a.id ORDER BY rowid)) AS adopted_by,
              a.award
       FROM adoptions a WHERE a.project_id = ? ORDER BY a.date, a.id`,
    )
    .all(projectId) as (Omit<Adoption, 'adopted_by'> & { adopted_by: string })[];
  return rows.map((row) => ({ ...row, adopted_by: JSON.parse(row.adopted_by) as string[] }));
}
