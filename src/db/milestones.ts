// Queries of a project's milestones (short, medium and long term) and their rating.
import type { Horizon, IsoDate, Milestone, Rating } from '../domain/types.js';
import type { Db } from './open.js';

const columns = 'id, project_id, horizon, description, target_date, rating, evidence';

export function insertMilestone(db: Db, fields: { project_id: number; horizon: Horizon; description: string; target_date: IsoDate | null }): number {
  const result = db
    .prepare('INSERT INTO milestones (project_id, horizon, description, target_date) VALUES (@project_id, @horizon, @description, @target_date)')
    .run(fields);
  return Number(result.lastInsertRowid);
}

export function findMilestone(db: Db, id: number): Milestone | undefined {
  return db.prepare(`SELECT ${columns} FROM milestones WHERE id = ?`).get(id) as Milestone | undefined;
}

/** A project's milestones: short before medium before long, then by target date. */
export function listMilestones(db: Db, projectId: number): Milestone[] {
  return db
    .prepare(
      `SELECT ${columns} FROM milestones WHERE project_id = ?
       ORDER BY CASE horizon WHEN 'short' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, target_date IS NULL, target_date, id`,
    )
    .all(projectId) as Milestone[];
}

export function rateMilestone(db: Db, id: number, rating: Rating, evidence: string | null): void {
  db.prepare('UPDATE milestones SET rating = ?, evidence = ? WHERE id = ?').run(rating, evidence, id);
}

export function deleteMilestone(db: Db, id: number): void {
  db.prepare('DELETE FROM milestones WHERE id = ?').run(id);
}
