// The back half of `proper import participants`: validate every row, then write them all.
//
// Pass 1 streams the file: each row is validated with the domain rules (src/domain/participant-row.ts),
// a repeated NIP is caught by the line of its first occurrence, valid rows go to a TEMP staging
// table (private to this connection, so the main file is not locked while the file is read) and
// invalid ones to the error list and, with --skip-invalid, the rejected-rows file. Memory stays
// bounded whatever the file's size: nothing of a row outlives its batch.
// Pass 2 runs only when every row was valid (or --skip-invalid): one IMMEDIATE transaction upserts
// people by NIP and enrolments by NIP + cohort with set-based SQL over the staging table, after
// counting what will be added, updated and left unchanged. Nothing is awaited inside it.
import { validateParticipantRow } from '../domain/participant-row.js';
import type { Db } from '../db/open.js';
import { FirstLines } from './first-lines.js';
import type { RejectedWriter } from './rejected.js';
import type { ImportSource } from './source.js';

export interface RowError {
  line: number;
  field: string;
  key: string;
  params: Record<string, string | number>;
}

export interface ValidationOutcome {
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Rows that passed every check (staged for writing). */
  valid: number;
  /** Rows with at least one problem. */
  rejected: number;
  /** Problems found, in line order; only the first `keep` are kept. */
  errors: RowError[];
  errorCount: number;
}

export interface Counts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ValidateOptions {
  today: Date;
  /** How many problems to keep for the report (all are counted). */
  keep: number;
  /** Receives each rejected row with its reasons (--skip-invalid). */
  rejected?: RejectedWriter | undefined;
  /** Turns a problem into the sentence written in the reason column. */
  describe: (error: RowError) => string;
  onProgress?: ((rows: number) => void) | undefined;
}

const STAGING = 'temp.import_participants';
const COLUMNS = 'line, nip, id_type, name, gender, birth_date, rank, grade, position, agency, unit, email, phone, group_name, status';

export function createStaging(db: Db): void {
  db.exec(`DROP TABLE IF EXISTS ${STAGING};
    CREATE TEMP TABLE import_participants (
      line INTEGER NOT NULL, nip TEXT NOT NULL, id_type TEXT NOT NULL, name TEXT NOT NULL, gender TEXT, birth_date TEXT,
      rank TEXT, grade TEXT, position TEXT, agency TEXT, unit TEXT, email TEXT, phone TEXT, group_name TEXT, status TEXT)`);
}

export function dropStaging(db: Db): void {
  db.exec(`DROP TABLE IF EXISTS ${STAGING}`);
}

