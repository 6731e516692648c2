// The audit trail (audit_log, migration 002): who changed a project, an enrolment or a setting,
// when, and what. Rows are written by TEMP triggers that every proper connection creates right
// after opening (openDatabase's `audit` option): nothing lives in the file but the table, so other
// tools can still read and write it, and a bulk import can open without the triggers and record
// one row for the whole batch with recordAudit().
import type Database from 'better-sqlite3';
import { bindSessionUser, sessionUser } from './session-user.js';

/** The schema version that created audit_log. */
export const AUDIT_SCHEMA_VERSION = 2;

export type AuditAction = 'insert' | 'update' | 'delete';

interface AuditedTable {
  /** Every column of the table, in schema order (a test checks them against the schema). */
  columns: readonly string[];
  /** Readable context added to the JSON values: name → SQL expression over the row (R.). */
  context?: Readonly<Record<string, string>>;
}

const projectContext = {
  nip: '(SELECT p.nip FROM main.enrolments e JOIN main.people p ON p.id = e.person_id WHERE e.id = R.enrolment_id)',
  cohort: '(SELECT c.code FROM main.enrolments e JOIN main.cohorts c ON c.id = e.cohort_id WHERE e.id = R.enrolment_id)',
};

/** The audited tables: a project and what belongs to it (its follow-up checks too), enrolments, and settings. */
export const AUDITED_TABLES: Readonly<Record<string, AuditedTable>> = {
  projects: {
    columns: ['id', 'enrolment_id', 'title', 'innovation_name', 'description', 'stage', 'stage_date', 'score', 'predicate', 'coach', 'mentor', 'examiner', 'inspired_by_lokus_id', 'created_at', 'ikm_before', 'ikm_after'],
    context: projectContext,
  },
  project_events: { columns: ['id', 'project_id', 'kind', 'from_stage', 'to_stage', 'date', 'note', 'score', 'predicate', 'recorded_at'] },
  adoptions: { columns: ['id', 'project_id', 'kind', 'award', 'date'] },
  adoption_adopters: { columns: ['adoption_id', 'adopter'] },
  milestones: { columns: ['id', 'project_id', 'horizon', 'description', 'target_date', 'rating', 'evidence'] },
  followup_checks: { columns: ['id', 'project_id', 'months', 'date', 'status', 'reason', 'note', 'evidence', 'ikm', 'recorded_at'] },
  enrolments: {
    columns: ['id', 'cohort_id', 'person_id', 'group_name', 'status'],
    context: {
      nip: '(SELECT nip FROM main.people WHERE id = R.person_id)',
      cohort: '(SELECT code FROM main.cohorts WHERE id = R.cohort_id)',
    },
  },
  settings: { columns: ['key', 'value'] },
};

export const AUDITED_TABLE_NAMES = Object.keys(AUDITED_TABLES);

// Identifiers below come only from the constant AUDITED_TABLES above, never from input; they are
// checked to be plain identifiers so that a typo there cannot produce odd SQL.
const identifier = /^[a-z_][a-z0-9_]*$/;

function jsonOf(table: AuditedTable, row: 'NEW' | 'OLD'): string {
  const pairs = table.columns.map((c) => `'${c}', ${row}.${c}`);
  for (const [name, expression] of Object.entries(table.context ?? {})) pairs.push(`'${name}', ${expression.replaceAll('R.', `${row}.`)}`);
  return `json_object(${pairs.join(', ')})`;
}

