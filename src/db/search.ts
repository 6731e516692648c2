// Queries of the search index (migration 004: search_projects and search_lokus, FTS5 trigram;
// search_words, whole words). Every statement is a literal with bound parameters; words reach FTS5
// only as quoted strings, so nothing a user types is read as query syntax.
import { foldText, rankRows, snippetOf } from '../domain/search-rank.js';
import type { Program, Stage } from '../domain/types.js';
import type { Db } from './open.js';
import { NARROW_LIMIT, narrowedProjectMatch } from './search-narrow.js';

export { MATCH_END, MATCH_START } from '../domain/search-rank.js';

/** The schema version that created the search index. */
export const SEARCH_SCHEMA_VERSION = 4;

/** A word as an FTS5 string: double quotes around it, its own quotes doubled. */
function phrase(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/** Every word required: the implicit AND of FTS5. */
export function allOf(words: readonly string[]): string {
  return words.map(phrase).join(' ');
}

/** Every way of choosing `size` of `words`, in order. */
function combinations(words: readonly string[], size: number): string[][] {
  if (size === 0) return [[]];
  return words.flatMap((word, i) => combinations(words.slice(i + 1), size - 1).map((rest) => [word, ...rest]));
}

/** At least half of the words (rounded up): an OR of ANDs, merged from the index's lists without ranking. */
function halfOf(words: readonly string[]): string {
  const groups = combinations(words, Math.max(1, Math.ceil(words.length / 2)));
  return groups.map((g) => `(${g.map(phrase).join(' AND ')})`).join(' OR ');
}

/** The LIKE patterns finding each word anywhere, wildcards escaped with `\`, as one JSON parameter. */
function containsAll(words: readonly string[]): string {
  return JSON.stringify(words.map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
}

export interface SearchInput {
  /** Words of 3+ characters, all required (through the index). */
  indexed: readonly string[];
  /** Shorter words, all required (LIKE over what the index found, or over every row when nothing is indexed). */
  short: readonly string[];
  limit: number;
}

export interface ProjectSearchInput extends SearchInput {
  program?: Program | undefined;
  year?: number | undefined;
  stage?: Stage | undefined;
}

export interface ProjectHit {
  id: number;
  title: string;
  cohort: string;
  stage: Stage;
  snippet: string;
  /** Relevance (src/domain/search-rank.ts), higher is better; 0 without an indexed word. */
  score: number;
}

export interface LokusHit {
  id: number;
  code: string;
  title: string;
  snippet: string;
  score: number;
}

/**
 * How many of the newest matches are ranked: a word in 75,000 of 1,000,000 projects cannot all be
 * read and ranked within SPEC §9's time, so a query matching more than this ranks its newest
 * RANKED_WINDOW matches (by id, after the filters and the short words); below that the ranking is exact.
 */
export const RANKED_WINDOW = 1000;

/** Weights of the columns in the ranking and the snippet: title, innovation name, description, details. */
const PROJECT_WEIGHTS = [10, 6, 2, 1] as const;
/** Lokus: name, innovations. */
const LOKUS_WEIGHTS = [2, 1] as const;

// FTS5 hands its matches newest first (ORDER BY rowid DESC is its own order, stopped by the LIMIT)
// with their text; ranking and snippets are computed from that text (src/domain/search-rank.ts).
// json_each(:short) holds the LIKE patterns of the words too short for the trigram index; each must
// be found in some column. The project filters are an EXISTS so that the index's order is kept.
const SQL = {
  projectWindow: `
    SELECT s.rowid AS id, s.title, s.innovation_name, s.description, s.details
    FROM search_projects s
    WHERE s.search_projects MATCH :match
      AND NOT EXISTS (SELECT 1 FROM json_each(:short) w WHERE NOT coalesce(s.title LIKE w.value ESCAPE '\\' OR s.innovation_name LIKE w.value ESCAPE '\\'
                      OR s.description LIKE w.value ESCAPE '\\' OR s.details LIKE w.value ESCAPE '\\', 0))
      AND (:filtered = 0 OR EXISTS (SELECT 1 FROM projects p JOIN enrolments e ON e.id = p.enrolment_id JOIN cohorts c ON c.id = e.cohort_id
                      WHERE p.id = s.rowid AND (:program IS NULL OR c.program = :program) AND (:year IS NULL OR c.year = :year) AND (:stage IS NULL OR p.stage = :stage)))
    ORDER BY s.rowid DESC LIMIT :window`,
  /** Words too short for the index alone: every row is read, newest first. */
  projectScan: `
    SELECT s.rowid AS id, 0 AS score
    FROM search_projects s
    JOIN projects p ON p.id = s.rowid JOIN enrolments e ON e.id = p.enrolment_id JOIN cohorts c ON c.id = e.cohort_id
    WHERE NOT EXISTS (SELECT 1 FROM json_each(:short) w WHERE NOT coalesce(s.title LIKE w.value ESCAPE '\\' OR s.innovation_name LIKE w.value ESCAPE '\\'
                      OR s.description LIKE w.value ESCAPE '\\' OR s.details LIKE w.value ESCAPE '\\', 0))
      AND (:program IS NULL OR c.program = :program) AND (:year IS NULL OR c.year = :year) AND (:stage IS NULL OR p.stage = :stage)
    ORDER BY s.rowid DESC LIMIT :limit`,
  projectPlain: `
    SELECT p.id, p.title, c.code AS cohort, p.stage, p.title AS snippet
    FROM projects p JOIN enrolments e ON e.id = p.enrolment_id JOIN cohorts c ON c.id = e.cohort_id
    WHERE p.id = ?`,
  lokusWindow: `
    SELECT l.id, l.code, l.name AS title, s.name, s.innovations
    FROM search_lokus s JOIN lokus l ON l.id = s.rowid
    WHERE s.search_lokus MATCH :match
      AND NOT EXISTS (SELECT 1 FROM json_each(:short) w WHERE NOT coalesce(s.name LIKE w.value ESCAPE '\\' OR s.innovations LIKE w.value ESCAPE '\\', 0))
    ORDER BY s.rowid DESC LIMIT :window`,
  lokusScan: `
    SELECT l.id, l.code, l.name AS title, s.name AS snippet, 0 AS score
    FROM search_lokus s JOIN lokus l ON l.id = s.rowid
    WHERE NOT EXISTS (SELECT 1 FROM json_each(:short) w WHERE NOT coalesce(s.name LIKE w.value ESCAPE '\\' OR s.innovations LIKE w.value ESCAPE '\\', 0))
    ORDER BY l.id DESC LIMIT :limit`,
} as const;

interface ProjectText {
  id: number;
  title: string;
  innovation_name: string | null;
  description: string | null;
  details: string | null;
}

const projectColumns = (row: ProjectText) => [row.title, row.innovation_name, row.description, row.details];

/**
 * Projects holding every word, best first (title weighs 10, innovation name 6, description 2,
 * details: milestones, awards, adopters, 1), with a snippet of the column that holds the most words.
 */
export function searchProjects(db: Db, input: ProjectSearchInput): ProjectHit[] {
  const short = containsAll(input.short);
  const filters = { program: input.program ?? null, year: input.year ?? null, stage: input.stage ?? null };
  const plain = db.prepare(SQL.projectPlain);
  const shown = (id: number) => plain.get(id) as Omit<ProjectHit, 'score'>;
  if (input.indexed.length === 0) {
    const found = db.prepare(SQL.projectScan).all({ short, limit: input.limit, ...filters }) as { id: number; score: number }[];
    return found.map(({ id, score }) => ({ ...shown(id), score }));
  }
  const filtered = input.program !== undefined || input.year !== undefined || input.stage !== undefined ? 1 : 0;
  const window = db.prepare(SQL.projectWindow);
  const words = input.indexed.map(foldText);
  const params = { short, filtered, ...filters };
  const narrowed = narrowedProjectMatch(db, input.indexed);
  const found =
    (narrowed !== null ? verifiedNewest(window.iterate({ ...params, match: narrowed, window: 2 * NARROW_LIMIT }) as Iterable<ProjectText>, words) : undefined) ??
    (window.all({ ...params, match: allOf(input.indexed), window: RANKED_WINDOW }) as ProjectText[]);
  return rankRows(found, projectColumns, PROJECT_WEIGHTS, words)
    .slice(0, input.limit)
    .map(({ row, score }) => {
      const hit = shown(row.id);
      return { ...hit, snippet: snippetOf(projectColumns(row), PROJECT_WEIGHTS, words) ?? hit.snippet, score };
    });
}

/**
 * The newest RANKED_WINDOW of `candidates` (newest first, at most 2 × NARROW_LIMIT of them) whose
 * text holds every word (folded) in some column, as FTS5's phrases would find them; undefined when
 * the candidates ran out at that bound before the window was full (more may follow: the caller
 * asks the index for the phrases themselves).
 */
function verifiedNewest(candidates: Iterable<ProjectText>, words: readonly string[]): ProjectText[] | undefined {
  const kept: ProjectText[] = [];
  let read = 0;
  for (const row of candidates) {
    read++;
    const columns = projectColumns(row).map((text) => (text === null ? '' : foldText(text)));
    if (words.every((word) => columns.some((text) => text.includes(word)))) kept.push(row);
    if (kept.length === RANKED_WINDOW) return kept;
  }
  return read < 2 * NARROW_LIMIT ? kept : undefined;
}

interface LokusText {
  id: number;
  code: string;
  title: string;
  name: string;
  innovations: string | null;
}

/** Lokus whose name or innovations hold every word, best first (name weighs 2, innovations 1). */
export function searchLokus(db: Db, input: SearchInput): LokusHit[] {
  const short = containsAll(input.short);
  if (input.indexed.length === 0) return db.prepare(SQL.lokusScan).all({ short, limit: input.limit }) as LokusHit[];
  const found = db.prepare(SQL.lokusWindow).all({ match: allOf(input.indexed), short, window: RANKED_WINDOW }) as LokusText[];
  const words = input.indexed.map(foldText);
  const columns = (row: LokusText) => [row.name, row.innovations];
  return rankRows(found, columns, LOKUS_WEIGHTS, words)
    .slice(0, input.limit)
    .map(({ row, score }) => ({ id: row.id, code: row.code, title: row.title, snippet: snippetOf(columns(row), LOKUS_WEIGHTS, words) ?? row.name, score }));
}

/** A project as the similarity measure and its reports see it. */
export interface SimilarCandidate {
  project_id: number;
  cohort: string;
  cohort_id: number;
  cohort_year: number;
  cohort_start_date: string | null;
  nip: string;
  name: string;
  title: string;
  innovation_name: string | null;
  description: string | null;
  stage: Stage;
}

const CANDIDATE_SQL = {
  similar: `
    SELECT p.id AS project_id, c.code AS cohort, c.id AS cohort_id, c.year AS cohort_year, c.start_date AS cohort_start_date,
           pe.nip, pe.name, p.title, p.innovation_name, p.description, p.stage
    FROM search_words s
    JOIN projects p ON p.id = s.rowid JOIN enrolments e ON e.id = p.enrolment_id
    JOIN people pe ON pe.id = e.person_id JOIN cohorts c ON c.id = e.cohort_id
    WHERE s.search_words MATCH :match AND c.id <> :cohort
      AND (:year IS NULL OR CASE WHEN c.start_date IS NOT NULL AND :start IS NOT NULL THEN c.start_date < :start ELSE c.year < :year END)
    ORDER BY s.rowid DESC LIMIT :limit`,
  one: `
    SELECT p.id AS project_id, c.code AS cohort, c.id AS cohort_id, c.year AS cohort_year, c.start_date AS cohort_start_date,
           pe.nip, pe.name, p.title, p.innovation_name, p.description, p.stage
    FROM projects p JOIN enrolments e ON e.id = p.enrolment_id JOIN people pe ON pe.id = e.person_id JOIN cohorts c ON c.id = e.cohort_id
    WHERE p.id = ?`,
  ofCohort: `
    SELECT p.id AS project_id, c.code AS cohort, c.id AS cohort_id, c.year AS cohort_year, c.start_date AS cohort_start_date,
           pe.nip, pe.name, p.title, p.innovation_name, p.description, p.stage
    FROM projects p JOIN enrolments e ON e.id = p.enrolment_id JOIN people pe ON pe.id = e.person_id JOIN cohorts c ON c.id = e.cohort_id
    WHERE c.id = ? ORDER BY p.id`,
} as const;

export interface CandidateScope {
  /** Leave out this cohort's projects (the subject's own). */
  otherThanCohort: number;
  /** Only cohorts that started before this one: by start date when both have one, else by year. */
  startedBefore?: { year: number; start: string | null } | undefined;
  limit: number;
}

/**
 * The newest `limit` projects in scope holding at least half of `words` (the subject's distinctive
 * words), looked up through the whole-word index (search_words), newest first: never a scan of
 * every project, and no ranking (the similarity measure orders them). Whole words only: a prefix
 * query costs a merge of every longer word (measured 2–5× slower); "persuratan" for "surat" is left
 * to the measure.
 */
export function similarCandidates(db: Db, words: readonly string[], scope: CandidateScope): SimilarCandidate[] {
  if (words.length === 0) return [];
  const { year = null, start = null } = scope.startedBefore ?? {};
  return db.prepare(CANDIDATE_SQL.similar).all({ match: halfOf(words), cohort: scope.otherThanCohort, year, start, limit: scope.limit }) as SimilarCandidate[];
}

export function projectCandidate(db: Db, id: number): SimilarCandidate | undefined {
  return db.prepare(CANDIDATE_SQL.one).get(id) as SimilarCandidate | undefined;
}

/** The projects of one cohort, in id order. */
export function cohortCandidates(db: Db, cohortId: number): SimilarCandidate[] {
  return db.prepare(CANDIDATE_SQL.ofCohort).all(cohortId) as SimilarCandidate[];
}
