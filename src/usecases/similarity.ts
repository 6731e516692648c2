// Similar ideas across cohorts (SPEC §12): `project similar`, the warning of `project add` and
// `import projects`, and the closest earlier projects of the originality report. Candidates come
// from the search index (the projects sharing the subject's distinctive words), never from a scan
// of every project; the measure itself is src/domain/similarity.ts.
import type { ProjectText, ProjectWords } from '../domain/similarity.js';
import { DEFAULT_SIMILARITY_WARN, lookupWords, projectWords, SIMILARITY_WARN_KEY, similarityOf } from '../domain/similarity.js';
import type { Stage } from '../domain/types.js';
import type { Db } from '../db/open.js';
import type { CandidateScope, SimilarCandidate } from '../db/search.js';
import { projectCandidate, similarCandidates } from '../db/search.js';
import { requireCohort } from '../db/cohorts.js';
import { findSetting } from '../db/settings.js';
import { readWordLists } from '../db/word-lists.js';
import { NotFoundError, UsageError } from '../errors.js';

/** How many projects (the newest sharing half of the subject's distinctive words) the index hands the measure. */
const CANDIDATES = 100;

/** One similar project as `project similar --json` prints it. */
export interface SimilarProject {
  project_id: number;
  cohort: string;
  nip: string;
  title: string;
  innovation_name: string | null;
  stage: Stage;
  similarity: number;
}

export interface SimilarQuery {
  /** Leave out the projects of this cohort (the subject's own). */
  otherThanCohort: number;
  /** Only cohorts that started before this one, for the originality report. */
  startedBefore?: CohortStart | undefined;
  /** Leave this project out (the subject itself). */
  exceptProject?: number | undefined;
  /** Keep only similarities at or above this (default: above 0). */
  atLeast?: number | undefined;
  limit: number;
}

/** When a cohort started: its start date if recorded, and its year. */
export type CohortStart = NonNullable<CandidateScope['startedBefore']>;

function publicSimilar(candidate: SimilarCandidate, similarity: number): SimilarProject {
  const { project_id, cohort, nip, title, innovation_name, stage } = candidate;
  return { project_id, cohort, nip, title, innovation_name, stage, similarity };
}

/** The projects most similar to `subject` under `query`, highest first (ties: newest project first). */
export function findSimilar(db: Db, subject: ProjectText, query: SimilarQuery): (SimilarProject & { candidate: SimilarCandidate })[] {
  const lists = readWordLists();
  const words: ProjectWords = projectWords(subject, lists);
  const scored = [];
  const scope = { otherThanCohort: query.otherThanCohort, startedBefore: query.startedBefore, limit: CANDIDATES };
  for (const candidate of similarCandidates(db, lookupWords(subject, lists), scope)) {
    if (candidate.project_id === query.exceptProject) continue;
    const similarity = similarityOf(words, projectWords(candidate, lists));
    if (similarity <= 0 || (query.atLeast !== undefined && similarity < query.atLeast)) continue;
    scored.push({ ...publicSimilar(candidate, similarity), candidate });
  }
  scored.sort((a, b) => b.similarity - a.similarity || b.project_id - a.project_id);
  return scored.slice(0, query.limit);
}

function withoutCandidate(found: (SimilarProject & { candidate: SimilarCandidate })[]): SimilarProject[] {
  return found.map(({ candidate: _, ...rest }) => rest);
}

/** `proper project similar ID`: the projects of other cohorts most like project ID. NotFound (4) when there is none. */
export function similarToProject(db: Db, id: string, limit: number): SimilarProject[] {
  const text = id.trim();
  const number = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(number)) throw new UsageError('search.error.projectId', { value: id });
  const subject = projectCandidate(db, number);
  if (!subject) throw new NotFoundError('search.error.noProject', { id: text });
  return withoutCandidate(findSimilar(db, subject, { otherThanCohort: subject.cohort_id, exceptProject: subject.project_id, limit }));
}

/** The setting `similarity.warn` (default 0.6); a value broken by hand falls back to the default. */
export function similarityWarn(db: Db): number {
  const stored = Number(findSetting(db, SIMILARITY_WARN_KEY)?.value);
  return Number.isFinite(stored) && stored >= 0 && stored <= 1 ? stored : DEFAULT_SIMILARITY_WARN;
}

/** How many warnings a new project gets at most. */
const WARNINGS = 3;

/** The projects of other cohorts that a new project of cohort `cohortId` resembles at or above `similarity.warn`. */
export function similarityWarnings(db: Db, project: ProjectText & { id?: number }, cohortId: number, atLeast = similarityWarn(db)): SimilarProject[] {
  return withoutCandidate(findSimilar(db, project, { otherThanCohort: cohortId, exceptProject: project.id, atLeast, limit: WARNINGS }));
}

/** The warnings of a project just written (its own cohort left out); none when it does not exist. */
export function similarityWarningsOf(db: Db, projectId: number): SimilarProject[] {
  const subject = projectCandidate(db, projectId);
  return subject ? similarityWarnings(db, { ...subject, id: subject.project_id }, subject.cohort_id) : [];
}

export type LineSimilarity = SimilarProject & { line: number };

/** Per import line: the warnings of each project the file adds or renames, against other cohorts than `cohortCode`'s. */
export function importSimilarities(db: Db, cohortCode: string, lines: readonly (ProjectText & { line: number })[]): LineSimilarity[] {
  if (lines.length === 0) return [];
  const cohortId = requireCohort(db, cohortCode).id;
  const atLeast = similarityWarn(db);
  return lines.flatMap((project) => similarityWarnings(db, project, cohortId, atLeast).map((similar) => ({ line: project.line, ...similar })));
}
