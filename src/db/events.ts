// Queries of a project's stage events (project_events), in the order they were recorded.
import type { ProjectEvent } from '../domain/types.js';
import type { Db } from './open.js';

/** What a new event records; the id, project and recording time are the database's. */
export type EventFields = Omit<ProjectEvent, 'id' | 'project_id' | 'recorded_at'>;

const columns = 'id, project_id, kind, from_stage, to_stage, date, note, score, predicate, recorded_at';

export function insertEvent(db: Db, projectId: number, event: EventFields): number {
  const result = db
    .prepare(
      `INSERT INTO project_events (project_id, kind, from_stage, to_stage, date, note, score, predicate)
       VALUES (@project_id, @kind, @from_stage, @to_stage, @date, @note, @score, @predicate)`,
    )
    .run({ ...event, project_id: projectId });
  return Number(result.lastInsertRowid);
}

export function listEvents(db: Db, projectId: number): ProjectEvent[] {
  return db.prepare(`SELECT ${columns} FROM project_events WHERE project_id = ? ORDER BY id`).all(projectId) as ProjectEvent[];
}

export function findEvent(db: Db, id: number): ProjectEvent | undefined {
  return db.prepare(`SELECT ${columns} FROM project_events WHERE id = ?`).get(id) as ProjectEvent | undefined;
}

/** The latest event that brought the project to presentation, where its score belongs. */
export function latestPresentationEvent(db: Db, projectId: number): ProjectEvent | undefined {
  return db
    .prepare(`SELECT ${columns} FROM project_events WHERE project_id = ? AND to_stage = 'presentation' ORDER BY id DESC LIMIT 1`)
    .get(projectId) as ProjectEvent | undefined;
}

export function setEventScore(db: Db, id: number, score: number, predicate: string): void {
  db.prepare('UPDATE project_events SET score = ?, predicate = ? WHERE id = ?').run(score, predicate, id);
}
