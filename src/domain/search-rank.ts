// Ranking and snippets of search hits (SPEC §12), computed from the text of the rows the index
// found. FTS5's bm25() and snippet() would do the same in SQL, but bm25 first counts every row
// holding each word (a pass over the whole trigram index per word: 40–80 ms at 1,000,000 projects)
// and snippet() runs one index lookup per row shown (bench/README.md, "Where the time goes").

/** Marks around a match in a snippet; the CLI turns them into bold, [brackets] or nothing. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** bm25's usual constants (FTS5's too): how fast repeats saturate, how much length counts. */
const K1 = 1.2;
const B = 0.75;

/** How many characters a snippet shows of a longer text: FTS5's 64 tokens, a trigram being one per character. */
export const SNIPPET_LENGTH = 64;

/** A text folded for matching, and where each folded character came from in the original. */
interface Folded {
  text: string;
  /** origin[i]: the index in the original of folded character i; origin[text.length] = original length. */
  origin: number[];
}

/** One character (code point) folded: lower case, accents removed (as FTS5's remove_diacritics 1). */
function foldChar(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: what the trigram index compares ("SURÁT" → "surat"). */
export function foldText(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : foldWithOrigin(text).text;
}

function foldWithOrigin(text: string): Folded {
  if (ASCII.test(text)) return { text: text.toLowerCase(), origin: Array.from({ length: text.length + 1 }, (_, i) => i) };
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let i = 0; i < f.length; i++) origin.push(at);
    folded += f;
    at += char.length;
  }
  origin.push(at);
  return { text: folded, origin };
}

/** Where `word` (folded) occurs in `text` (folded), overlapping occurrences included: [start, end) pairs. */
function occurrences(text: string, word: string): [number, number][] {
  const found: [number, number][] = [];
  if (word === '') return found;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push([at, at + word.length]);
  return found;
}

function countOf(text: string, word: string): number {
  let n = 0;
  if (word !== '') for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) n++;
  return n;
}

export interface RankedRow<R> {
  row: R;
  score: number;
}

/**
 * Orders `rows` best first by bm25 over their columns (`columnsOf(row)`, null for an empty one):
 * for each word, its occurrences in each column times that column's weight, saturated by
 * K1 and normalised by the row's length against the average of `rows`. `words` are folded
 * (foldText). Unlike FTS5's bm25 there is no inverse document frequency: every word is in every
 * row ranked (all are required), and counting the rows holding each one is what costs.
 * Ties keep the order of `rows`. Scores are ≥ 0, higher is better.
 */
export function rankRows<R>(rows: readonly R[], columnsOf: (row: R) => readonly (string | null)[], weights: readonly number[], words: readonly string[]): RankedRow<R>[] {
  // One pass over the text, keeping only each row's length and weighted counts: this runs on up to
  // RANKED_WINDOW rows in a fresh process, before the JIT has warmed up.
  const lengths = new Float64Array(rows.length);
  const counts = new Float64Array(rows.length * words.length);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const columns = columnsOf(rows[i]!);
    for (let column = 0; column < columns.length; column++) {
      const text = columns[column];
      if (!text) continue;
      const folded = foldText(text);
      lengths[i]! += folded.length;
      const weight = weights[column] ?? 1;
      for (let w = 0; w < words.length; w++) counts[i * words.length + w]! += weight * countOf(folded, words[w]!);
    }
    total += lengths[i]!;
  }
  const average = total / Math.max(1, rows.length) || 1;
  const ranked: RankedRow<R>[] = [];
  for (let i = 0; i < rows.length; i++) {
    const norm = K1 * (1 - B + (B * lengths[i]!) / average);
    let score = 0;
    for (let w = 0; w < words.length; w++) {
      const tf = counts[i * words.length + w]!;
      score += (tf * (K1 + 1)) / (tf + norm);
    }
    ranked.push({ row: rows[i]!, score });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/** The [start, end) ranges of `words` in `text` (folded), merged where they overlap or touch, in order. */
function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const all = words.flatMap((word) => occurrences(text, word)).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of all) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The part of a row to show: the column holding the most distinct words (the weightier column on a
 * tie), whole when it has at most SNIPPET_LENGTH characters, else SNIPPET_LENGTH characters from a
 * little before its first match, cut at spaces where one is near, with '…' where text was left out.
 * Each match is wrapped in MATCH_START … MATCH_END. Null when no column holds a word.
 */
export function snippetOf(columns: readonly (string | null)[], weights: readonly number[], words: readonly string[]): string | null {
  let best: { text: string; folded: Folded; ranges: [number, number][]; distinct: number; weight: number } | undefined;
  for (const [i, text] of columns.entries()) {
    if (!text) continue;
    const folded = foldWithOrigin(text);
    const distinct = words.filter((word) => folded.text.includes(word)).length;
    if (distinct === 0) continue;
    const weight = weights[i] ?? 1;
    if (!best || distinct > best.distinct || (distinct === best.distinct && weight > best.weight)) {
      best = { text, folded, ranges: matchRanges(folded.text, words), distinct, weight };
    }
  }
  if (!best) return null;
  const { text, folded, ranges } = best;
  const toOriginal = ranges.map(([s, e]): [number, number] => [folded.origin[s]!, folded.origin[e]!]);
  const [from, to] = window(text, toOriginal[0]![0]);
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [start, end] of toOriginal) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    out += `${text.slice(at, s)}${MATCH_START}${text.slice(s, e)}${MATCH_END}`;
    at = e;
  }
  return `${out}${text.slice(at, to)}${to < text.length ? '…' : ''}`;
}

/** [from, to) of at most SNIPPET_LENGTH characters of `text` around `first`, at spaces where one is near. */
function window(text: string, first: number): [number, number] {
  if (text.length <= SNIPPET_LENGTH) return [0, text.length];
  // A few words of context before the first match, never so many that the match falls outside.
  let from = Math.max(0, Math.min(first - 16, text.length - SNIPPET_LENGTH));
  if (from > 0) {
    // Start at the beginning of the word `from` falls in, when it is near.
    const space = text.lastIndexOf(' ', from - 1);
    if (space >= 0 && from - space <= 8) from = space + 1;
  }
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > first && space > to - 12) to = space;
  }
  // Never half of a character outside the basic plane.
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return [from, to];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
