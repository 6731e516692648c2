import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GRADES, RANKS, gradeForRank, parseGrade, parseRankGrade, rankForGrade } from '../../src/domain/rank.js';

const PENATA_TK_I = { ok: true, value: { rank: 'Penata Tingkat I', grade: 'III/d' } };

describe('the reference list', () => {
  it('holds the seventeen grades from I/a to IV/e, one rank each', () => {
    expect(RANKS).toHaveLength(17);
    expect(GRADES[0]).toBe('I/a');
    expect(GRADES[16]).toBe('IV/e');
    expect(new Set(RANKS.map((r) => r.rank)).size).toBe(17);
  });

  it('maps a grade to its rank and back', () => {
    expect(rankForGrade('IV/c')).toBe('Pembina Utama Muda');
    expect(gradeForRank('Pembina Utama Muda')).toBe('IV/c');
  });
});

describe('parseRankGrade', () => {
  it.each(['Penata Tk. I (III/d)', 'III/d', 'III-d', 'IIId', 'III d', '3/d', 'Penata Tingkat I / IIId', 'Penata Tk.I', 'penata tingkat 1', 'Gol. III/D'])(
    'reads "%s" as Penata Tingkat I, III/d',
    (cell) => {
      expect(parseRankGrade(cell)).toEqual(PENATA_TK_I);
      expect(parseRankGrade(null, cell)).toEqual(PENATA_TK_I);
    },
  );

  it('reads a rank name alone', () => {
    expect(parseRankGrade('Pembina Utama Muda')).toEqual({ ok: true, value: { rank: 'Pembina Utama Muda', grade: 'IV/c' } });
  });

  it('tells Penata Muda from Penata Muda Tingkat I', () => {
    expect(parseRankGrade('Penata Muda')).toMatchObject({ ok: true, value: { grade: 'III/a' } });
    expect(parseRankGrade('Penata Muda Tk. I')).toMatchObject({ ok: true, value: { grade: 'III/b' } });
  });

  it('accepts a rank and a grade that agree', () => {
    expect(parseRankGrade('Penata Tingkat I', 'III/d')).toEqual(PENATA_TK_I);
  });

  it('rejects a rank and a grade that disagree', () => {
    const r = parseRankGrade('Penata', 'III/d');
    expect(!r.ok && r.problem.key).toBe('domain.rank.mismatch');
    expect(!r.ok && r.problem.params).toMatchObject({ first: 'Penata (III/c)', second: 'Penata Tingkat I (III/d)' });
  });

  it('rejects a combined cell that disagrees with itself', () => {
    expect(parseRankGrade('Pembina (III/d)')).toMatchObject({ ok: false, problem: { key: 'domain.rank.mismatch' } });
  });

  it('returns null when both are empty', () => {
    expect(parseRankGrade(undefined, '  ')).toEqual({ ok: true, value: null });
  });

  it('rejects a grade that does not exist', () => {
    expect(parseRankGrade('III/e')).toMatchObject({ ok: false, problem: { key: 'domain.rank.unknown_grade' } });
    expect(parseRankGrade('V/a')).toMatchObject({ ok: false, problem: { key: 'domain.rank.unknown_grade' } });
  });

  it('rejects an unknown rank name', () => {
    expect(parseRankGrade('Kolonel')).toEqual({ ok: false, problem: { key: 'domain.rank.unknown_rank', params: { value: 'Kolonel' } } });
  });

  it('parseGrade returns the grade alone', () => {
    expect(parseGrade('4e')).toEqual({ ok: true, value: 'IV/e' });
    expect(parseGrade('').ok).toBe(false);
  });
});

describe('rank properties', () => {
  const arabic: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };
  const spellings: ((golongan: string, ruang: string, rank: string) => string)[] = [
    (g, r) => `${g}/${r}`,
    (g, r) => `${g}-${r}`,
    (g, r) => `${g}${r}`,
    (g, r) => `${g} ${r}`,
    (g, r) => `${g.toLowerCase()}/${r.toUpperCase()}`,
    (g, r) => `${arabic[g]}/${r}`,
    (g, r) => `${arabic[g]}${r}`,
    (g, r, rank) => `${rank} (${g}/${r})`,
    (g, r, rank) => `${rank.replace('Tingkat I', 'Tk. I')} (${g}/${r})`,
    (g, r, rank) => `${rank} / ${g}${r}`,
    (_g, _r, rank) => rank.replace('Tingkat I', 'Tk.I'),
    (_g, _r, rank) => rank.toUpperCase(),
  ];

  it('reads every grade written in every supported spelling as itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RANKS), fc.constantFrom(...spellings), (entry, spell) => {
        const [golongan, ruang] = entry.grade.split('/') as [string, string];
        const cell = spell(golongan, ruang, entry.rank);
        expect(parseRankGrade(cell)).toEqual({ ok: true, value: { rank: entry.rank, grade: entry.grade } });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => void parseRankGrade(a, b)));
  });
});
