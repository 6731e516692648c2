// How alike two change projects are (SPEC §12): a weighted overlap of the words of their titles,
// innovation names and descriptions, from 0 (nothing shared) to 1 (the same words). Words every
// project shares ("sistem", "pelayanan", "kota": data/common-words.json) weigh little and function
// words ("dan", "yang") nothing, so two projects resemble each other by what they are about.
import { fail, ok } from './result.js';
import type { Result } from './types.js';

export interface WordLists {
  /** Words nearly every title has: they count COMMON_WEIGHT. */
  common: ReadonlySet<string>;
  /** Function words: they count nothing. */
  stop: ReadonlySet<string>;
  /** Words after which the next word names a place ("Kota Medan"): that word counts as common. */
  places: ReadonlySet<string>;
}

/** The text of a project that the measure reads. */
export interface ProjectText {
  title: string;
  innovation_name: string | null;
  description: string | null;
}

export const COMMON_WEIGHT = 0.15;
/** Words of one or two characters ("K3", "SK") say something, but little. */
export const SHORT_WEIGHT = 0.3;
/** One word inside the other ("surat" in "persuratan", "izin" in "perizinan") counts this much. */
export const INFIX_MATCH = 0.8;
/** The default of the setting `similarity.warn`. */
export const DEFAULT_SIMILARITY_WARN = 0.6;
export const SIMILARITY_WARN_KEY = 'similarity.warn';

/** Lower case without accents ("Rékam" → "rekam"), as the search index folds text. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded, split at anything that is not a letter or a digit ("Si-Surat" → si, surat). */
export function wordsOf(text: string | null): string[] {
  if (!text) return [];
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !/^\d+$/.test(w));
}

export function wordWeight(word: string, lists: WordLists): number {
  if (lists.stop.has(word)) return 0;
  if (lists.common.has(word)) return COMMON_WEIGHT;
  return word.length <= 2 ? SHORT_WEIGHT : 1;
}

type Weighted = Map<string, number>;

function weigh(words: readonly string[], lists: WordLists): Weighted {
  const out: Weighted = new Map();
  words.forEach((word, i) => {
    const place = i > 0 && lists.places.has(words[i - 1]!) && !lists.stop.has(word);
    const weight = place ? COMMON_WEIGHT : wordWeight(word, lists);
    if (weight > 0) out.set(word, Math.max(weight, out.get(word) ?? 0));
  });
  return out;
}

/** 1 for the same word, INFIX_MATCH when the shorter (of 4 letters or more) lies inside the longer. */
function wordMatch(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short) ? INFIX_MATCH : 0;
}

interface Coverage {
  /** How much of `from`'s weight finds a match in `to`. */
  all: number;
  /** The same, of its distinctive words (full weight) alone. */
  distinctive: number;
}

function covered(from: Weighted, to: Weighted): Coverage {
  const sum = { all: 0, distinctive: 0 };
  for (const [word, weight] of from) {
    let best = 0;
    for (const other of to.keys()) {
      best = Math.max(best, wordMatch(word, other));
      if (best === 1) break;
    }
    sum.all += weight * best;
    if (weight === 1) sum.distinctive += best;
  }
  return sum;
}

function total(words: Weighted): number {
  let sum = 0;
  for (const weight of words.values()) sum += weight;
  return sum;
}

/**
 * A weighted Dice coefficient over two sets of words: 0..1, symmetric. Two titles alike only in
 * common words ("Sistem informasi pelayanan publik" and "Aplikasi sistem informasi pelayanan") are
 * not alike: the coefficient is scaled down unless they share at least one distinctive word.
 */
function overlap(a: Weighted, b: Weighted): number {
  const whole = total(a) + total(b);
  if (whole === 0) return 0;
  const ab = covered(a, b);
  const ba = covered(b, a);
  const shared = Math.min(1, (ab.distinctive + ba.distinctive) / 2);
  return Math.min(1, (ab.all + ba.all) / whole) * shared;
}

/** What the measure compares of one project: its name words, and those plus its description. */
export interface ProjectWords {
  name: Weighted;
  full: Weighted;
}

export function projectWords(project: ProjectText, lists: WordLists): ProjectWords {
  const name = [...wordsOf(project.title), ...wordsOf(project.innovation_name)];
  return { name: weigh(name, lists), full: weigh([...name, ...wordsOf(project.description)], lists) };
}

/**
 * The similarity of two projects, 0..1 rounded to 3 places: the overlap of their title and
 * innovation-name words, or of those with their descriptions when that is higher (a description
 * only one of them has must not dilute a match of names).
 */
export function similarityOf(a: ProjectWords, b: ProjectWords): number {
  const names = overlap(a.name, b.name);
  const full = a.full.size > a.name.size || b.full.size > b.name.size ? overlap(a.full, b.full) : names;
  return Math.round(Math.max(names, full) * 1000) / 1000;
}

/**
 * The words to look a project's likely matches up by in the search index: its words of full weight
 * (at least 3 letters, the index's smallest unit), longest first, at most `max`.
 */
export function lookupWords(project: ProjectText, lists: WordLists, max = 6): string[] {
  const words = projectWords(project, lists).full;
  return [...words]
    .filter(([word, weight]) => weight === 1 && word.length >= 3)
    .map(([word]) => word)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .slice(0, max);
}

/** The setting `similarity.warn`: a number from 0 to 1 (a comma is a decimal separator too). */
export function parseSimilarityWarn(input: string): Result<string> {
  const text = input.trim().replace(',', '.');
  const value = Number(text);
  if (text === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    return fail('domain.similarity.warn', { value: input.trim() });
  }
  return ok(String(value));
}
