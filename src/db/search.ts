// Queries of the search index (migration 004: search_projects, search_lokus, FTS5 trigram).
// Table names in the SQL below come from constants of this file, never from input.
// Words reach FTS5 only as quoted strings, so nothing a user types is read as query syntax.
import type { Program, Stage } from '../domain/types.js';
import type { Db } from './open.js';

/** Marks around a match in a snippet; the CLI turns them into bold, [brackets] or nothing. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** The schema version that created the search index. */
export const SEARCH_SCHEMA_VERSION = 4;
const SNIPPET_TOKENS = 48;

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

/** A LIKE pattern finding `word` anywhere, its wildcards escaped with `\`. */
function contains(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
  /** Relevance: FTS5's bm25 with the sign turned, higher is better; 0 without an indexed word. */
  score: number;
}

export interface LokusHit {
  id: number;
  code: string;
  title: string;
  snippet: string;
  score: number;
}

function shortFilter(columns: readonly string[], short: readonly string[], params: unknown[]): string {
  return short
    .map((word) => {
      params.push(...columns.map(() => contains(word)));
      return `(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`;
    })
    .map((clause) => ` AND ${clause}`)
    .join('');
}

/**
 * How many of the newest matches are ranked. bm25 costs a lookup per matching row: a word in 75,000
 * of 1,000,000 projects would take longer than SPEC §9 allows, so a query matching more than this
 * ranks its newest RANKED_WINDOW matches (by id); below that the ranking is exact.
 */
export const RANKED_WINDOW = 1000;

// bm25 spelled out: ORDER BY rank (the same weights, configured by migration 004 for other tools)
// measured 3× slower once a rowid range is added.
const PROJECT_BM25 = 'bm25(search_projects, 10.0, 6.0, 2.0, 1.0)';
const LOKUS_BM25 = 'bm25(search_lokus, 2.0, 1.0)';

