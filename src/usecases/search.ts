// `proper search QUERY`: projects and lokus holding every word of the query, best first (SPEC §12).
import { parseSearchWords } from '../domain/search-query.js';
import type { Program, Stage } from '../domain/types.js';
import type { Db } from '../db/open.js';
import { searchLokus, searchProjects } from '../db/search.js';
import { UsageError } from '../errors.js';
import { parseCount, parseYear, valueOf } from './validate.js';

export const SEARCH_SCOPES = ['projects', 'lokus', 'all'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];
export const DEFAULT_SEARCH_LIMIT = 20;

/** One hit as `search --json` prints it; `snippet` carries MATCH_START/MATCH_END marks until the CLI renders it. */
export interface SearchHit {
  kind: 'project' | 'lokus';
  id: number;
  /** The lokus's code; null for a project. */
  code: string | null;
  /** The project's title or the lokus's name. */
  title: string;
  cohort: string | null;
  stage: Stage | null;
  snippet: string;
  score: number;
}

export interface SearchOptionsInput {
  in?: string | undefined;
  program?: string | undefined;
  year?: string | undefined;
  stage?: string | undefined;
  limit?: string | undefined;
}

export interface SearchOptions {
  scope: SearchScope;
  program?: Program | undefined;
  year?: number | undefined;
  stage?: Stage | undefined;
  limit: number;
}

/**
 * Checks the options before the database is opened: --in outside its list and a malformed --limit
 * are usage errors (2); an unknown program or stage, or an impossible year, invalid data (3).
 * The program and stage rules (six modules) load only when their filter is given: a plain search
 * starts without them (SPEC §9).
 */
export async function searchOptions(input: SearchOptionsInput): Promise<SearchOptions> {
  const scopeText = (input.in ?? 'all').trim().toLowerCase();
  const scope = SEARCH_SCOPES.find((s) => s === scopeText);
  if (!scope) throw new UsageError('search.error.scope', { value: input.in ?? '', choices: SEARCH_SCOPES.join(', ') });
  const program = input.program !== undefined ? valueOf((await import('../domain/program.js')).parseProgram(input.program), '--program') : undefined;
  const year = input.year !== undefined ? parseYear(input.year) : undefined;
  const stage = input.stage !== undefined ? valueOf((await import('../domain/stages.js')).parseStage(input.stage), '--stage') : undefined;
  return { scope, program, year, stage, limit: parseCount(input.limit, '--limit', 1, DEFAULT_SEARCH_LIMIT) ?? DEFAULT_SEARCH_LIMIT };
}

/** The words of the query; a query of punctuation alone is a usage error (2). */
export function searchWords(query: string) {
  const words = parseSearchWords(query);
  if (!words.ok) throw new UsageError(words.problem.key, words.problem.params);
  return words.value;
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * The hits, best first, at most `limit`. The project filters (--program, --year, --stage) leave
 * lokus out. With --in all, projects and lokus are merged by score.
 */
export function search(db: Db, query: string, options: SearchOptions): SearchHit[] {
  const words = { ...searchWords(query), limit: options.limit };
  const filtered = options.program !== undefined || options.year !== undefined || options.stage !== undefined;
  const hits: SearchHit[] = [];
  if (options.scope !== 'lokus') {
    for (const hit of searchProjects(db, { ...words, program: options.program, year: options.year, stage: options.stage })) {
      hits.push({ kind: 'project', id: hit.id, code: null, title: hit.title, cohort: hit.cohort, stage: hit.stage, snippet: hit.snippet, score: round(hit.score) });
    }
  }
  if (options.scope !== 'projects' && !filtered) {
    for (const hit of searchLokus(db, words)) {
      hits.push({ kind: 'lokus', id: hit.id, code: hit.code, title: hit.title, cohort: null, stage: null, snippet: hit.snippet, score: round(hit.score) });
    }
  }
  // Stable: within equal scores, projects keep their order before lokus.
  return hits.sort((a, b) => b.score - a.score).slice(0, options.limit);
}
