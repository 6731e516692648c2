// What a user typed after `proper search`, as words to find (SPEC §12): every word is required and
// is plain text, whatever a query language would make of it (quotes, `*`, parentheses, AND, `-`).
import { fail, ok } from './result.js';
import type { Result } from './types.js';

export interface SearchWords {
  /** Words of 3 characters or more: looked up in the trigram index. */
  indexed: string[];
  /** Shorter words ("K3", "SK"): the index cannot look them up; they filter what it found. */
  short: string[];
}

/** The index's smallest unit: a trigram. */
export const MIN_INDEXED_LENGTH = 3;

/**
 * Splits the query at white space and trims punctuation from each word's ends ("(surat)" → surat,
 * "Si-Surat" stays whole). Fails (`search.empty`) when no letter or digit is left.
 */
export function parseSearchWords(query: string): Result<SearchWords> {
  const words = query
    .normalize('NFC')
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  if (unique.length === 0) return fail('search.empty', { query: query.trim() });
  return ok({
    indexed: unique.filter((w) => [...w].length >= MIN_INDEXED_LENGTH),
    short: unique.filter((w) => [...w].length < MIN_INDEXED_LENGTH),
  });
}
