// The similarity measure of SPEC §12 against a labelled set of title pairs (test/fixtures/
// similarity-pairs.json): the same idea in other words must reach the warning threshold, titles
// sharing only common words must not. The held-out lists were written after the tuning.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWordLists } from '../../src/db/word-lists.js';
import {
  DEFAULT_SIMILARITY_WARN,
  foldText,
  lookupWords,
  parseSimilarityWarn,
  projectWords,
  similarityOf,
  wordsOf,
} from '../../src/domain/similarity.js';
import { projectRoot } from '../helpers/proper.js';

type Pair = [string, string];
const pairs = JSON.parse(readFileSync(join(projectRoot, 'test', 'fixtures', 'similarity-pairs.json'), 'utf8')) as Record<
  'same' | 'different' | 'held_out_same' | 'held_out_different',
  Pair[]
>;
const lists = readWordLists();

/** "Title / Innovation" → the words the measure compares. */
function words(text: string) {
  const [title, innovation] = text.split(' / ');
  return projectWords({ title: title!, innovation_name: innovation ?? null, description: null }, lists);
}
const score = ([a, b]: Pair) => similarityOf(words(a), words(b));

/** Precision and recall of "warn at or above the threshold" over same (positive) and different (negative) pairs. */
function figures(same: Pair[], different: Pair[], threshold = DEFAULT_SIMILARITY_WARN) {
  const truePositives = same.filter((p) => score(p) >= threshold).length;
  const falsePositives = different.filter((p) => score(p) >= threshold).length;
  return { precision: truePositives / (truePositives + falsePositives), recall: truePositives / same.length };
}

describe('the similarity measure on the labelled pairs', () => {
  it('warns of the same idea in other words and not of titles sharing common words (the tuning set)', () => {
    const { precision, recall } = figures(pairs.same, pairs.different);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps precision and most of its recall on pairs it was not tuned on', () => {
    const { precision, recall } = figures(pairs.held_out_same, pairs.held_out_different);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });

  it('finds the demo\'s Si-Surat in "Aplikasi pengelolaan surat masuk dan keluar"', () => {
    expect(score(['Sistem pelayanan dan informasi surat masuk dan surat keluar / Si-Surat', 'Aplikasi pengelolaan surat masuk dan keluar'])).toBeGreaterThanOrEqual(0.6);
  });

  it('gives titles made only of common words nothing, however many they share', () => {
    expect(score(['Sistem informasi manajemen aplikasi pelayanan publik', 'Aplikasi sistem manajemen informasi pelayanan kota'])).toBe(0);
  });

  it('counts a place name as a common word', () => {
    expect(score(['Pelayanan perizinan di Kota Medan', 'Pelayanan kesehatan di Kota Medan'])).toBe(0);
  });
});

const title = fc.array(fc.constantFrom('surat', 'masuk', 'arsip', 'sistem', 'pelayanan', 'kota', 'medan', 'izin', 'perizinan', 'dan', 'K3', 'Café', 'e-Lapor'), {
  minLength: 0,
  maxLength: 8,
});

describe('similarityOf', () => {
  it('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(title, title, (a, b) => {
        const x = words(a.join(' '));
        const y = words(b.join(' '));
        const s = similarityOf(x, y);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarityOf(y, x)).toBe(s);
      }),
    );
  });

  it('is 1 for a title with a distinctive word compared with itself', () => {
    fc.assert(
      fc.property(title, (a) => {
        const text = ['arsip', ...a].join(' ');
        expect(similarityOf(words(text), words(text))).toBe(1);
      }),
    );
  });

  it('reads a description when it makes two projects more alike, never less', () => {
    const a = projectWords({ title: 'Layanan warga', innovation_name: null, description: 'surat masuk dan surat keluar daring' }, lists);
    const b = projectWords({ title: 'Aplikasi persuratan', innovation_name: null, description: 'surat masuk dan keluar' }, lists);
    const bare = projectWords({ title: 'Layanan warga', innovation_name: null, description: null }, lists);
    expect(similarityOf(a, b)).toBeGreaterThan(0.6);
    expect(similarityOf(a, bare)).toBe(1);
  });
});

describe('words', () => {
  it('folds case and accents and splits at hyphens', () => {
    expect(foldText('Rékam MEDIS')).toBe('rekam medis');
    expect(wordsOf('Si-Surat (e-Arsip) 2019')).toEqual(['si', 'surat', 'e', 'arsip']);
  });

  it('looks a project up by its distinctive words only, longest first', () => {
    expect(lookupWords({ title: 'Sistem pelayanan dan informasi surat masuk dan surat keluar', innovation_name: 'Si-Surat', description: null }, lists)).toEqual([
      'keluar',
      'masuk',
      'surat',
    ]);
  });
});

describe('parseSimilarityWarn', () => {
  it.each([['0.6', '0.6'], ['0,75', '0.75'], [' 1 ', '1'], ['0', '0']])('reads %s as %s', (input, value) => {
    expect(parseSimilarityWarn(input)).toEqual({ ok: true, value });
  });
  it.each(['', 'x', '1.5', '-0.1', 'NaN'])('refuses %j', (input) => {
    expect(parseSimilarityWarn(input).ok).toBe(false);
  });
});
