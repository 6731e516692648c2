import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchWords } from '../../src/domain/search-query.js';

describe('parseSearchWords', () => {
  it('keeps hyphenated names whole and trims punctuation at the ends of words', () => {
    expect(parseSearchWords('(Si-Surat) "masuk" *')).toEqual({ ok: true, value: { indexed: ['si-surat', 'masuk'], short: [] } });
  });

  it('sets words too short for the trigram index apart', () => {
    expect(parseSearchWords('K3 lapor e')).toEqual({ ok: true, value: { indexed: ['lapor'], short: ['k3', 'e'] } });
  });

  it('takes query-language words as plain words', () => {
    expect(parseSearchWords('surat AND NOT arsip OR -x')).toEqual({ ok: true, value: { indexed: ['surat', 'and', 'not', 'arsip'], short: ['or', 'x'] } });
  });

  it('fails on a query without a letter or digit', () => {
    expect(parseSearchWords(' "*() - ')).toMatchObject({ ok: false, problem: { key: 'search.empty' } });
  });

  it('never returns an empty word, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const words = parseSearchWords(query);
        if (words.ok) for (const w of [...words.value.indexed, ...words.value.short]) expect(w).not.toBe('');
      }),
    );
  });
});
