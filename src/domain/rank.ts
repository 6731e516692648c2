// Pangkat (rank) and golongan ruang (grade) of Indonesian civil servants, as fixed by law
// (PP 99/2000): seventeen grades, each with exactly one rank name. Because the pairing is one to
// one, either half names both, and a cell holding both must agree with itself.
import { fail, ok } from './result.js';
import type { Result } from './types.js';

export const RANKS = [
  { grade: 'I/a', rank: 'Juru Muda' },
  { grade: 'I/b', rank: 'Juru Muda Tingkat I' },
  { grade: 'I/c', rank: 'Juru' },
  { grade: 'I/d', rank: 'Juru Tingkat I' },
  { grade: 'II/a', rank: 'Pengatur Muda' },
  { grade: 'II/b', rank: 'Pengatur Muda Tingkat I' },
  { grade: 'II/c', rank: 'Pengatur' },
  { grade: 'II/d', rank: 'Pengatur Tingkat I' },
  { grade: 'III/a', rank: 'Penata Muda' },
  { grade: 'III/b', rank: 'Penata Muda Tingkat I' },
  { grade: 'III/c', rank: 'Penata' },
  { grade: 'III/d', rank: 'Penata Tingkat I' },
  { grade: 'IV/a', rank: 'Pembina' },
  { grade: 'IV/b', rank: 'Pembina Tingkat I' },
  { grade: 'IV/c', rank: 'Pembina Utama Muda' },
  { grade: 'IV/d', rank: 'Pembina Utama Madya' },
  { grade: 'IV/e', rank: 'Pembina Utama' },
] as const;

export type Grade = (typeof RANKS)[number]['grade'];
export type RankName = (typeof RANKS)[number]['rank'];
export const GRADES: readonly Grade[] = RANKS.map((r) => r.grade);
export const RANK_NAMES: readonly RankName[] = RANKS.map((r) => r.rank);

export interface RankGrade {
  rank: RankName;
  grade: Grade;
}

const BY_GRADE = new Map<string, RankGrade>(RANKS.map((r) => [r.grade, r]));
const BY_NAME = new Map<string, RankGrade>(RANKS.map((r) => [nameKey(r.rank), r]));
const GOLONGAN_DIGITS: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

// A grade inside a cell: golongan in Roman or Arabic numerals, an optional separator, the ruang
// letter. Word boundaries keep the I of "Tingkat I" from being read as a golongan.
const GRADE_IN_TEXT = /(?<![a-z0-9])(IV|III|II|I|[1-4])\s*[/\-.]?\s*([a-e])(?![a-z0-9])/i;

/** "Penata Tk. I" and "penata tingkat 1" both become "penata tingkat i"; labels like "Gol." go. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\btkt?\b\.?/g, ' tingkat ')
    .replace(/\./g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(pangkat|golongan|gol|ruang)\b/g, ' ')
    .replace(/\btingkat\s*1\b/g, 'tingkat i')
    .replace(/\btingkat(i)\b/g, 'tingkat i')
    .trim()
    .replace(/\s+/g, ' ');
}

export function rankForGrade(grade: Grade): RankName {
  return BY_GRADE.get(grade)!.rank;
}

export function gradeForRank(rank: RankName): Grade {
  return BY_NAME.get(nameKey(rank))!.grade;
}

interface CellReading {
  byGrade: RankGrade | null;
  byName: RankGrade | null;
}

/** Reads one cell that may hold a rank name, a grade, or both ("Penata Tk. I (III/d)"). */
function readCell(cell: string): Result<CellReading> {
  let byGrade: RankGrade | null = null;
  let rest = cell;
  const m = GRADE_IN_TEXT.exec(cell);
  if (m) {
    const golongan = GOLONGAN_DIGITS[m[1]!] ?? m[1]!.toUpperCase();
    const grade = `${golongan}/${m[2]!.toLowerCase()}`;
    const found = BY_GRADE.get(grade);
    if (!found) return fail('domain.rank.unknown_grade', { value: cell.trim() });
    byGrade = found;
    rest = cell.slice(0, m.index) + ' ' + cell.slice(m.index + m[0].length);
  }
  const name = nameKey(rest);
  if (name === '') return ok({ byGrade, byName: null });
  const byName = BY_NAME.get(name);
  if (!byName) {
    // Something that looks like a grade ("V/a", "III") gets the grade message, words the rank one.
    const looksLikeGrade = !byGrade && /\d|\/|^(iv|iii|ii|i)\b/i.test(cell.trim());
    return fail(looksLikeGrade ? 'domain.rank.unknown_grade' : 'domain.rank.unknown_rank', { value: cell.trim() });
  }
  return ok({ byGrade, byName });
}

/**
 * Reads a rank and a grade as lists write them: "Penata Tk. I (III/d)", "III/d", "III-d", "IIId",
 * "III d", "3/d", "Penata Tingkat I / IIId", "Penata Tk.I", "Pembina Utama Muda". Either argument
 * may hold either half, or both. The result is canonical ("Penata Tingkat I", "III/d"); null when
 * both are empty; a problem when a part is unknown or the parts name different grades.
 */
export function parseRankGrade(rankInput?: string | null, gradeInput?: string | null): Result<RankGrade | null> {
  const readings: RankGrade[] = [];
  for (const cell of [rankInput, gradeInput]) {
    if (cell === undefined || cell === null || cell.trim() === '') continue;
    const read = readCell(cell);
    if (!read.ok) return read;
    if (read.value.byGrade) readings.push(read.value.byGrade);
    if (read.value.byName) readings.push(read.value.byName);
  }
  const first = readings[0];
  if (!first) return ok(null);
  const other = readings.find((r) => r.grade !== first.grade);
  if (other) {
    // Name the rank that was written and the grade it clashes with, whichever cell held which.
    const rankWritten = [rankInput, gradeInput].filter((c) => c && c.trim() !== '').join(' / ');
    return fail('domain.rank.mismatch', {
      value: rankWritten,
      first: `${first.rank} (${first.grade})`,
      second: `${other.rank} (${other.grade})`,
    });
  }
  return ok({ rank: first.rank, grade: first.grade });
}

/** Reads a grade alone ("III/d", "3d"); a rank name is also accepted and gives its grade. */
export function parseGrade(input: string): Result<Grade> {
  const parsed = parseRankGrade(null, input);
  if (!parsed.ok) return parsed;
  if (parsed.value === null) return fail('domain.rank.empty');
  return ok(parsed.value.grade);
}
