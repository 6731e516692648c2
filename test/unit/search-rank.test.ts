import { describe, expect, it } from 'vitest';
import { foldText, MATCH_END, MATCH_START, rankRows, SNIPPET_LENGTH, snippetOf } from '../../src/domain/search-rank.js';

const marked = (s: string) => s.replaceAll(MATCH_START, '[').replaceAll(MATCH_END, ']');
const columnsOf = (row: (string | null)[]) => row;

describe('foldText', () => {
  it('lowers case and removes accents as the trigram index does', () => {
    expect(foldText('SURÁT Keluar')).toBe('surat keluar');
    expect(foldText('Ém Çãø')).toBe('em caø');
  });
});

describe('rankRows', () => {
  it('puts a match in the title before one in a lighter column, and keeps ties in their order', () => {
    const rows = [
      ['Arsip A', null, 'surat keputusan', null],
      ['Si-Surat', 'e-Surat', null, null],
      ['Arsip B', null, 'surat keputusan', null],
    ];
    const ranked = rankRows(rows, columnsOf, [10, 6, 2, 1], ['surat']);
    expect(ranked.map((r) => r.row[0])).toEqual(['Si-Surat', 'Arsip A', 'Arsip B']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(ranked[1]!.score).toBe(ranked[2]!.score);
  });

  it('counts each word, inside longer words too, and scores a shorter row above a longer one with the same matches', () => {
    const rows = [
      ['Penyederhanaan persuratan dinas dan pelayanan perizinan terpadu satu pintu', null, null, null],
      ['Persuratan daring', null, null, null],
    ];
    const ranked = rankRows(rows, columnsOf, [10, 6, 2, 1], ['surat']);
    expect(ranked[0]!.row[0]).toBe('Persuratan daring');
    expect(ranked.every((r) => r.score > 0)).toBe(true);
  });

  it('gives 0 to a row where no word is found', () => {
    expect(rankRows([['Antrean', null, null, null]], columnsOf, [10, 6, 2, 1], ['surat'])[0]!.score).toBe(0);
  });
});

describe('snippetOf', () => {
  it('marks every match in a short column, whole, keeping the original case and accents', () => {
    expect(marked(snippetOf(['Sistem SURÁT masuk dan surat keluar', null], [10, 6], ['surat'])!)).toBe('Sistem [SURÁT] masuk dan [surat] keluar');
  });

  it('takes the column holding the most words, the weightier one on a tie', () => {
    expect(marked(snippetOf(['Arsip surat', 'Surat keputusan daring'], [10, 6], ['surat', 'daring'])!)).toBe('[Surat] keputusan [daring]');
    expect(marked(snippetOf(['Arsip surat', 'Surat lain'], [10, 6], ['surat'])!)).toBe('Arsip [surat]');
  });

  it('merges overlapping matches into one mark', () => {
    expect(marked(snippetOf(['persuratan'], [1], ['surat', 'rata'])!)).toBe('per[surata]n');
  });

  it('cuts a long column around its first match, at spaces, with ellipses', () => {
    const long = `${'awal '.repeat(20)}pengelolaan surat masuk ${'akhir '.repeat(20)}`.trim();
    const snippet = snippetOf([long], [1], ['surat'])!;
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(marked(snippet)).toContain('pengelolaan [surat] masuk');
    expect(snippet.replace(/[…\u0001\u0002]/g, '').length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(long).toContain(snippet.replace(/[…\u0001\u0002]/g, ''));
  });

  it('is null when no column holds a word', () => {
    expect(snippetOf(['Antrean', null], [2, 1], ['surat'])).toBeNull();
  });
});
