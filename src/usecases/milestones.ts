// A project's milestones: add, list, rate, remove.
import { parseDate } from '../domain/dates.js';
import { parseHorizon, parseRating } from '../domain/milestone.js';
import type { Milestone, Project } from '../domain/types.js';
import { deleteMilestone, findMilestone, insertMilestone, listMilestones, rateMilestone } from '../db/milestones.js';
import type { Db } from '../db/open.js';
import { InvalidDataError, NotFoundError } from '../errors.js';
import type { ProjectRef } from './project-ref.js';
import { resolveProject } from './project-ref.js';
import { publicProject } from './projects.js';
import { optional, text, valueOf } from './validate.js';

export interface MilestoneInput {
  horizon?: string | undefined;
  description?: string | undefined;
  targetDate?: string | undefined;
}

export function addMilestone(db: Db, ref: ProjectRef, input: MilestoneInput): Milestone {
  const horizon = valueOf(parseHorizon(input.horizon ?? ''), 'horizon');
  const description = text(input.description, 'description', 'free');
  if (!description) throw new InvalidDataError('milestone.descriptionEmpty', { field: 'description' });
  const targetDate = optional(input.targetDate, 'targetDate', parseDate) ?? null;
  const id = db.transaction(() => {
    const project = resolveProject(db, ref);
    return insertMilestone(db, { project_id: project.id, horizon, description, target_date: targetDate });
  }).immediate();
  return findMilestone(db, id)!;
}

export function listMilestonesOf(db: Db, ref: ProjectRef): { project: Project; milestones: Milestone[] } {
  const project = resolveProject(db, ref);
  return { project: publicProject(project), milestones: listMilestones(db, project.id) };
}

export function rateMilestoneById(db: Db, id: string, input: { rating?: string | undefined; evidence?: string | undefined }): Milestone {
  const rating = valueOf(parseRating(input.rating ?? ''), 'rating');
  const evidence = text(input.evidence, 'evidence', 'free');
  return db.transaction(() => {
    const milestone = requireMilestone(db, id);
    rateMilestone(db, milestone.id, rating, evidence === undefined ? milestone.evidence : evidence);
    return findMilestone(db, milestone.id)!;
  }).immediate();
}

export function removeMilestone(db: Db, id: string): Milestone {
  return db.transaction(() => {
    const milestone = requireMilestone(db, id);
    deleteMilestone(db, milestone.id);
    return milestone;
  }).immediate();
}

export function requireMilestone(db: Db, id: string): Milestone {
  const milestone = /^\d{1,15}$/.test(id.trim()) ? findMilestone(db, Number(id.trim())) : undefined;
  if (!milestone) throw new NotFoundError('milestone.notFound', { id: id.trim() });
  return milestone;
}
