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
