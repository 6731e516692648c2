// The unit's IKM (Indeks Kepuasan Masyarakat, the public-satisfaction index of PermenPANRB 14/2017):
// a value from 25 to 100 and its grade, recorded before and after a change project to show its effect.
import { fail, ok } from './result.js';
import type { IkmGrade, Result } from './types.js';

export const IKM_MIN = 25;
export const IKM_MAX = 100;

/**
 * The lower bound of each grade (PermenPANRB 14/2017, lampiran: A 88.31–100 Sangat Baik, B 76.61–88.30
 * Baik, C 65.00–76.60 Kurang Baik, D 25.00–64.99 Tidak Baik). A value between two published bounds
 * (88.305) takes the lower grade: the regulation writes the index with two decimals.
 */
const GRADE_FLOORS: readonly (readonly [IkmGrade, number])[] = [
  ['A', 88.31],
  ['B', 76.61],
  ['C', 65.0],
  ['D', IKM_MIN],
];

/** Reads an IKM value, 25–100, with a dot or a comma as decimal mark ("82,75"). */
export function parseIkm(input: string | number): Result<number> {
  const value = String(input).trim();
  const text = value.replace(',', '.');
  const number = /^\d{1,3}(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(number)) return fail('domain.ikm.not_number', { value });
  if (number < IKM_MIN || number > IKM_MAX) return fail('domain.ikm.range', { value, min: IKM_MIN, max: IKM_MAX });
  return ok(number);
}

/** The grade A–D of an IKM value (25–100); null for null. */
export function ikmGrade(ikm: number | null): IkmGrade | null {
  if (ikm === null) return null;
  for (const [grade, floor] of GRADE_FLOORS) if (ikm >= floor) return grade;
  return 'D';
}
