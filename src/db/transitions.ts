// Persisting a stage change planned by src/domain/stages.ts: the one writer that `project
// advance/move/adopt/drop/reopen` and `import projects` share, so a transition is stored the same way
// whoever made it. Call inside the caller's IMMEDIATE transaction.
import type { Transition } from '../domain/stages.js';
import { scoredEventIndex } from '../domain/stages.js';
import { InvalidDataError } from '../errors.js';
import { insertAdoption } from './adoptions.js';
import { insertEvent } from './events.js';
import type { Db } from './open.js';
import { updateProjectScore, updateProjectStage } from './projects.js';

/** A presentation score with its predicate under the bands in force when it was given. */
export interface Scored {
  score: number;
  predicate: string;
}

/**
 * Inserts the transition's events in order (the score, when given, on the last event reaching
 * presentation), its adoption record, and sets the project's stage, stage date and score.
 * Throws InvalidDataError (project.scoreOnlyAtPresentation) when a score is given but no event
 * reaches presentation; callers check that first (scoredEventIndex) to refuse before writing.
 */
export function applyTransition(db: Db, projectId: number, transition: Transition, scored: Scored | null = null): void {
  const at = scored ? scoredEventIndex(transition.events) : -1;
  if (scored && at < 0) throw new InvalidDataError('project.scoreOnlyAtPresentation', { field: 'score' });
  transition.events.forEach((event, i) => {
    const withScore = i === at && scored !== null;
    insertEvent(db, projectId, { ...event, score: withScore ? scored.score : null, predicate: withScore ? scored.predicate : null });
  });
  if (transition.adoption) insertAdoption(db, projectId, transition.adoption);
  if (transition.events.length > 0) updateProjectStage(db, projectId, transition.state.stage, transition.state.stageDate);
  if (scored) updateProjectScore(db, projectId, scored.score, scored.predicate);
}
