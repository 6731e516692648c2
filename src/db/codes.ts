// Cohort and lokus codes are matched case-insensitively (SPEC §4): `PKP-XXII-2024` finds
// `pkp-xxii-2024`. Codes are stored in lower case, so the lower-case form is tried first through the
// UNIQUE(code) index; rows stored in mixed case before that rule are still found, by the code as
// typed (the index again) or, last, by a case-blind scan, which only a miss ever pays for.
import type { Db } from './open.js';

export type CodedTable = 'cohorts' | 'lokus';

// One statement per table: table names are never interpolated into SQL.
const EXACT = {
  cohorts: 'SELECT id FROM cohorts WHERE code = ?',
  lokus: 'SELECT id FROM lokus WHERE code = ?',
} as const;
const ANY_CASE = {
  cohorts: 'SELECT id FROM cohorts WHERE code = ? COLLATE NOCASE ORDER BY id LIMIT 1',
  lokus: 'SELECT id FROM lokus WHERE code = ? COLLATE NOCASE ORDER BY id LIMIT 1',
} as const;
const ALL_CODES = {
  cohorts: 'SELECT code FROM cohorts ORDER BY code',
  lokus: 'SELECT code FROM lokus ORDER BY code',
} as const;

/** The id of the row whose code is `code` in any case; undefined when there is none. */
export function idOfCode(db: Db, table: CodedTable, code: string): number | undefined {
  const exact = db.prepare(EXACT[table]).pluck();
  const lower = code.toLowerCase();
  const id = (exact.get(lower) ?? (lower !== code ? exact.get(code) : undefined)) as number | undefined;
  if (id !== undefined) return id;
  return db.prepare(ANY_CASE[table]).pluck().get(code) as number | undefined;
}

/** Every code of the table, for "did you mean" (read only when a code was not found). */
export function allCodes(db: Db, table: CodedTable): string[] {
  return db.prepare(ALL_CODES[table]).pluck().all() as string[];
}