/** The lowest rowid of the newest `window` rows matching `match`; 0 when fewer match. */
function windowStart(db: Db, table: 'search_projects' | 'search_lokus', match: string): number {
  const row = db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`).get(match, RANKED_WINDOW - 1) as
    | { rowid: number }
    | undefined;
  return row?.rowid ?? 0;
}

/**
 * Projects holding every word, best first (bm25 weighs title 10, innovation name 6, description 2,
 * details 1: migration 004). Ranked first on row ids alone, then the snippets of the `limit` shown.
 */
export function searchProjects(db: Db, input: ProjectSearchInput): ProjectHit[] {
  const params: unknown[] = [];
  const ranked = input.indexed.length > 0;
  const match = allOf(input.indexed);
  let where = ranked ? 's.search_projects MATCH ? AND s.rowid >= ?' : '1';
  if (ranked) params.push(match, windowStart(db, 'search_projects', match));
  where += shortFilter(['s.title', 's.innovation_name', 's.description', 's.details'], input.short, params);
  const filtered = input.program !== undefined || input.year !== undefined || input.stage !== undefined;
  if (input.program !== undefined) (where += ' AND c.program = ?'), params.push(input.program);
  if (input.year !== undefined) (where += ' AND c.year = ?'), params.push(input.year);
  if (input.stage !== undefined) (where += ' AND p.stage = ?'), params.push(input.stage);
  params.push(input.limit);
  const joins = `JOIN projects p ON p.id = s.rowid
       JOIN enrolments e ON e.id = p.enrolment_id
       JOIN cohorts c ON c.id = e.cohort_id`;
  const top = db
    .prepare(
      `SELECT s.rowid AS id, ${ranked ? `-${PROJECT_BM25}` : '0'} AS score FROM search_projects s ${filtered ? joins : ''}
       WHERE ${where} ORDER BY ${ranked ? PROJECT_BM25 : 's.rowid DESC'} LIMIT ?`,
    )
    .all(...params) as { id: number; score: number }[];
  // CAST: better-sqlite3 binds a JS number as a REAL, and FTS5 then drops its rowid = constraint
  // (SQLite 3.53.2: every match came back).
  const detail = db.prepare(
    `SELECT p.id, p.title, c.code AS cohort, p.stage,
            ${ranked ? `snippet(search_projects, -1, '${MATCH_START}', '${MATCH_END}', '…', ${SNIPPET_TOKENS})` : 's.title'} AS snippet
     FROM search_projects s ${joins}
     WHERE ${ranked ? 's.search_projects MATCH ? AND ' : ''}s.rowid = CAST(? AS INTEGER)`,
  );
  return top.map(({ id, score }) => ({ ...(detail.get(...(ranked ? [match, id] : [id])) as Omit<ProjectHit, 'score'>), score }));
}

/** Lokus whose name or innovations hold every word, best first (name weighs 2, innovations 1). */
export function searchLokus(db: Db, input: SearchInput): LokusHit[] {
  const params: unknown[] = [];
  const ranked = input.indexed.length > 0;
  let where = ranked ? 's.search_lokus MATCH ? AND s.rowid >= ?' : '1';
  if (ranked) params.push(allOf(input.indexed), windowStart(db, 'search_lokus', allOf(input.indexed)));
  where += shortFilter(['s.name', 's.innovations'], input.short, params);
  params.push(input.limit);
  const snippet = ranked ? `snippet(search_lokus, -1, '${MATCH_START}', '${MATCH_END}', '…', ${SNIPPET_TOKENS})` : 's.name';
  return db
    .prepare(
      `SELECT l.id, l.code, l.name AS title, ${snippet} AS snippet, ${ranked ? `-${LOKUS_BM25}` : '0'} AS score
       FROM search_lokus s JOIN lokus l ON l.id = s.rowid
       WHERE ${where}
       ORDER BY ${ranked ? LOKUS_BM25 : 'l.id DESC'} LIMIT ?`,
    )
    .all(...params) as LokusHit[];
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

const candidateSelect = `
  SELECT p.id AS project_id, c.code AS cohort, c.id AS cohort_id, c.year AS cohort_year, c.start_date AS cohort_start_date,
         pe.nip, pe.name, p.title, p.innovation_name, p.description, p.stage
  FROM projects p
  JOIN enrolments e ON e.id = p.enrolment_id
  JOIN people pe ON pe.id = e.person_id
  JOIN cohorts c ON c.id = e.cohort_id`;

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
  const params: unknown[] = [halfOf(words), scope.otherThanCohort];
  let earlier = '';
  if (scope.startedBefore !== undefined) {
    const { year, start } = scope.startedBefore;
    earlier = ' AND (CASE WHEN c.start_date IS NOT NULL AND ? IS NOT NULL THEN c.start_date < ? ELSE c.year < ? END)';
    params.push(start, start, year);
  }
  params.push(scope.limit);
  return db
    .prepare(
      `${candidateSelect}
       JOIN search_words s ON s.rowid = p.id
       WHERE s.search_words MATCH ? AND c.id <> ?${earlier}
       ORDER BY s.rowid DESC LIMIT ?`,
    )
    .all(...params) as SimilarCandidate[];
}

export function projectCandidate(db: Db, id: number): SimilarCandidate | undefined {
  return db.prepare(`${candidateSelect} WHERE p.id = ?`).get(id) as SimilarCandidate | undefined;
}

/** The projects of one cohort, in id order. */
export function cohortCandidates(db: Db, cohortId: number): SimilarCandidate[] {
  return db.prepare(`${candidateSelect} WHERE c.id = ? ORDER BY p.id`).all(cohortId) as SimilarCandidate[];
}

export interface SearchIndexFinding {
  table: string;
  /** Rows of the source table (projects, lokus) the index lacks. */
  missing: number;
  /** Index rows whose source row is gone. */
  extra: number;
  /** FTS5's integrity-check message; null when it passed. */
  integrity: string | null;
}

/**
 * What is wrong with the search index, for `doctor`: FTS5's own integrity-check of each table, and
 * rows missing from it or left over. Empty when all is well.
 */
export function searchIndexFindings(db: Db): SearchIndexFinding[] {
  const findings: SearchIndexFinding[] = [];
  for (const [table, source] of [['search_projects', 'projects'], ['search_words', 'projects'], ['search_lokus', 'lokus']] as const) {
    let integrity: string | null = null;
    try {
      db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
    } catch (error) {
      // The check is written as an INSERT: a write-protected or busy file cannot run it, which says
      // nothing about the index.
      const code = (error as { code?: string }).code;
      if (code !== 'SQLITE_READONLY' && code !== 'SQLITE_BUSY') integrity = (error as Error).message;
    }
    const { missing, extra } = db
      .prepare(
        `SELECT (SELECT count(*) FROM ${source} x WHERE NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.rowid = x.id)) AS missing,
                (SELECT count(*) FROM ${table} s WHERE NOT EXISTS (SELECT 1 FROM ${source} x WHERE x.id = s.rowid)) AS extra`,
      )
      .get() as { missing: number; extra: number };
    if (integrity !== null || missing > 0 || extra > 0) findings.push({ table, missing, extra, integrity });
  }
  return findings;
}