function triggersFor(name: string, table: AuditedTable): string {
  for (const c of [name, ...table.columns, ...Object.keys(table.context ?? {})]) {
    if (!identifier.test(c)) throw new Error(`audit: not an identifier: ${c}`);
  }
  const user = '(SELECT name FROM temp.session_user LIMIT 1)';
  const changed = table.columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
  const changedList = table.columns.map((c) => `CASE WHEN OLD.${c} IS NOT NEW.${c} THEN ',${c}' ELSE '' END`).join(' || ');
  return `
CREATE TEMP TRIGGER IF NOT EXISTS audit_${name}_insert AFTER INSERT ON main.${name} BEGIN
  INSERT INTO main.audit_log (os_user, action, table_name, row_id, new_values)
  VALUES (${user}, 'insert', '${name}', NEW.rowid, ${jsonOf(table, 'NEW')});
END;
CREATE TEMP TRIGGER IF NOT EXISTS audit_${name}_update AFTER UPDATE ON main.${name} WHEN ${changed} BEGIN
  INSERT INTO main.audit_log (os_user, action, table_name, row_id, summary, old_values, new_values)
  VALUES (${user}, 'update', '${name}', NEW.rowid, substr(${changedList}, 2), ${jsonOf(table, 'OLD')}, ${jsonOf(table, 'NEW')});
END;
CREATE TEMP TRIGGER IF NOT EXISTS audit_${name}_delete AFTER DELETE ON main.${name} BEGIN
  INSERT INTO main.audit_log (os_user, action, table_name, row_id, old_values)
  VALUES (${user}, 'delete', '${name}', OLD.rowid, ${jsonOf(table, 'OLD')});
END;`;
}

/** All the triggers' DDL, built once from the constants above. */
export const AUDIT_TRIGGERS_SQL: string = Object.entries(AUDITED_TABLES)
  .map(([name, table]) => triggersFor(name, table))
  .join('\n');

/** Creates this connection's audit triggers, recording changes as the OS user. */
export function installAuditTriggers(db: Database.Database, user: string): void {
  bindSessionUser(db, user);
  db.exec(AUDIT_TRIGGERS_SQL);
}

export interface AuditEntry {
  action: AuditAction;
  table: string;
  rowId?: number | null;
  summary?: string | null;
  oldValues?: unknown;
  newValues?: unknown;
}

/**
 * Records one audit row written by code rather than a trigger: a bulk import opened with
 * `{ audit: false }` calls it once, inside its transaction, for the whole batch.
 */
export function recordAudit(db: Database.Database, entry: AuditEntry): number {
  const result = db
    .prepare(
      `INSERT INTO audit_log (os_user, action, table_name, row_id, summary, old_values, new_values)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      sessionUser(db),
      entry.action,
      entry.table,
      entry.rowId ?? null,
      entry.summary ?? null,
      entry.oldValues === undefined ? null : JSON.stringify(entry.oldValues),
      entry.newValues === undefined ? null : JSON.stringify(entry.newValues),
    );
  return Number(result.lastInsertRowid);
}

export interface AuditRow {
  id: number;
  at: string;
  os_user: string | null;
  action: AuditAction;
  table_name: string;
  row_id: number | null;
  summary: string | null;
  old_values: string | null;
  new_values: string | null;
}

export interface AuditFilter {
  table?: string | undefined;
  user?: string | undefined;
  /** An ISO timestamp: rows recorded at or after it. */
  sinceIso?: string | undefined;
  limit: number;
}

/** The newest rows first, filtered; every condition is a bound parameter (NULL means no filter). */
export function listAudit(db: Database.Database, filter: AuditFilter): AuditRow[] {
  return db
    .prepare(
      `SELECT id, at, os_user, action, table_name, row_id, summary, old_values, new_values
       FROM audit_log
       WHERE (@table IS NULL OR table_name = @table)
         AND (@user IS NULL OR os_user = @user)
         AND (@since IS NULL OR at >= @since)
       ORDER BY id DESC
       LIMIT @limit`,
    )
    .all({ table: filter.table ?? null, user: filter.user ?? null, since: filter.sinceIso ?? null, limit: filter.limit }) as AuditRow[];
}

/** Every value a setting has had, as recorded in the trail (oldest first). */
export function recordedSettingValues(db: Database.Database, key: string): string[] {
  const rows = db
    .prepare(
      `SELECT json_extract(old_values, '$.value') AS old_value, json_extract(new_values, '$.value') AS new_value
       FROM audit_log WHERE table_name = 'settings'
         AND (json_extract(new_values, '$.key') = ? OR json_extract(old_values, '$.key') = ?)
       ORDER BY id`,
    )
    .all(key, key) as { old_value: string | null; new_value: string | null }[];
  return rows.flatMap((r) => [r.old_value, r.new_value]).filter((v): v is string => typeof v === 'string');
}