/** Pass 1: validates every record of the source and stages the valid ones. */
export async function validateParticipants(db: Db, source: ImportSource, options: ValidateOptions): Promise<ValidationOutcome> {
  createStaging(db);
  const insert = db.prepare(`INSERT INTO ${STAGING} (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const outcome: ValidationOutcome = { rows: 0, valid: 0, rejected: 0, errors: [], errorCount: 0 };
  const seen = new FirstLines();
  const { today, keep, rejected, describe } = options;

  for await (const batch of source.records) {
    const staged: unknown[][] = [];
    for (const record of batch) {
      outcome.rows++;
      const result = validateParticipantRow(record.values, today, record.nipStoredAsNumber ? { nipStoredAsNumber: true } : {});
      let problems: RowError[] | undefined;
      if (result.ok) {
        const first = seen.firstLineOf(result.value.nip, record.line);
        if (first === undefined) {
          const p = result.value;
          staged.push([record.line, p.nip, p.id_type, p.name, p.gender, p.birth_date, p.rank, p.grade, p.position, p.agency, p.unit, p.email, p.phone, p.group, p.status]);
          continue;
        }
        problems = [{ line: record.line, field: 'nip', key: 'import.row.duplicateNip', params: { nip: result.value.nip, first } }];
      } else {
        problems = result.problems.map((p) => ({ line: record.line, field: p.field, key: p.key, params: p.params as Record<string, string | number> }));
      }
      outcome.rejected++;
      outcome.errorCount += problems.length;
      for (const problem of problems) if (outcome.errors.length < keep) outcome.errors.push(problem);
      rejected?.write(record.raw, problems.map((p) => `${p.field}: ${describe(p)}`).join('; '));
    }
    // A deferred transaction that touches only the TEMP table takes no lock on the main file.
    if (staged.length > 0) {
      db.transaction(() => {
        for (const row of staged) insert.run(row);
      })();
      outcome.valid += staged.length;
    }
    options.onProgress?.(outcome.rows);
  }
  return outcome;
}

// A stored value is kept when the row leaves the field empty (coalesce), so a list without a
// phone column never erases the phones recorded earlier.
const PERSON_FIELDS = ['gender', 'birth_date', 'rank', 'grade', 'position', 'agency', 'unit', 'email', 'phone'];
function personChanged(p: string, s: string): string {
  const optional = PERSON_FIELDS.map((f) => `coalesce(${s}.${f}, ${p}.${f}) IS NOT ${p}.${f}`).join(' OR ');
  return `(${p}.id_type IS NOT ${s}.id_type OR ${p}.name IS NOT ${s}.name OR ${optional})`;
}
function enrolmentChanged(e: string, s: string): string {
  return `(coalesce(${s}.group_name, ${e}.group_name) IS NOT ${e}.group_name OR coalesce(${s}.status, ${e}.status) IS NOT ${e}.status)`;
}

/** What pass 2 would do: enrolments added, updated (person or enrolment changed), unchanged. */
export function countChanges(db: Db, cohortId: number): Counts {
  const row = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(e.id IS NULL), 0) AS added,
              coalesce(sum(e.id IS NOT NULL AND (${personChanged('p', 's')} OR ${enrolmentChanged('e', 's')})), 0) AS updated
       FROM ${STAGING} s
       LEFT JOIN people p ON p.nip = s.nip
       LEFT JOIN enrolments e ON e.person_id = p.id AND e.cohort_id = ?`,
    )
    .get(cohortId) as { total: number; added: number; updated: number };
  return { added: row.added, updated: row.updated, unchanged: row.total - row.added - row.updated };
}

/** Pass 2's statements; call inside the import's IMMEDIATE transaction. */
export function writeParticipants(db: Db, cohortId: number): void {
  db.prepare(
    `INSERT INTO people (nip, id_type, name, gender, birth_date, rank, grade, position, agency, unit, email, phone)
     SELECT nip, id_type, name, gender, birth_date, rank, grade, position, agency, unit, email, phone FROM ${STAGING} WHERE true
     ON CONFLICT (nip) DO UPDATE SET id_type = excluded.id_type, name = excluded.name,
       gender = coalesce(excluded.gender, gender), birth_date = coalesce(excluded.birth_date, birth_date),
       rank = coalesce(excluded.rank, rank), grade = coalesce(excluded.grade, grade),
       position = coalesce(excluded.position, position), agency = coalesce(excluded.agency, agency),
       unit = coalesce(excluded.unit, unit), email = coalesce(excluded.email, email), phone = coalesce(excluded.phone, phone)
     WHERE ${personChanged('people', 'excluded')}`,
  ).run();
  db.prepare(
    `UPDATE enrolments SET group_name = coalesce(s.group_name, enrolments.group_name), status = coalesce(s.status, enrolments.status)
     FROM (SELECT p.id AS person_id, st.group_name, st.status FROM ${STAGING} st JOIN people p ON p.nip = st.nip) AS s
     WHERE enrolments.cohort_id = ? AND enrolments.person_id = s.person_id
       AND ${enrolmentChanged('enrolments', 's')}`,
  ).run(cohortId);
  db.prepare(
    `INSERT INTO enrolments (cohort_id, person_id, group_name, status)
     SELECT ?, p.id, s.group_name, coalesce(s.status, 'active') FROM ${STAGING} s JOIN people p ON p.nip = s.nip WHERE true
     ON CONFLICT (cohort_id, person_id) DO NOTHING`,
  ).run(cohortId);
}
