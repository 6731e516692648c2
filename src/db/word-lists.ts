// The word lists of the similarity measure are data, shipped in data/common-words.json.
import { readFileSync } from 'node:fs';
import type { WordLists } from '../domain/similarity.js';
import { foldText } from '../domain/similarity.js';

const wordsFile = new URL('../../data/common-words.json', import.meta.url);

let cached: WordLists | undefined;

/** The common, stop and place words, folded as the measure folds text; read once per process. */
export function readWordLists(): WordLists {
  if (cached) return cached;
  const parsed = JSON.parse(readFileSync(wordsFile, 'utf8')) as { common: string[]; stop: string[]; places: string[] };
  const set = (words: string[]) => new Set(words.map(foldText));
  cached = { common: set(parsed.common), stop: set(parsed.stop), places: set(parsed.places) };
  return cached;
}
