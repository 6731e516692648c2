// Finds the header row under the title lines officers put above a list ("DAFTAR PESERTA PKP
// ANGKATAN XXII TAHUN 2024", the organiser, a blank line): the row among the first ones whose cells
// name the most known fields.
import { fieldForHeader, IGNORE, normalizeHeader, type Field, type HeaderOverrides, type ImportKind } from './header-map.js';

/** How many rows from the top are considered. */
export const HEADER_SEARCH_ROWS = 20;

interface Row {
  line: number;
  cells: readonly string[];
}

/** How many distinct fields the cells name (a running-number column counts for nothing). */
export function scoreHeaderRow(cells: readonly string[], kind: ImportKind, overrides: HeaderOverrides = new Map()): number {
  const fields = new Set<Field>();
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    const target = overrides.get(normalizeHeader(cell))?.target ?? fieldForHeader(cell, kind);
    if (target !== undefined && target !== IGNORE) fields.add(target);
  }
  return fields.size;
}

/**
 * The index (in `rows`) of the best header candidate among the first HEADER_SEARCH_ROWS rows;
 * the earliest wins a tie; when no row names any field, the first non-blank row.
 */
export function findHeaderRow(rows: readonly Row[], kind: ImportKind, overrides: HeaderOverrides = new Map()): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const score = scoreHeaderRow(rows[i]?.cells ?? [], kind, overrides);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best !== -1) return best;
  return rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
}

/** The index of the row that starts on physical line (or sheet row) `line`, or -1. */
export function rowAtLine(rows: readonly Row[], line: number): number {
  return rows.findIndex((r) => r.line === line);
}

// Column numbers printed under a header: "(1)", "1", "1.".
const COLUMN_NUMBER = /^\(?(\d{1,3})\)?\.?$/;

/**
 * The header completed by the row just below it, or undefined when that row is data. Two kinds of
 * second header row exist (SPEC §6): column numbers "(1) (2) (3)", passed over; and the lower half
 * of a header split under merged cells (`PANGKAT / GOLONGAN` above `Pangkat` and `Gol. Ruang`),
 * whose names replace the ones above them. A row is the lower half when it holds no identifier (no
 * run of six digits) and at least half its texts name known columns.
 */
export function mergeSubHeader(header: readonly string[], next: readonly string[], kind: ImportKind, overrides: HeaderOverrides = new Map()): string[] | undefined {
  const filled: number[] = [];
  for (let i = 0; i < next.length; i++) if (next[i]!.trim() !== '') filled.push(i);
  if (filled.length === 0) return undefined;
  const numbers = filled.map((i) => COLUMN_NUMBER.exec(next[i]!.trim()));
  if (filled.length >= 2 && numbers.every((m, k) => m !== null && (k === 0 || Number(m[1]) > Number(numbers[k - 1]![1])))) {
    return [...header];
  }
  // A data row carries an identifier (a run of digits); a header row never does.
  if (filled.some((i) => /\d{6}/.test(next[i]!))) return undefined;
  const known = filled.filter((i) => {
    const cell = next[i]!;
    return (overrides.get(normalizeHeader(cell))?.target ?? fieldForHeader(cell, kind)) !== undefined;
  });
  // At least half its texts name known columns (the others become unknown columns, as in any header).
  if (known.length === 0 || known.length * 2 < filled.length) return undefined;
  const merged = [...header];
  for (const i of filled) merged[i] = next[i]!.trim();
  return merged;
}
